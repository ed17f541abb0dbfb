import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanNumeral } from './roman-numeral.js';

describe('romanNumeral', () => {
  it('reads the numerals the treaty’s articles use, in any case', () => {
    expect(['I', 'ii', 'IV', 'ix', 'XIV', 'xix', 'XL', 'xc', 'C'].map(romanNumeral)).toEqual([1, 2, 4, 9, 14, 19, 40, 90, 100]);
  });
  it('refuses what is not a numeral written the usual way', () => {
    for (const text of ['', 'IIII', 'IC', 'VX', 'iiv', '2', 'II.', 'M']) expect(romanNumeral(text), text).toBeUndefined();
  });
  it('reads back every numeral from 1 to 100 it is given (against a table-built reference)', () => {
    const reference = (n: number) =>
      ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc', 'c'][Math.floor(n / 10)]! +
      ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n % 10]!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (n) => {
        expect(romanNumeral(reference(n).toUpperCase())).toBe(n);
      }),
    );
  });
});
