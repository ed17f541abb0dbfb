import type { DeepReadonly } from './deep-freeze.js';
import { type EventDate, eventDates } from './event-dates.generated.js';

/** Id of an event that other records are dated by. @internal */
export type DatedEventId = keyof typeof eventDates;

/**
 * Date and date variants of an event, for the records that carry them
 * (ratifications, registration, treaty). They come from the event records
 * through a generated module, so that every date is written once and
 * `import { treaty }` does not bundle every event.
 *
 * @internal
 * @example
 * eventDate('treaty-signed').date //=> '1920-07-12'
 */
// @__NO_SIDE_EFFECTS__
export function eventDate(id: DatedEventId): DeepReadonly<EventDate> {
  return eventDates[id];
}
