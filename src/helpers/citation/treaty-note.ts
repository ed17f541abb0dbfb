import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

/** `12 July 1920` from `1920-07-12`. */
function longDate(iso: string): string {
  const { year, monthName, day } = dateParts(iso);
  return `${day} ${monthName} ${year}`;
}

/**
 * The sentence every format adds to a treaty: where and when it was signed
 * and when it was registered. Empty for a work with neither.
 *
 * @internal
 * @example
 * ```ts
 * treatyNote(treatyWork());
 * //=> 'Signed at Moscow on 12 July 1920; registered with the League of Nations on 8 March 1921.'
 * ```
 */
export function treatyNote(work: CitationWork): string {
  const notes: string[] = [];
  if (work.kind === 'treaty') notes.push(`signed${work.place === undefined ? '' : ` at ${work.place}`} on ${longDate(work.issued)}`);
  if (work.registeredOn !== undefined) notes.push(`registered with the League of Nations on ${longDate(work.registeredOn)}`);
  const text = notes.join('; ');
  return text === '' ? '' : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
