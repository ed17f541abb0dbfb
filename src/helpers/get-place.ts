import { places } from '../data/places.js';
import type { PlaceId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Place } from '../schemas/place.js';

/**
 * Looks up a place by id. A known id (a `PlaceId` literal) returns the record
 * itself, typed without `undefined`; any other string returns the record or
 * `undefined`. Throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getPlace('moscow').name.lt; //=> 'Maskva'
 * getPlace('atlantis'); //=> undefined
 * ```
 */
export function getPlace(id: PlaceId): DeepReadonly<Place>;
export function getPlace(id: string): DeepReadonly<Place> | undefined;
export function getPlace(id: string): DeepReadonly<Place> | undefined {
  return findById(places, id, 'getPlace', (record) => record.id);
}
