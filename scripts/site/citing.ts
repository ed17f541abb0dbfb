import type { CslItem } from '@citation-js/core';
import { registration } from '../../src/data/registration.js';
import { type DatasetRelease, datasetWork } from '../../src/helpers/citation/dataset-work.js';
import { findRecord } from '../../src/helpers/citation/find-record.js';
import { formatBibtex } from '../../src/helpers/citation/format-bibtex.js';
import { formatCslJson } from '../../src/helpers/citation/format-csl-json.js';
import { formatRis } from '../../src/helpers/citation/format-ris.js';
import { formatText } from '../../src/helpers/citation/format-text.js';
import { MAX_SOURCES, recordWork } from '../../src/helpers/citation/record-work.js';
import { treatyWork } from '../../src/helpers/citation/treaty-work.js';
import type { CitationWork } from '../../src/helpers/citation/work.js';
import { render, STYLES } from '../../tests/csl/render.js';
import { cell, generatedBy, table } from './markdown.js';

/** The record the guide shows `citeRecord` with. */
const EXAMPLE_RECORD = 'ratification-lithuania';

/** Each format of `cite()`, the fence language it is shown in, and a line about where it goes. */
const FORMATS = [
  { format: 'text', fence: 'text', render: formatText, use: 'Plain text in APA style (the default): paste it into a reference list.' },
  {
    format: 'bibtex',
    fence: 'bibtex',
    render: formatBibtex,
    use: 'Classic BibTeX for LaTeX (every BibTeX style reads `@misc`, `@article` and `@incollection`; biblatex and pandoc also read `version` and `url`); special characters are escaped.',
  },
  {
    format: 'csl-json',
    fence: 'json',
    render: formatCslJson,
    use: 'CSL-JSON for Zotero (File → Import from Clipboard), Pandoc (`--bibliography`) and any citeproc.',
  },
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
      const printed =
        note === undefined || note.replace(/\.$/, '') === bibliography.replace(/\.$/, '')
          ? cell(bibliography)
          : `${cell(bibliography)} <br>Note: ${cell(note)}`;
      return [cell(style.name), label, printed];
    }),
  );
  return table(['Style', 'Work', 'Printed'], rows);
}

/** Renders `docs/citing.md` for the release in package.json. */
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

**Cite the version, and pin it.** The package has one version, for its code and its data:
\`meta.version\` (now **${release.version}**, released ${release.released}) is what
\`npm install ${release.name}@${release.version}\` installs, with exactly that data, and what every
citation names. Install exactly the version you used:

\`\`\`sh
npm install ${release.name}@${release.version} --save-exact
\`\`\`

\`cite(options?)\` formats the citation for you. \`format\` is \`'text'\` (default), \`'bibtex'\`,
\`'csl-json'\` or \`'ris'\`; every format is a string (CSL-JSON as JSON text). \`target\` is
\`'dataset'\` (default: this version of the dataset) or \`'treaty'\` (the treaty itself, as printed in
the League of Nations Treaty Series). Every citation carries a URL of its version — the npm page of
that version for the dataset (${dataset.url ?? ''}), the record's page in the site kept for that
version for one record — so the version survives even a style that prints no version.

\`\`\`ts
import { cite } from '${release.name}';

cite(); // the dataset, plain text
cite({ format: 'bibtex', target: 'treaty' }); // the treaty, BibTeX
\`\`\`

Below is exactly what this version returns.

## The dataset

One story in every format, the version stored once (never also as an edition): a CSL-JSON
\`dataset\` with \`version\` (Zotero imports it as a **Dataset** with its Version), a classic BibTeX
\`@misc\` with \`version\` and \`url\` (BibTeX has no \`@dataset\`), and a RIS \`DATA\` record with the
version in \`ET\`.

${targetSection('dataset', dataset)}
## The treaty

Cite the treaty itself when you refer to its text. It is cited as the source prints it: the League
of Nations Treaty Series, vol. ${registration.volume}, pp. ${registration.pages.first}–${registration.pages.last}, dated
${treaty.issued} — the volume printed the treaty after its registration on ${registration.registeredOn}, so the
citation is not dated 12 July 1920, which stays in the title with the place of signature. Both
parties are its authors. The volume and pages come from the registration record (confidence:
${registration.confidence}), never retyped; see the data dictionary for what is unknown about the entry.

${targetSection('treaty', treaty)}
## One fact

\`citeRecord(id, { format? })\` cites one record of the dataset — the treaty, an event, a
signatory, an article, a party, a place, a ratification, the registration, a source, or a
waypoint or segment of the border — as a footnote. Its title is what the record says (its title
and, when short, its value, such as "${record.title}"), with no machine id; its URL is the
record's page in the site of this version; its note holds the value and the record's
${MAX_SOURCES} strongest sources (by \`Source.tier\`: primary, scholarly, reference, wiki, derivative)
with their locators and quotes. Waypoints and segments are cited without coordinates; those are in
\`${release.name}/border\`. An unknown id throws a \`RangeError\` naming it. It is a separate export
because it reads every record: \`cite()\` alone stays small.

In BibTeX, CSL-JSON and RIS the record is a part of the dataset (\`@incollection\`, \`chapter\`,
\`CHAP\`); Zotero imports it as a Book Section of the dataset. RIS has no version tag for a book
section (\`ET\` would become an edition), so there the record's URL carries the version.

${targetSection('record', record)}
## What the citation styles print

The tests render the dataset, the treaty and one record of each kind through citeproc-js with the
current upstream styles Zotero users get (vendored under \`tests/csl/\`, CC BY-SA 3.0) and their
locales, from the CSL-JSON and from the BibTeX above, and check that in every style the version (or
the URL of that version) appears once, "${release.name}" keeps its case in titles, a record's value
appears, and the treaty shows LNTS vol. ${registration.volume}, p. ${registration.pages.first}, the year ${treaty.issued}
and both parties. This is what each prints:

${stylesTable([
  ['dataset', dataset],
  ['treaty', treaty],
  [`record \`${EXAMPLE_RECORD}\``, record],
])}

