import { bibtexText } from './bibtex-text.js';
import { dateParts } from './dates.js';
import { treatyNote } from './treaty-note.js';
import type { CitationWork } from './work.js';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * Renders a work as one BibTeX `@misc` entry (the type every BibTeX and
 * biblatex style knows). Corporate authors are double-braced so that they
 * are not split into first and last names; titles are braced so that
 * styles keep their capitals; `date` is added for biblatex.
 *
 * @internal
 * @example
 * ```ts
 * formatBibtex(datasetWork()).startsWith('@misc{lt-ru-1920-data-'); //=> true
 * ```
 */
export function formatBibtex(work: CitationWork): string {
  const { year, month } = dateParts(work.issued);
  const fields: [string, string][] = [];
  if (work.authors.length > 0) fields.push(['author', work.authors.map((name) => `{${bibtexText(name)}}`).join(' and ')]);
  fields.push(['title', `{${bibtexText(work.title)}}`]);
  fields.push(['year', String(year)]);
  fields.push(['month', MONTH_MACROS[month - 1] ?? '']);
  fields.push(['date', work.issued]);
  if (work.version !== undefined) fields.push(['version', bibtexText(work.version)]);
  if (work.printedIn) {
    const { series, volume, pages } = work.printedIn;
    fields.push(['howpublished', `${bibtexText(series)}, vol.~${volume}, pp.~${pages.first}--${pages.last}`]);
    fields.push(['series', bibtexText(series)]);
    fields.push(['volume', String(volume)]);
    fields.push(['pages', `${pages.first}--${pages.last}`]);
  }
  if (work.publisher !== undefined) fields.push(['publisher', bibtexText(work.publisher)]);
  if (work.url !== undefined) fields.push(['url', work.url]);
  if (work.kind === 'dataset') fields.push(['note', `Data set, version ${bibtexText(work.version ?? '')}`]);
  const note = treatyNote(work);
  if (note !== '') fields.push(['note', bibtexText(note)]);
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`));
  return `@misc{${work.key},\n${body.join(',\n')}\n}\n`;
}
