import { citationNote } from './citation-note.js';
import { dateParts } from './dates.js';
import { splitKeepCase } from './keep-case.js';
import type { CitationWork } from './work.js';

/** CSL rich text: the `keepCase` stretches in `nocase` spans, so that title-casing styles leave them alone. */
function richText(text: string, keepCase: readonly string[] | undefined): string {
  return splitKeepCase(text, keepCase)
    .map((part) => (part.keep ? `<span class="nocase">${part.text}</span>` : part.text))
    .join('');
}

/** The CSL type of each kind of work: the one the common styles print completely (see docs/citing.md). */
const TYPES = { dataset: 'book', treaty: 'article-journal', record: 'chapter' } as const;

/**
 * Renders a work as CSL-JSON text: an array holding one item, the input
 * Zotero, Pandoc and citeproc read. The types and fields are chosen so that
 * Chicago, APA, MLA, Harvard and MHRA all print the data version and the
 * treaty's volume and pages, each once: the dataset is a `book` whose
 * `edition` is the version and whose `genre` is "Data set" (those styles
 * Chicago and MHRA print `version` only for books, Harvard never); the treaty is an
 * `article-journal` in the League of Nations Treaty Series; a record is a
 * `chapter` of the dataset.
 *
 * @internal
 * @example
 * ```ts
 * JSON.parse(formatCslJson(treatyWork()))[0].type; //=> 'article-journal'
 * ```
 */
export function formatCslJson(work: CitationWork): string {
  const { year, month, day } = dateParts(work.issued);
  const item: Record<string, unknown> = {
    id: work.key,
    type: TYPES[work.kind],
    title: richText(work.title, work.keepCase),
  };
  if (work.container !== undefined) item['container-title'] = richText(work.container, work.keepCase);
  if (work.authors.length > 0) item.author = work.authors.map((literal) => ({ literal }));
  item.issued = { 'date-parts': [[year, month, day]] };
  if (work.kind === 'dataset') item.genre = 'Data set';
  if (work.version !== undefined) item.edition = `Version ${work.version}`;
  if (work.publisher !== undefined) item.publisher = work.publisher;
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    item['container-title'] = series;
    item.volume = String(volume);
    item.page = `${pages.first}-${pages.last}`;
  }
  if (work.place !== undefined) item['event-place'] = work.place;
  if (work.url !== undefined) item.URL = work.url;
  const note = citationNote(work);
  if (note !== '') item.note = note;
  return `${JSON.stringify([item], null, 2)}\n`;
}
