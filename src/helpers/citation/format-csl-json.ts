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

/**
 * The CSL type of each kind of work, chosen by what the current styles print
 * (docs/citing.md): the dataset is a `dataset` (a Zotero Dataset; APA 7,
 * Chicago 18, MLA 9 and MHRA 4 print its `version`); the treaty an
 * `article-journal` in the League of Nations Treaty Series (the only type
 * every style prints with volume, pages and both parties: `treaty` and
 * `legislation` lose the volume or the parties in several); a record a
 * `chapter` of the dataset (a Zotero Book Section in the dataset).
 */
const TYPES = { dataset: 'dataset', treaty: 'article-journal', record: 'chapter' } as const;

/** CSL `date-parts` of an ISO date or a bare year. */
function cslDate(iso: string): { 'date-parts': number[][] } {
  const { year, month, day } = dateParts(iso);
  return { 'date-parts': [month === undefined || day === undefined ? [year] : [year, month, day]] };
}

/**
 * Renders a work as CSL-JSON text: an array holding one item, the input
 * Zotero, Pandoc and citeproc read. The version is stored once, in
 * `version` (never also as `edition`), and the URL names the same version
 * (the npm page of that version, or the record's page in the site of that
 * version), so that styles which print no `version` still carry it.
 *
 * @internal
 * @example
 * ```ts
 * JSON.parse(formatCslJson(datasetWork()))[0].type; //=> 'dataset'
 * JSON.parse(formatCslJson(treatyWork()))[0].type; //=> 'article-journal'
 * ```
 */
export function formatCslJson(work: CitationWork): string {
  const item: Record<string, unknown> = {
    id: work.key,
    type: TYPES[work.kind],
    title: richText(work.title, work.keepCase),
  };
  if (work.container !== undefined) item['container-title'] = richText(work.container, work.keepCase);
  if (work.authors.length > 0) item.author = work.authors.map((literal) => ({ literal }));
  item.issued = cslDate(work.issued);
  if (work.version !== undefined) item.version = work.version;
  if (work.publisher !== undefined) item.publisher = work.publisher;
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    item['container-title'] = series;
    item.volume = String(volume);
    item.page = `${pages.first}-${pages.last}`;
  }
  if (work.url !== undefined) item.URL = work.url;
  const note = citationNote(work);
  if (note !== '') item.note = note;
  return `${JSON.stringify([item], null, 2)}\n`;
}
