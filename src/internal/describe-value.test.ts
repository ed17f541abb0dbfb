import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value.js';

describe('describeValue', () => {
  it('quotes a string, cutting one longer than 60 characters to 57 and "..."', () => {
    expect(describeValue('12 July')).toBe('"12 July"');
    expect(describeValue('')).toBe('""');
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(describeValue('x'.repeat(61))).toBe(`"${'x'.repeat(57)}..."`);
  });
  it('prints a number as it is, and names null and arrays', () => {
    expect(describeValue(191)).toBe('191');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([])).toBe('an array of length 0');
    expect(describeValue([25, 54, 3])).toBe('an array of length 3');
  });
  it('names anything else by its type, without calling it', () => {
    const hostile = {
      toString: () => {
        throw new Error('called');
      },
    };
    expect(describeValue(hostile)).toBe('a value of type object');
    expect(describeValue(Object.create(null))).toBe('a value of type object');
    expect(describeValue(1n)).toBe('a value of type bigint');
    expect(describeValue(undefined)).toBe('a value of type undefined');
    expect(describeValue(true)).toBe('a value of type boolean');
    expect(describeValue(() => 1)).toBe('a value of type function');
  });
});
