import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

/**
 * Renders a work as one line of APA-style plain text (APA 7): a data set
 * with its version and URL; a treaty in APA's legal form (title, date,
 * volume, series, pages), followed by where it was signed and when it was
 * registered.
 *
 * @internal
 * @example
 * ```ts
 * formatText(treatyWork());
 * //=> 'Treaty of Peace between Lithuania and Russia, July 12, 1920, 3 League of Nations Treaty Series 106–137. Signed at Moscow; registered with the League of Nations on 8 March 1921.'
 * ```
 */
export function formatText(work: CitationWork): string {
  const { year, monthName, day } = dateParts(work.issued);
  if (work.kind === 'dataset') {
    const parts = [`${work.authors.join(', ')}. (${year}). ${work.title} (Version ${work.version ?? ''}) [Data set].`];
    if (work.publisher !== undefined) parts.push(`${work.publisher}.`);
    if (work.url !== undefined) parts.push(work.url);
    return parts.join(' ');
  }
  let text = `${work.title}, ${monthName} ${day}, ${year}`;
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    text += `, ${volume} ${series} ${pages.first}–${pages.last}`;
  }
  const notes: string[] = [];
  if (work.place !== undefined) notes.push(`Signed at ${work.place}`);
  if (work.registeredOn !== undefined) {
    const registered = dateParts(work.registeredOn);
    notes.push(`${notes.length === 0 ? 'Registered' : 'registered'} with the League of Nations on ${registered.day} ${registered.monthName} ${registered.year}`);
  }
  return notes.length === 0 ? `${text}.` : `${text}. ${notes.join('; ')}.`;
}
