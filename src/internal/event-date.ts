import { events } from '../data/events.js';
import type { DeepReadonly } from './deep-freeze.js';
import type { Event } from '../schemas/event.js';

/**
 * The event record with this id. Used at module initialisation by records
 * that carry a date (ratifications, registration, treaty), so that every
 * date is written once, in its event record. Throws on an unknown id, so a
 * typo fails at import time instead of shipping an undefined date.
 *
 * @internal
 * @example
 * eventById('treaty-signed').date //=> '1920-07-12'
 */
export function eventById(id: string): DeepReadonly<Event> {
  const event = events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`lt-ru-1920: no event with id "${id}"`);
  return event;
}
