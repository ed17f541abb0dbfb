import { describe, expect, it } from 'vitest';
import { dateParts, readableDate } from './dates.js';

describe('dateParts', () => {
  it('splits an ISO date into numbers and names the month', () => {
    expect(dateParts('1920-07-12')).toEqual({ year: 1920, month: 7, day: 12, monthName: 'July' });
    expect(dateParts('1921-01-05')).toEqual({ year: 1921, month: 1, day: 5, monthName: 'January' });
    expect(dateParts('1940-12-31').monthName).toBe('December');
  });
  it('takes a bare year (the year a printed volume appeared)', () => {
    expect(dateParts('1921')).toEqual({ year: 1921 });
  });
  it('throws a RangeError for anything else', () => {
    for (const bad of ['1920-13-01', '1920-00-01', '1920-7-12', '12 July 1920', '1920-07-12T00:00', ' 1920-07-12', '1920-07', '192']) {
      expect(() => dateParts(bad)).toThrow(new RangeError(`cite: not an ISO date: ${JSON.stringify(bad)}`));
    }
  });
});

describe('readableDate', () => {
  it('writes a day, a month or a year as English words', () => {
    expect(readableDate('1920-07-12')).toBe('12 July 1920');
    expect(readableDate('1920-07-02')).toBe('2 July 1920');
    expect(readableDate('1920-07')).toBe('July 1920');
    expect(readableDate('1871')).toBe('1871');
    expect(readableDate('1920-01-01')).toBe('1 January 1920');
    expect(readableDate('1920-12-31')).toBe('31 December 1920');
  });
  it('gives the year alone when the month is not a month', () => {
    expect(readableDate('1920-13')).toBe('1920');
  });
});
