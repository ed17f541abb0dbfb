import { events } from '../data/events.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Event } from '../schemas/event.js';

/**
 * Looks up an event record by id. Returns `undefined` for an id that is not
 * in the data; throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getEvent('treaty-signed')?.date; //=> '1920-07-12'
 * getEvent('no-such-event'); //=> undefined
 * ```
 */
export function getEvent(id: string): DeepReadonly<Event> | undefined {
  if (typeof id !== 'string') throw new TypeError(`getEvent: id must be a string, received ${typeof id}`);
  return events.find((event) => event.id === id);
}
