import { bibtexText, bibtexTitle } from './bibtex-text.js';
import { citationNote } from './citation-note.js';
import { dateParts } from './dates.js';
import type { CitationWork } from './work.js';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * The entry type of each kind of work in classic BibTeX, which has no
 * `@dataset`: the dataset is a `@misc` (every style reads it; biblatex,
 * pandoc and citation-js read its `version` and `url`), the treaty an
 * `@article` in the League of Nations Treaty Series, a record an
 * `@incollection` of the dataset.
 */
const TYPES = { dataset: 'misc', treaty: 'article', record: 'incollection' } as const;

/**
 * Renders a work as one classic BibTeX entry. The version is stored once, in
 * `version`, and the `url` names the same version (the npm page of that
 * version, or the record's page in the site of that version). Corporate
 * authors are double-braced so that they are not split into first and last
 * names; capitalised words and the package name are braced so that styles
 * keep their case; `date` is added for biblatex.
 *
 * @internal
 * @example
 * ```ts
 * formatBibtex(datasetWork()).startsWith('@misc{lt-ru-1920-'); //=> true
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
  if (month !== undefined) fields.push(['month', MONTH_MACROS[month - 1] ?? ''], ['date', work.issued]);
  if (work.version !== undefined) fields.push(['version', bibtexText(work.version)]);
  if (work.publisher !== undefined) fields.push([work.kind === 'dataset' ? 'howpublished' : 'publisher', bibtexText(work.publisher)]);
  if (work.url !== undefined) fields.push(['url', work.url]);
  const note = citationNote(work);
  if (note !== '') fields.push(['note', bibtexText(note)]);
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@${TYPES[work.kind]}{${work.key},\n${body.join(',\n')}\n}\n`;
}
