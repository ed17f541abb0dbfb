/**
 * Names a received value for an error message without ever throwing: a
 * string is quoted, anything else is named by its type (safe for BigInt,
 * null-prototype objects and hostile `toString`s).
 *
 * @internal
 * @example
 * describeValue('12 July'); //=> '"12 July"'
 * describeValue(1n); //=> 'a value of type bigint'
 * describeValue([25]); //=> 'an array of length 1'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return `a value of type ${typeof value}`;
}
