import { bibtexText, bibtexTitle } from './bibtex-text.js';
import { citationNote } from './citation-note.js';
import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The entry type of each kind of work (what pandoc and citation-js turn into the CSL types of `formatCslJson`). */
const TYPES = { dataset: 'book', treaty: 'article', record: 'incollection' } as const;

/**
 * Renders a work as one BibTeX entry: the dataset as a `@book` whose
 * `edition` is the data version and whose `type` is "Data set"; the treaty
 * as an `@article` in the League of Nations Treaty Series (volume and pages,
 * the series named once); a record as an `@incollection` of the dataset.
 * Corporate authors are double-braced so that they are not split into first
 * and last names; capitalised words and the package name are braced so that
 * styles keep their case; `date` is added for biblatex.
 *
 * @internal
 * @example
 * ```ts
 * formatBibtex(datasetWork()).startsWith('@book{lt-ru-1920-data-'); //=> true
 * ```
 */
export function formatBibtex(work: CitationWork): string {
  const { year, month } = dateParts(work.issued);
  const fields: [string, string][] = [];
  if (work.authors.length > 0) fields.push(['author', work.authors.map((name) => `{${bibtexText(name)}}`).join(' and ')]);
  fields.push(['title', bibtexTitle(work.title, work.keepCase)]);
  if (work.container !== undefined) fields.push(['booktitle', bibtexTitle(work.container, work.keepCase)]);
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    fields.push(['journal', bibtexTitle(series)], ['volume', String(volume)], ['pages', `${pages.first}--${pages.last}`]);
  }
  fields.push(['year', String(year)]);
  fields.push(['month', MONTH_MACROS[month - 1] ?? '']);
  fields.push(['date', work.issued]);
  if (work.version !== undefined) fields.push(['edition', `Version ${bibtexText(work.version)}`]);
  if (work.kind === 'dataset') fields.push(['type', 'Data set']);
  if (work.publisher !== undefined) fields.push(['publisher', bibtexText(work.publisher)]);
  if (work.url !== undefined) fields.push(['url', work.url]);
  const note = citationNote(work);
  if (note !== '') fields.push(['note', bibtexText(note)]);
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@${TYPES[work.kind]}{${work.key},\n${body.join(',\n')}\n}\n`;
}
