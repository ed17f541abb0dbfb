import type { CslItem } from '@citation-js/core';
import { datasetWork, type DatasetRelease } from '../../src/helpers/citation/dataset-work.js';
import { findRecord } from '../../src/helpers/citation/find-record.js';
import { formatBibtex } from '../../src/helpers/citation/format-bibtex.js';
import { formatCslJson } from '../../src/helpers/citation/format-csl-json.js';
import { formatRis } from '../../src/helpers/citation/format-ris.js';
import { formatText } from '../../src/helpers/citation/format-text.js';
import { MAX_SOURCES, recordWork } from '../../src/helpers/citation/record-work.js';
import { treatyWork } from '../../src/helpers/citation/treaty-work.js';
import type { CitationWork } from '../../src/helpers/citation/work.js';
import { registration } from '../../src/data/registration.js';
import { STYLES, render } from '../../tests/csl/render.js';
import { cell, generatedBy, table } from './markdown.js';

/** The record the guide shows `citeRecord` with. */
const EXAMPLE_RECORD = 'treaty-signed';

/** Each format of `cite()`, the fence language it is shown in, and a line about where it goes. */
const FORMATS = [
  { format: 'text', fence: 'text', render: formatText, use: 'Plain text in APA style (the default): paste it into a reference list.' },
  { format: 'bibtex', fence: 'bibtex', render: formatBibtex, use: 'BibTeX for LaTeX (BibTeX and biber); special characters are escaped.' },
  { format: 'csl-json', fence: 'json', render: formatCslJson, use: 'CSL-JSON for Zotero, Pandoc (`--bibliography`) and any citeproc.' },
  { format: 'ris', fence: 'text', render: formatRis, use: 'RIS for EndNote, Mendeley, Zotero and other reference managers.' },
] as const;

/** The call that returns one format of one target. */
function call(target: 'dataset' | 'treaty' | 'record', format: string): string {
  if (target === 'record') return format === 'text' ? `citeRecord('${EXAMPLE_RECORD}')` : `citeRecord('${EXAMPLE_RECORD}', { format: '${format}' })`;
  if (target === 'dataset') return format === 'text' ? 'cite()' : `cite({ format: '${format}' })`;
  return `cite({ format: '${format}', target: 'treaty' })`;
}

/** The code blocks of one target: every format, exactly as `cite()` or `citeRecord()` returns it. */
function targetSection(target: 'dataset' | 'treaty' | 'record', work: CitationWork): string {
  return FORMATS.map(({ format, fence, render: format_, use }) => {
    const purpose = target === 'record' && format === 'text' ? 'Plain text (the default): a footnote to paste.' : use;
    return [`### \`${call(target, format)}\``, '', purpose, '', `\`\`\`${fence}`, format_(work).replace(/\n$/, ''), '```', ''].join('\n');
  }).join('\n');
}

/** What each vendored CSL style prints for each work (bibliography entry; first note in note styles), rendered by citeproc-js. */
function stylesTable(works: readonly (readonly [string, CitationWork])[]): string {
  const rows = STYLES.flatMap((style) =>
    works.map(([label, work]) => {
      const item = (JSON.parse(formatCslJson(work)) as CslItem[])[0] as CslItem;
      const { bibliography, note } = render(item, style.id);
      const printed = note === undefined || note.replace(/\.$/, '') === bibliography.replace(/\.$/, '') ? cell(bibliography) : `${cell(bibliography)}<br>Note: ${cell(note)}`;
      return [cell(style.name), label, printed];
    }),
  );
  return table(['Style', 'Work', 'Printed'], rows);
}

