import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { dateArgument } from './date-argument.js';

describe('dateArgument', () => {
  it('passes a YYYY-MM-DD date and an absent option through', () => {
    expect(dateArgument('--from', '1920-07-12')).toBe('1920-07-12');
    expect(dateArgument('--from', undefined)).toBeUndefined();
  });
  it('rejects any other writing with a usage error naming the argument', () => {
    for (const text of [
      '11920-07-12',
      '1920-07-123',
      '1920-7-12',
      '12.07.1920',
      '1920-13-01',
      '1920-00-10',
      '1920-07-32',
      '1920-07-12T00:00',
      '',
      '1930-02-29',
      '1920-02-30',
      '1920-04-31',
    ]) {
      expect(() => dateArgument('DATE', text)).toThrow(new UsageError(`DATE must be an ISO calendar date YYYY-MM-DD, received ${JSON.stringify(text)}`));
    }
  });
  it('rejects a value that is not a string', () => {
    expect(() => dateArgument('--from', true)).toThrow(new UsageError('--from must be an ISO calendar date YYYY-MM-DD, received a value of type boolean'));
  });
  it('accepts a 29 February of a leap year', () => {
    expect(dateArgument('DATE', '1924-02-29')).toBe('1924-02-29');
  });
  it('accepts every month and the days 1–31', () => {
    for (const text of ['1920-01-01', '1920-09-09', '1920-10-10', '1920-12-19', '1920-11-20', '1920-11-29', '1920-11-30', '1920-12-31'])
      expect(dateArgument('--to', text)).toBe(text);
  });
});
