import { describe, expect, it } from 'vitest';
import { pickOption } from './pick-option.js';

describe('pickOption', () => {
  const table = { text: 1, bibtex: 2 };
  it('returns the entry of a known key', () => {
    expect(pickOption('cite', table, 'text', 'format')).toBe(1);
    expect(pickOption('cite', table, 'bibtex', 'format')).toBe(2);
  });
  it('throws a RangeError for an unknown key, including inherited ones, naming the function, option and choices', () => {
    expect(() => pickOption('cite', table, 'xml', 'format')).toThrow(new RangeError("cite: unknown format \"xml\"; expected one of 'text', 'bibtex'"));
    expect(() => pickOption('cite', table, 'toString', 'format')).toThrow(RangeError);
  });
  it('throws a TypeError for a value that is not a string', () => {
    expect(() => pickOption('citeRecord', table, 3, 'format')).toThrow(new TypeError("citeRecord: options.format must be one of 'text', 'bibtex', received 3"));
  });
});
