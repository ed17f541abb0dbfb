import { describe, expect, it } from 'vitest';
import { assertHistoryDate } from './assert-history-date.js';

describe('assertHistoryDate', () => {
  it.each(['1920-07-12', '1924-02-29', '1930-06-01', '1940-12-31'])('accepts %s', (date) => {
    expect(() => assertHistoryDate(date, 'statusOn')).not.toThrow();
  });
  it.each([
    ['a day that does not exist', '1930-02-29', /^statusOn: date must be an ISO calendar date YYYY-MM-DD, received "1930-02-29"$/],
    ['an unpadded date', '1930-6-1', /received "1930-6-1"/],
    ['a date with a time', '1930-06-01T00:00', /received "1930-06-01T00:00"/],
    ['a date after other text', 'x1930-06-01', /received "x1930-06-01"/],
    ['the day before the treaty', '1920-07-11', /^statusOn: date "1920-07-11" is outside the covered range 1920-07-12 to 1940-12-31$/],
    ['the first day of 1941', '1941-01-01', /outside the covered range 1920-07-12 to 1940-12-31/],
  ])('rejects %s with a RangeError', (_label, date, message) => {
    expect(() => assertHistoryDate(date, 'statusOn')).toThrow(RangeError);
    expect(() => assertHistoryDate(date, 'statusOn')).toThrow(message);
  });
  it.each([[new Date('1930-06-01')], [19300601], [null], [undefined]])('rejects the non-string %s with a TypeError naming `date`', (value) => {
    expect(() => assertHistoryDate(value, 'periodsOf')).toThrow(TypeError);
    expect(() => assertHistoryDate(value, 'periodsOf')).toThrow(/^periodsOf: date must be an ISO calendar date YYYY-MM-DD/);
  });
});
