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
