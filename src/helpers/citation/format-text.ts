import { dateParts } from './dates.js';
import { sentence, sourcesSentence } from './record-note.js';
import type { CitationWork } from './work.js';

/** Authors as APA 7 joins them: `A & B`, `A, B, & C`. */
const names = (list: readonly string[]): string =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')}${list.length > 2 ? ',' : ''} & ${list.at(-1) ?? ''}`;

/**
 * Renders a work as one line of plain text, in APA 7 style: the dataset with
 * its version and the npm page of that version; the treaty with both
 * parties, the year of the volume that prints it, the series, volume and
 * pages, and its registration; a record as a footnote: what it says, the
 * dataset and version it is part of, its page in the site of that version,
 * and its sources with locators and quotes.
 *
 * @internal
 * @example
 * ```ts
 * formatText(treatyWork());
 * //=> 'Lithuanian Democratic Republic & Russian Socialist Federated Soviet Republic. (1921). Treaty of Peace between Lithuania and Russia, signed at Moscow, 12 July 1920. League of Nations Treaty Series, 3, 106–137. Registered with the League of Nations on 8 March 1921.'
 * ```
 */
export function formatText(work: CitationWork): string {
  const { year } = dateParts(work.issued);
  if (work.kind === 'dataset') {
    return [`${names(work.authors)}. (${year}). ${work.title} (Version ${work.version ?? ''}) [Data set].`, work.publisher && `${work.publisher}.`, work.url]
      .filter((part) => part !== undefined)
      .join(' ');
  }
  if (work.kind === 'record') {
    const head = work.value === undefined || work.title.endsWith(work.value) ? sentence(work.title) : `${work.title}: ${sentence(work.value)}`;
    const published = [work.publisher, year].filter((part) => part !== undefined).join(', ');
    const dataset = `In ${names(work.authors)}, ${work.container ?? ''} (Version ${work.version ?? ''}; ${published})${work.url === undefined ? '' : `, ${work.url}`}.`;
    return [head, dataset, sourcesSentence(work)].filter((part) => part !== '').join(' ');
  }
  let text = `${names(work.authors)}. (${year}). ${sentence(work.title)}`;
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    text += ` ${series}, ${volume}, ${pages.first}–${pages.last}.`;
  }
  if (work.registeredOn !== undefined) {
    const registered = dateParts(work.registeredOn);
    text += ` Registered with the League of Nations on ${registered.day ?? ''} ${registered.monthName ?? ''} ${registered.year}.`;
  }
  return text;
}
