const values: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * The value of a Roman numeral up to C (any case), or `undefined` when
 * `text` is not one written the usual way (`IIII` and `IC` are not).
 *
 * @example
 * ```ts
 * romanNumeral('II'); //=> 2
 * romanNumeral('xiv'); //=> 14
 * romanNumeral('IIII'); //=> undefined
 * ```
 */
export function romanNumeral(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i] as string] as number;
    const next = values[lower[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === lower ? total : undefined;
}

/** `n` (1…100) as a lower-case Roman numeral. */
function toRoman(n: number): string {
  const table: readonly [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
