import { describeValue } from '../internal/describe-value.js';
import { historyRange } from './history-range.js';

const isoDate = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether year, month (1–12) and day (1–31) name a day that exists in the Gregorian calendar (`1930-02-29` does not). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks that `date` is an ISO `YYYY-MM-DD` calendar day inside `historyRange`.
 * A non-string is a `TypeError`; a malformed or impossible day (`1920-02-30`)
 * or a day outside the covered range is a `RangeError`. Every message names
 * the caller and the argument (`date`); the range error states the range.
 *
 * @example
 * ```ts
 * assertHistoryDate('1930-06-01', 'statusOn'); // ok
 * assertHistoryDate('1941-01-01', 'statusOn');
 * // RangeError: statusOn: date "1941-01-01" is outside the covered range 1920-07-12 to 1940-12-31
 * ```
 * @internal
 */
export function assertHistoryDate(date: unknown, caller: string): asserts date is string {
  if (typeof date !== 'string') throw new TypeError(`${caller}: date must be an ISO date string YYYY-MM-DD, received ${describeValue(date)}`);
  const match = isoDate.exec(date);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`${caller}: date must be an ISO calendar date YYYY-MM-DD, received ${describeValue(date)}`);
  }
  if (date < historyRange.from || date > historyRange.to) {
    throw new RangeError(`${caller}: date ${describeValue(date)} is outside the covered range ${historyRange.from} to ${historyRange.to}`);
  }
}
