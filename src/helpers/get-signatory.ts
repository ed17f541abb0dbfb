import { signatories } from '../data/signatories.js';
import type { SignatoryId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Signatory } from '../schemas/signatory.js';

/**
 * Looks up a signatory by id. A known id (a `SignatoryId` literal) returns the record
 * itself, typed without `undefined`; any other string returns the record or
 * `undefined`. Throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getSignatory('tomas-narusevicius').names.printed; //=> 'Thomas Narusevicius'
 * getSignatory('nobody'); //=> undefined
 * ```
 */
export function getSignatory(id: SignatoryId): DeepReadonly<Signatory>;
export function getSignatory(id: string): DeepReadonly<Signatory> | undefined;
export function getSignatory(id: string): DeepReadonly<Signatory> | undefined {
  return findById(signatories, id, 'getSignatory', (record) => record.id);
}
