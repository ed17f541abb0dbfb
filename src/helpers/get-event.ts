import { events } from '../data/events.js';
import type { EventId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Event } from '../schemas/event.js';

/**
 * Looks up an event by id. A known id (an `EventId` literal) returns the record
 * itself, typed without `undefined`; any other string returns the record or
 * `undefined`. Throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getEvent('treaty-signed').date; //=> '1920-07-12'
 * getEvent('no-such-event'); //=> undefined
 * ```
 */
export function getEvent(id: EventId): DeepReadonly<Event>;
export function getEvent(id: string): DeepReadonly<Event> | undefined;
export function getEvent(id: string): DeepReadonly<Event> | undefined {
  return findById(events, id, 'getEvent', (record) => record.id);
}
