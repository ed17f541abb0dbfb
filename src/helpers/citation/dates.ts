const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Splits an ISO 8601 date into numbers and names the month in English.
 *
 * @internal
 * @example
 * ```ts
 * dateParts('1920-07-12'); //=> { year: 1920, month: 7, day: 12, monthName: 'July' }
 * ```
 */
export function dateParts(iso: string): { year: number; month: number; day: number; monthName: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [Number.NaN, 0, 0];
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) throw new RangeError(`cite: not an ISO date: ${JSON.stringify(iso)}`);
  return { year, month, day, monthName };
}

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD as English words, for a reader:
 * `12 July 1920`, `July 1920`, `1920`.
 *
 * @internal
 * @example
 * ```ts
 * readableDate('1920-07-12'); //=> '12 July 1920'
 * readableDate('1871'); //=> '1871'
 * ```
 */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
