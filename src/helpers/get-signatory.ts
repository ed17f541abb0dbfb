import { signatories } from '../data/signatories.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Signatory } from '../schemas/signatory.js';

/**
 * Looks up a signatory by id. Returns `undefined` for an id that is not in
 * the data; throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getSignatory('tomas-narusevicius')?.names.printed; //=> 'Thomas Narusevicius'
 * ```
 */
export function getSignatory(id: string): DeepReadonly<Signatory> | undefined {
  if (typeof id !== 'string') throw new TypeError(`getSignatory: id must be a string, received ${typeof id}`);
  return signatories.find((person) => person.id === id);
}
