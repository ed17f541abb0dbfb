import { dateParts } from './dates.js';
import { sentence, sourcesSentence } from './record-note.js';
import type { CitationWork } from './work.js';

/** The dataset in APA 7: `Authors. (Year). Title (Version x) [Data set]. Publisher. URL`. */
function datasetText(work: CitationWork): string {
  const parts = [`${work.authors.join(', ')}. (${dateParts(work.issued).year}). ${work.title} (Version ${work.version ?? ''}) [Data set].`];
  if (work.publisher !== undefined) parts.push(`${work.publisher}.`);
  if (work.url !== undefined) parts.push(work.url);
  return parts.join(' ');
}

/**
 * Renders a work as one line of plain text: the dataset in APA 7 style with
 * its version and URL; a treaty in APA's legal form (title, date, volume,
 * series, pages), followed by where it was signed and when it was
 * registered; a record as a footnote: its title and id, what it says, the
 * dataset it is part of, and its sources with locators and quotes.
 *
 * @internal
 * @example
 * ```ts
 * formatText(treatyWork());
 * //=> 'Treaty of Peace between Lithuania and Russia, July 12, 1920, 3 League of Nations Treaty Series 106–137. Signed at Moscow; registered with the League of Nations on 8 March 1921.'
 * ```
 */
export function formatText(work: CitationWork): string {
  if (work.kind === 'dataset') return datasetText(work);
  if (work.kind === 'record') {
    const head = work.value === undefined ? `${work.title}.` : `${work.title}: ${sentence(work.value)}`;
    const published = [work.publisher, dateParts(work.issued).year].filter((part) => part !== undefined).join(', ');
    const dataset = `In ${work.authors.join(', ')}, ${work.container ?? ''}, version ${work.version ?? ''} (${published})${work.url === undefined ? '' : `, ${work.url}`}.`;
    return [head, dataset, sourcesSentence(work)].filter((part) => part !== '').join(' ');
  }
  const { year, monthName, day } = dateParts(work.issued);
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
