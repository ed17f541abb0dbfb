import type { HistoryPlaceId, HolderId } from '../generated/history-ids.generated.js';
import type { PartyId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { ControlPeriod } from '../schemas/history.js';
import { assertPlaceId } from './assert-place-id.js';
import { controlPeriods } from './records/control-periods.js';

/**
 * The control periods of one place in date order: who held it from the
 * signing of the treaty to the end of 1940, stretch by stretch, unknown
 * stretches included (`controller: null`). Returns a new frozen array of the
 * shared frozen records. Throws a `RangeError` naming `placeId` when it is
 * not a place of `historyPlaces`, a `TypeError` when it is not a string (a
 * misspelt literal fails to compile: `placeId` is a `HistoryPlaceId`).
 *
 * @example
 * ```ts
 * periodsOf('vilnius').map((period) => [period.from, period.controller]);
 * // [['1920-07-12', 'poland'], ['1920-07-14', 'rsfsr'], ['1920-08-26', 'lithuania'], …]
 * ```
 */
export function periodsOf(placeId: HistoryPlaceId): readonly DeepReadonly<ControlPeriod & { place: HistoryPlaceId; controller: HolderId | PartyId | null }>[] {
  assertPlaceId(placeId, 'periodsOf');
  const periods = controlPeriods.filter((period) => period.place === placeId);
  periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return Object.freeze(periods);
}