/** Renders `docs/citing.md` for the data release in package.json. */
export function citingDoc(release: DatasetRelease): string {
  const dataset = datasetWork(release);
  const treaty = treatyWork();
  const example = findRecord(EXAMPLE_RECORD);
  if (example === undefined) throw new Error(`citing: no record ${EXAMPLE_RECORD}`);
  const record = recordWork(example, release);
  return `---
title: Citing
---

# Citing

${generatedBy('scripts/site/guides.ts from the format builders of `cite()` and `citeRecord()`, the vendored CSL styles and package.json')}

**Cite the data version, and pin it.** \`meta.dataVersion\` (now **${release.dataVersion}**, released
${release.released}) changes only when the data changes; the npm version also moves with tooling
releases (see the version policy). Install exactly the version you used:

\`\`\`sh
npm install ${release.name}@<version> --save-exact
\`\`\`

\`cite(options?)\` formats the citation for you. \`format\` is \`'text'\` (default), \`'bibtex'\`,
\`'csl-json'\` or \`'ris'\`; every format is a string (CSL-JSON as JSON text). \`target\` is
\`'dataset'\` (default: this data version) or \`'treaty'\` (the treaty itself, as published in the
League of Nations Treaty Series). The tests parse the BibTeX, CSL-JSON and RIS with citation-js and
render the CSL-JSON through citeproc-js, so reference managers accept them.

\`\`\`ts
import { cite } from '${release.name}';

cite(); // the dataset, plain text
cite({ format: 'bibtex', target: 'treaty' }); // the treaty, BibTeX
\`\`\`

Below is exactly what this version returns.

## The dataset

${targetSection('dataset', dataset)}
## The treaty

Cite the treaty itself when you refer to its text. The volume and pages come from the
registration record (\`registration\`: ${registration.series}, vol. ${registration.volume},
pp. ${registration.pages.first}–${registration.pages.last}; confidence: ${registration.confidence}), never
retyped; see the data dictionary for what is unknown about the entry.

${targetSection('treaty', treaty)}
## One fact

\`citeRecord(id, { format? })\` cites one record of the dataset — the treaty, an event, a
signatory, an article, a party, a place, a ratification, the registration, a source, or a
waypoint or segment of the border — as a footnote: the record's title with its kind and id,
what it says, the dataset at its data version, and the record's ${MAX_SOURCES} strongest sources (by
\`Source.tier\`: primary, scholarly, reference, wiki, derivative) with their locators and quotes.
Waypoints and segments are cited without coordinates; those are in \`${release.name}/border\`. An
unknown id throws a \`RangeError\` naming it. It is a separate export because it reads every
record: \`cite()\` alone stays small.

In BibTeX, CSL-JSON and RIS the record is a part of the dataset (\`@incollection\`, \`chapter\`,
\`CHAP\`), and its value and sources are in the note, which styles do not print but reference
managers keep.

${targetSection('record', record)}
## What the citation styles print

The tests render the dataset, the treaty and one record of each kind through citeproc-js with six
styles historians use (vendored under \`tests/csl/\` from Debian's
\`citation-style-language-styles\`, CC BY-SA 3.0), from the CSL-JSON and from the BibTeX above, and
check that every style names the data version, prints "${release.name}" in lower case, gives LNTS
vol. ${registration.volume} and p. ${registration.pages.first} for the treaty, and repeats nothing. BibTeX, read as pandoc
reads it, prints the same as CSL-JSON.

The types and fields are chosen for that. The dataset is a CSL \`book\` (BibTeX \`@book\`) whose
\`edition\` is "Version ${release.dataVersion}" and whose \`genre\` is "Data set": Chicago and MHRA print
\`version\` only for books (and a few media types) and Harvard never, so a \`dataset\` item loses its
version there, while all six print a book's \`edition\`. The treaty is an \`article-journal\` (BibTeX
\`@article\`) in the League of Nations Treaty Series: of the types tried (\`treaty\`, \`legal_case\`,
\`legislation\`, \`chapter\`, \`article-journal\`) it is the only one for which all six print both
volume and pages; the series is named once. The package name is protected from title case (a \`nocase\` span in CSL-JSON, braces in
BibTeX), as are the other capitalised words of BibTeX titles, which pandoc would otherwise
lower-case.

${stylesTable([
  ['dataset', dataset],
  ['treaty', treaty],
  [`record \`${EXAMPLE_RECORD}\``, record],
])}

pandoc 2.17 (\`--citeproc\`) prints the same, except that it title-cases "between" in Chicago, MLA
and MHRA ("Treaty of Peace Between Lithuania and Russia") and uses single quotation marks in
Harvard and MHRA, whose default locale is en-GB (the tests render with en-US).

## Files for tools

- \`CITATION.cff\` (Citation File Format 1.2.0, \`type: dataset\`): GitHub's "Cite this repository",
  Zenodo and \`cffconvert\` read it. Its \`version\` is the data version; its \`references\` are the
  treaty and the League of Nations Treaty Series.
- \`datapackage.json\` (Frictionless Data Package v2): one resource per data file with its size and
  SHA-256 hash, licence and sources. Its \`version\` is the data version, so you can check that the
  files you hold are the ones you cite.

Both are generated from \`package.json\` and the records, ship in the package, and are checked by the tests.
`;
}
