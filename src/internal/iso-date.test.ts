import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertIsoDate, ISO_DATE_RULE, isIsoDate, isoDateMessage } from './iso-date.js';

/** The reference: a real calendar. The day exists when Date.UTC gives back the same year, month and day. */
function existsInCalendar(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

describe('isIsoDate', () => {
  it.each(['1920-07-12', '1924-02-29', '2000-02-29', '1940-12-31', '0001-01-01', '9999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each([
    '1920-02-30',
    '1930-02-29',
    '1900-02-29',
    '1920-04-31',
    '1920-13-01',
    '1920-00-10',
    '1920-07-00',
    '1920-07-32',
    '1920-7-12',
    '11920-07-12',
    '1920-07-12T00:00',
    ' 1920-07-12',
    '1920-07-12\n',
    '',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
  it('rejects what is not a string', () => {
    for (const value of [19200712, null, undefined, new Date('1920-07-12'), ['1920-07-12']]) expect(isIsoDate(value)).toBe(false);
  });
  it('agrees with a real calendar (Date.UTC round trip) on every year, month 0–13 and day 0–32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(isIsoDate(text), text).toBe(month >= 1 && month <= 12 && existsInCalendar(year, month, day));
      }),
      { numRuns: 3000 },
    );
  });
  it('agrees with the calendar on every day of the leap-year edge cases', () => {
    for (const year of [1900, 1920, 1930, 2000, 2100]) {
      for (let day = 27; day <= 31; day += 1) expect(isIsoDate(`${year}-02-${day}`)).toBe(existsInCalendar(year, 2, day));
    }
  });
});

describe('assertIsoDate', () => {
  it('passes a calendar day', () => {
    expect(() => assertIsoDate('timeline', 'options.from', '1920-07-12')).not.toThrow();
  });
  it('throws a RangeError for an impossible or malformed day, in the one wording', () => {
    expect(() => assertIsoDate('timeline', 'options.from', '1920-02-30')).toThrow(
      new RangeError('timeline: options.from must be an ISO calendar date YYYY-MM-DD, received "1920-02-30"'),
    );
    expect(() => assertIsoDate('statusOn', 'date', '1930-6-1')).toThrow(new RangeError(`statusOn: date ${ISO_DATE_RULE}, received "1930-6-1"`));
  });
  it('throws a TypeError for a value that is not a string, in the same wording', () => {
    expect(() => assertIsoDate('statusOn', 'date', 19300601)).toThrow(
      new TypeError('statusOn: date must be an ISO calendar date YYYY-MM-DD, received 19300601'),
    );
    expect(() => assertIsoDate('timeline', 'options.to', null)).toThrow(TypeError);
  });
  it('builds its message from the function, the argument and the value', () => {
    expect(isoDateMessage('f', 'x', '1920')).toBe('f: x must be an ISO calendar date YYYY-MM-DD, received "1920"');
  });
});
