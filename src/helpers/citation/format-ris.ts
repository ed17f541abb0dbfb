import { citationNote } from './citation-note.js';
import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

/** Two-digit month or day. */
const pad = (value: number): string => String(value).padStart(2, '0');

/** The RIS type of each kind of work: Zotero imports `DATA` as a Dataset, `JOUR` as a Journal Article, `CHAP` as a Book Section. */
const TYPES = { dataset: 'DATA', treaty: 'JOUR', record: 'CHAP' } as const;

/**
 * Renders a work as one RIS record: the dataset as `TY  - DATA` with its
 * version in `ET` (Zotero's Version field of a Dataset) and the npm page of
 * that version in `UR`; the treaty as `TY  - JOUR` in the League of Nations
 * Treaty Series (`T2`, `VL`, `SP`/`EP`); a record as `TY  - CHAP` of the
 * dataset (`T2`), whose `UR` is the record's page in the site of its version
 * (no `ET`: for a Book Section it would become an edition).
 *
 * @internal
 * @example
 * ```ts
 * formatRis(datasetWork()).split('\n')[0]; //=> 'TY  - DATA'
 * ```
 */
export function formatRis(work: CitationWork): string {
  const { year, month, day } = dateParts(work.issued);
  const lines: [string, string][] = [['TY', TYPES[work.kind]]];
  lines.push(['ID', work.key]);
  for (const author of work.authors) lines.push(['AU', author]);
  lines.push(['TI', work.title]);
  if (work.container !== undefined) lines.push(['T2', work.container]);
  lines.push(['PY', String(year)]);
  if (month !== undefined && day !== undefined) lines.push(['DA', `${year}/${pad(month)}/${pad(day)}`]);
  if (work.version !== undefined && work.kind === 'dataset') lines.push(['ET', work.version]);
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    lines.push(['T2', series], ['VL', String(volume)], ['SP', String(pages.first)], ['EP', String(pages.last)]);
  }
  if (work.publisher !== undefined) lines.push(['PB', work.publisher]);
  if (work.url !== undefined) lines.push(['UR', work.url]);
  const note = citationNote(work);
  if (note !== '') lines.push(['N1', note]);
  lines.push(['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`).join('\n')}\n`;
}