Why these types: APA 7, Chicago 18, MLA 9 and MHRA 4 print a \`dataset\`'s \`version\`; Cite Them
Right prints none for any type, ISO-690 none for these types, so there the versioned URL keeps it.
For the treaty, \`article-journal\` is the only type tried (\`treaty\`, \`legislation\`,
\`article-journal\`) that every style prints with volume, pages, year and both parties: \`treaty\`
loses the volume in Cite Them Right and ISO-690, \`legislation\` the parties in APA and Chicago.

**Known gaps, left as the styles print them.** GOST R 7.0.5-2008 (as Zotero ships it) prints a URL
only for web pages and never a version, so a GOST reference to the dataset or a record carries
neither: add "[Электронный ресурс]. URL: …" by hand. ISO-690 prints author names in capitals
("${release.name.toUpperCase()} CONTRIBUTORS"), its convention for every author; the title keeps the case.
ISO-690 also prints the note, so there a record's reference ends with its sources. Chicago
capitalises the publisher "npm" at the start of a sentence. RIS cannot mark words whose case must
be kept, so title-casing styles print "Lt-Ru-1920" from a RIS import; CSL-JSON and BibTeX keep it.

## In Zotero

Checked against Zotero's own import code (the RIS translator, \`zotero/translators\` \`RIS.js\` of
2023-07-28) and with citation-js in the tests: the RIS \`DATA\` record becomes a **Dataset** whose
Version is \`ET\` and whose Repository is \`PB\` (npm), with the URL of this version; \`CHAP\` (a record)
becomes a Book Section in the dataset (\`T2\`), \`JOUR\` (the treaty) a Journal Article in the League
of Nations Treaty Series with volume and pages. CSL-JSON \`dataset\` maps to the same Dataset item
type (Zotero 7), \`version\` to its Version.

## Files for tools

- \`CITATION.cff\` (Citation File Format 1.2.0, \`type: dataset\`): GitHub's "Cite this repository",
  Zenodo and \`cffconvert\` read it. Its \`version\` is the package version; \`repository-code\` is the
  repository, \`repository-artifact\` the npm page of this version, \`url\` the documentation site; its
  \`references\` are the treaty and the League of Nations Treaty Series.
- \`datapackage.json\` (Frictionless Data Package v2): one resource per data file with its size and
  SHA-256 hash, licence and sources. Its \`version\` is the package version, so you can check that
  the files you hold are the ones you cite.

Both are generated from \`package.json\` and the records, ship in the package, and are checked by the tests.
`;
}
