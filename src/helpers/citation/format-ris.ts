import { citationNote } from './citation-note.js';
import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

/** Two-digit month or day. */
const pad = (value: number): string => String(value).padStart(2, '0');

/** The RIS type of each kind of work. */
const TYPES = { dataset: 'DATA', treaty: 'GEN', record: 'CHAP' } as const;

/**
 * Renders a work as one RIS record (`TY  - DATA` for the dataset, with the
 * version in `ET`; `TY  - GEN` for the treaty, with the series in `T2` and
 * the pages in `SP`/`EP`; `TY  - CHAP` for a record, with the dataset in
 * `T2`), the format reference managers import.
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
  lines.push(['DA', `${year}/${pad(month)}/${pad(day)}`]);
  if (work.version !== undefined) lines.push(['ET', work.version]);
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
