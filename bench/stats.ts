/** Min, median and max of repeated measurements of one figure. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
}

/** The spread of `samples` (at least one). */
export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) throw new RangeError('spread: samples must not be empty');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

/** A number with three significant digits and thousands separators: `1 234 000`, `12.3`, `0.456`. */
export function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const rounded = Math.abs(value) >= 1000 ? Number(value.toPrecision(3)) : value;
  return rounded.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** An exact integer with thousands separators: `50 812`. */
export function formatInteger(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** `min / median / max` of a spread, formatted. */
export function formatSpread({ min, median, max }: Spread): string {
  return `${format(min)} / **${format(median)}** / ${format(max)}`;
}

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}
