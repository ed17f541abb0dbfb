import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { dateArgument } from './date-argument.js';

describe('dateArgument', () => {
  it('passes a YYYY-MM-DD date and an absent option through', () => {
    expect(dateArgument('--from', '1920-07-12')).toBe('1920-07-12');
    expect(dateArgument('--from', undefined)).toBeUndefined();
  });
  it('rejects any other writing with a usage error naming the argument', () => {
    for (const text of ['1920-7-12', '12.07.1920', '1920-13-01', '1920-00-10', '1920-07-32', '1920-07-12T00:00', '']) {
      expect(() => dateArgument('DATE', text)).toThrow(new UsageError(`DATE ${JSON.stringify(text)} is not a date YYYY-MM-DD`));
    }
  });
});
