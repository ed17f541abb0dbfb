import { dateParts } from './dates.js';
import { treatyNote } from './treaty-note.js';
import type { CitationWork } from './work.js';

/**
 * Renders a work as CSL-JSON text: an array holding one item of type
 * `dataset` or `treaty`, the input Zotero, Pandoc and citeproc read.
 *
 * @internal
 * @example
 * ```ts
 * JSON.parse(formatCslJson(treatyWork()))[0].type; //=> 'treaty'
 * ```
 */
export function formatCslJson(work: CitationWork): string {
  const { year, month, day } = dateParts(work.issued);
  const item: Record<string, unknown> = {
    id: work.key,
    type: work.kind,
    title: work.title,
  };
  if (work.authors.length > 0) item.author = work.authors.map((literal) => ({ literal }));
  item.issued = { 'date-parts': [[year, month, day]] };
  if (work.version !== undefined) item.version = work.version;
  if (work.publisher !== undefined) item.publisher = work.publisher;
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    item['container-title'] = series;
    item.volume = String(volume);
    item.page = `${pages.first}-${pages.last}`;
  }
  if (work.place !== undefined) item['event-place'] = work.place;
  if (work.url !== undefined) item.URL = work.url;
  const note = treatyNote(work);
  if (note !== '') item.note = note;
  return `${JSON.stringify([item], null, 2)}\n`;
}
