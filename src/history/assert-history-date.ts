import { describeValue } from '../internal/describe-value.js';
import { assertIsoDate } from '../internal/iso-date.js';
import { historyRange } from './history-range.js';

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
  assertIsoDate(caller, 'date', date);
  if (date < historyRange.from || date > historyRange.to) {
    throw new RangeError(`${caller}: date ${describeValue(date)} is outside the covered range ${historyRange.from} to ${historyRange.to}`);
  }
}
