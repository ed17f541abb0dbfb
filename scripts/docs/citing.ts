import { datasetWork, type DatasetRelease } from '../../src/helpers/citation/dataset-work.js';
import { formatBibtex } from '../../src/helpers/citation/format-bibtex.js';
import { formatCslJson } from '../../src/helpers/citation/format-csl-json.js';
import { formatRis } from '../../src/helpers/citation/format-ris.js';
import { formatText } from '../../src/helpers/citation/format-text.js';
import { treatyWork } from '../../src/helpers/citation/treaty-work.js';
import type { CitationWork } from '../../src/helpers/citation/work.js';
import { registration } from '../../src/data/registration.js';
import { generatedBy } from './markdown.js';

/** Each format of `cite()`, the fence language it is shown in, and a line about where it goes. */
const FORMATS = [
  { format: 'text', fence: 'text', render: formatText, use: 'Plain text in APA style (the default): paste it into a reference list.' },
  { format: 'bibtex', fence: 'bibtex', render: formatBibtex, use: 'BibTeX for LaTeX (BibTeX and biber); special characters are escaped.' },
  { format: 'csl-json', fence: 'json', render: formatCslJson, use: 'CSL-JSON for Zotero, Pandoc (`--bibliography`) and any citeproc.' },
  { format: 'ris', fence: 'text', render: formatRis, use: 'RIS for EndNote, Mendeley, Zotero and other reference managers.' },
] as const;

/** The code blocks of one target: every format, exactly as `cite()` returns it. */
function targetSection(target: 'dataset' | 'treaty', work: CitationWork): string {
  return FORMATS.map(({ format, fence, render, use }) => {
    const call = target === 'dataset' ? (format === 'text' ? 'cite()' : `cite({ format: '${format}' })`) : `cite({ format: '${format}', target: 'treaty' })`;
    return [`### \`${call}\``, '', use, '', `\`\`\`${fence}`, render(work).replace(/\n$/, ''), '```', ''].join('\n');
  }).join('\n');
}

/** Renders `docs/citing.md` for the data release in package.json. */
export function citingDoc(release: DatasetRelease): string {
  const dataset = datasetWork(release);
  const treaty = treatyWork();
  return `---
title: Citing
---

# Citing

${generatedBy('scripts/emit-docs.ts from `cite()`\'s format builders and package.json')}

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
