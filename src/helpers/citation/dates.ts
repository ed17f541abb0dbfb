const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** An ISO 8601 date split into numbers, with the month named in English; month and day are absent for a bare year. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly monthName?: string;
}

/**
 * Splits an ISO 8601 date (`YYYY-MM-DD`, or `YYYY` alone) into numbers and
 * names the month in English. Throws a `RangeError` for anything else.
 *
 * @internal
 * @example
 * ```ts
 * dateParts('1920-07-12'); //=> { year: 1920, month: 7, day: 12, monthName: 'July' }
 * dateParts('1921'); //=> { year: 1921 }
 * ```
 */
export function dateParts(iso: string): DateParts {
  if (/^\d{4}$/.test(iso)) return { year: Number(iso) };
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
