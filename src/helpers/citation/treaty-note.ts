import { readableDate } from './dates.js';
import type { CitationWork } from './work.js';

/**
 * The sentence every machine format adds to a treaty: when it was registered
 * with the League of Nations (which dates the volume that prints it). Empty
 * for a work without a registration.
 *
 * @internal
 * @example
 * ```ts
 * treatyNote(treatyWork()); //=> 'Registered with the League of Nations on 8 March 1921.'
 * ```
 */
export function treatyNote(work: CitationWork): string {
  return work.registeredOn === undefined ? '' : `Registered with the League of Nations on ${readableDate(work.registeredOn)}.`;
}
