import type { HistoryPlaceId } from '../generated/history-ids.generated.js';
import { describeValue } from '../internal/describe-value.js';
import { historyPlaces } from './records/places.js';

/** The ids of the places `lt-ru-1920/history` follows, for lookups and error messages. */
const placeIds: ReadonlySet<string> = new Set(historyPlaces.map((place) => place.id));

/**
 * Checks that `placeId` is the id of one of the places in `historyPlaces`.
 * A non-string is a `TypeError`, an unknown id a `RangeError` that lists the
 * known ids; every message names the caller and the argument (`placeId`).
 *
 * @example
 * ```ts
 * assertPlaceId('vilnius', 'statusOn'); // ok
 * assertPlaceId('minsk', 'statusOn'); // RangeError: statusOn: placeId "minsk" is not a place of lt-ru-1920/history (known: vilnius, …)
 * ```
 * @internal
 */
export function assertPlaceId(placeId: unknown, caller: string): asserts placeId is HistoryPlaceId {
  if (typeof placeId !== 'string') throw new TypeError(`${caller}: placeId must be a string, received ${describeValue(placeId)}`);
  if (!placeIds.has(placeId)) {
    throw new RangeError(`${caller}: placeId ${describeValue(placeId)} is not a place of lt-ru-1920/history (known: ${[...placeIds].join(', ')})`);
  }
}
