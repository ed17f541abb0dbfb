/**
 * The first of `records` whose id (read by `idOf`) is `id`, or `undefined`.
 * Throws a `TypeError` naming the caller's argument when `id` is not a
 * string. Shared by every `getX` lookup, so they agree on errors.
 *
 * @internal
 * @example
 * findById([{ id: 'a' }], 'a', 'getThing', (record) => record.id); //=> { id: 'a' }
 * findById([{ id: 'a' }], 1, 'getThing', (record) => record.id); // TypeError: getThing: id must be a string, received number
 */
export function findById<T>(records: readonly T[], id: unknown, caller: string, idOf: (record: T) => string): T | undefined {
  if (typeof id !== 'string') throw new TypeError(`${caller}: id must be a string, received ${typeof id}`);
  return records.find((record) => idOf(record) === id);
}
