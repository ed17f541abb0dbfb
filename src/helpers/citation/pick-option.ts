import { describeValue } from '../../internal/describe-value.js';

/**
 * `value` if it is an own key of `table`; else a TypeError (not a string) or
 * a RangeError (unknown), naming the function, the option and the choices.
 *
 * @internal
 * @example
 * ```ts
 * pickOption('cite', { text: 1 }, 'text', 'format'); //=> 1
 * ```
 */
export function pickOption<T>(fn: string, table: Readonly<Record<string, T>>, value: unknown, option: string): T {
  const expected = Object.keys(table)
    .map((key) => `'${key}'`)
    .join(', ');
  if (typeof value !== 'string') throw new TypeError(`${fn}: options.${option} must be one of ${expected}, received ${describeValue(value)}`);
  if (Object.hasOwn(table, value)) return table[value] as T;
  throw new RangeError(`${fn}: unknown ${option} ${describeValue(value)}; expected one of ${expected}`);
}
