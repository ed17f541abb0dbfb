import { describeValue } from './describe-value.js';

/**
 * The ISO-date rule in words, the same wherever a date is checked: the
 * helpers (`timeline`, `statusOn`), the command line and the schemas.
 *
 * @internal
 */
export const ISO_DATE_RULE = 'must be an ISO calendar date YYYY-MM-DD';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `value` is a day written `YYYY-MM-DD` that exists in the
 * (proleptic) Gregorian calendar: `1924-02-29` is one, `1930-02-29` and
 * `1920-02-30` are not, nor is `1920-7-12` or `1920-07-12T00:00`.
 *
 * @internal
 * @example
 * ```ts
 * isIsoDate('1920-07-12'); //=> true
 * isIsoDate('1930-02-29'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = shape.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The message for a value that breaks the ISO-date rule: who asked (`fn`),
 * which argument (`name`), the rule and what was received.
 *
 * @internal
 * @example
 * ```ts
 * isoDateMessage('timeline', 'options.from', '1920-02-30');
 * //=> 'timeline: options.from must be an ISO calendar date YYYY-MM-DD, received "1920-02-30"'
 * ```
 */
export function isoDateMessage(fn: string, name: string, value: unknown): string {
  return `${fn}: ${name} ${ISO_DATE_RULE}, received ${describeValue(value)}`;
}

/**
 * Checks the ISO-date rule: a `TypeError` when `value` is not a string, a
 * `RangeError` when it is not a calendar day written `YYYY-MM-DD`, both with
 * the same message naming the function and the argument.
 *
 * @internal
 * @example
 * ```ts
 * assertIsoDate('statusOn', 'date', '1930-06-01'); // ok
 * assertIsoDate('timeline', 'options.from', '1920-02-30');
 * // RangeError: timeline: options.from must be an ISO calendar date YYYY-MM-DD, received "1920-02-30"
 * ```
 */
export function assertIsoDate(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(isoDateMessage(fn, name, value));
  if (!isIsoDate(value)) throw new RangeError(isoDateMessage(fn, name, value));
}
