import * as data from '../../src/data/index.js';
import { ConfidenceSchema } from '../../src/schemas/common.js';
import { SourceTierSchema } from '../../src/schemas/source.js';
import { allSources, citationsOf, collections, sourcedValues, tiers, weaklySourced } from '../lint/provenance.js';
import { cell, generatedBy, link, table } from './markdown.js';

/** How many times each source id is cited (`{ source, locator }`), anywhere in the records and the border. */
export function citationCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ref of citationsOf(sourcedValues())) counts.set(ref.source, (counts.get(ref.source) ?? 0) + 1);
  return counts;
}

/** One row per variant anywhere in the records: the record, the field, the preferred value, the variant and its sources. */
export function variantRows(): string[][] {
  const rows: string[][] = [];
  const visit = (collection: string, id: string, value: unknown, path: string): void => {
    if (Array.isArray(value)) return;
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const variants = object.variants as readonly { value: string; sources: readonly { source: string; locator: string }[]; note?: string }[] | undefined;
    if (variants) {
      const preferred = object.date ?? object.value ?? object.pages;
      const field = `${path}${'date' in object ? 'date' : 'value'}`;
      for (const variant of variants) {
        rows.push([
          `\`${collection}\``,
          `\`${id}\``,
          `\`${field}\``,
          cell(typeof preferred === 'string' ? preferred : JSON.stringify(preferred)),
          cell(variant.value),
          cell(variant.sources.map((ref) => `${ref.source} (${ref.locator})`).join('; ')),
          cell(variant.note),
        ]);
      }
    }
    for (const [key, child] of Object.entries(object)) if (key !== 'variants' && key !== 'sources') visit(collection, id, child, `${path}${key}.`);
  };
  for (const [collection, records] of Object.entries(collections())) {
    if (collection === 'treaty' || collection === 'border') continue;
    for (const record of records as readonly { id: string }[]) visit(collection, record.id, record, '');
  }
  return rows;
}

/** The meanings a schema's description gives its enum values (`high: …; medium: …`). */
function meanings(description: string | undefined, values: readonly string[]): string[][] {
  return values.map((value) => [`\`${value}\``, cell(new RegExp(`(?:^|; )${value}: ([^;]+)`).exec(description ?? '')?.[1]?.replace(/\.$/, ''))]);
}

/** The meaning the tier schema's description gives each tier (`primary (documents of the time: …); scholarly (…)`). */
function tierMeanings(): Map<string, string> {
  const description = SourceTierSchema.meta()?.description ?? '';
  return new Map(SourceTierSchema.options.map((tier) => [tier, new RegExp(`(?:: |; )${tier} \\((.+?)\\)(?=;|\\.$)`).exec(description)?.[1] ?? '']));
}

/** One row per preferred value resting on wiki or derivative sources alone: the research agenda. */
function agendaRows(): string[][] {
  const tierOf = tiers();
  return weaklySourced().map((value) => {
    const [collection, id] = value.record.split('/');
    return [
      `\`${collection}\``,
      `\`${id}\``,
      value.path ? `\`${value.path}\`${value.label ? ` ${cell(`“${value.label}”`)}` : ''}` : '(record)',
      cell(value.sources.map((ref) => `${ref.source} (${tierOf.get(ref.source)})`).join('; ')),
      cell(value.confidence),
    ];
  });
}

/** Renders `docs/sources-and-method.md`. */
export function sourcesAndMethodDoc(): string {
  const counts = citationCounts();
  const sources = allSources();
  const meaning = tierMeanings();
  const tierRows = SourceTierSchema.options.map((tier) => [
    `\`${tier}\``,
    cell(meaning.get(tier)),
    String(sources.filter((source) => source.tier === tier).length),
  ]);
  const agenda = agendaRows();
  const bibliography = sources.map((source) => [
    `\`${source.id}\``,
    link(source.title, source.url),
    cell([source.author, source.publisher].filter(Boolean).join('; ')),
    cell(source.year),
    source.tier,
    cell(source.language),
    String(counts.get(source.id) ?? 0),
  ]);
  const uncited = sources.filter((source) => !counts.has(source.id)).length;
  return `---
title: Sources and method
---

# Sources and method

${generatedBy('scripts/site/guides.ts from the records (`src/data/`), the border and the schemas')}

## How facts were chosen

The facts come from the project's research dossier, which read stored public copies of the treaty's
texts, official collections, contemporary publications, scholarship and encyclopedias, and graded
every fact. Each value in the package carries **its own citations**: \`sources: [{ source, locator,
quote? }]\`, where \`source\` is an id in the bibliography below, \`locator\` says where in the work
(page, article, section, table row) and \`quote\` copies the words where they were seen. Nothing is
stated without a source; a value nobody found is **absent**, never guessed.

Every citation can be followed into its work: the locator names a page (\`p. 1121\`), an article
(\`Art. XII\`), a table row or a record number, or a quoted heading (\`§ “Background”\`); a web page
without page numbers gets a \`quote\` of the source's own words (at least 8 characters) to search for.
No locator points at the project's own research notes. \`tests/provenance.test.ts\` checks all of this
for every citation of \`lt-ru-1920\`, \`lt-ru-1920/border\` and \`lt-ru-1920/history\`.

## How sources are ranked

Each source has a \`tier\`: how close it stands to the events. Every sourced value lists its strongest
source first, and a value resting on \`derivative\` sources alone has \`confidence: 'low'\`. The
bibliography has ${sources.length} works:

${table(['tier', 'meaning', 'sources'], tierRows)}

### The tier rule

Ask of each work, in this order, and stop at the first answer that fits:

1. **Was the text made at the time of the facts it is cited for, by a party, an official body or the press
   of the time?** Then it is \`primary\`: a treaty, a law, a decree, a note, an official gazette or
   collection (the LNTS, the BFSP, Dziennik Ustaw), a news report or yearbook of the time. A scan, a
   facsimile or an exact edition of such a text keeps it primary; the source's note says which copy was
   read. A text written later, even by a participant (a memoir, a memorial article, a background memo
   written years after), is not primary for the facts before it: \`dated\` gives the year of the text.
2. **Is it academic work?** Monographs, articles and theses by named scholars, and critical editions of
   documents (a documentary collection with its editors and apparatus): \`scholarly\`.
3. **Is it a reference work or the information page of an institution?** Encyclopaedias, biographical
   dictionaries, lexicons, gazetteers and geodata sets, and the pages of museums, archives, libraries and
   public bodies — their exhibition texts, press communiqués, education portals, and their reprints of
   documents (the institution answers for the copy; cite the document itself where it can be read):
   \`reference\`.
4. **Is it an open wiki read at the wiki itself?** Wikipedia in any language: \`wiki\`.
5. **Otherwise** — a mirror or proxy of a web page, a retyped or machine-translated copy whose fidelity
   cannot be checked, a summary, a popular retelling, a pamphlet reproducing another author's
   work, a page whose original cannot be named — it is \`derivative\`.

The tier ranks the work, not the copy that was read, as long as the copy reproduces a named work whole
(the British and Foreign State Papers read in Google Books stay \`primary\`; a scholar's book read in a
full-text web copy stays \`scholarly\`, with the copy named in the note; an OCR text of a named book keeps
the book's tier, and its note records the OCR errors). A copy that changes the text or
cannot be traced to a named original is \`derivative\`. One work has one record: two sources never share
a URL. Where a work was re-tiered by this rule, its note says why (for example \`persky\`: "Tier reference,
not primary: a memorial article written in 1940…"). The \`kind\` field of each source (\`primary\`: a
treaty text or an official collection; \`secondary\`: everything written about it) is kept in the data but
no longer ranks anything.

\`tests/provenance.test.ts\` checks what a machine can see of this rule: a source whose note says it was
read in a machine translation, a retyped copy, a mirror or a proxy is \`derivative\`; every \`primary\`
source states the year of its text, no later than the year after the facts it is cited for; no two
sources share a URL.

Where a record grades its evidence, it uses \`confidence\`:

${table(['confidence', 'meaning'], meanings(ConfidenceSchema.meta()?.description, ConfidenceSchema.options))}

Rules the data follows:

- The **preferred** value is the one with the best sources: a treaty text or an official collection
  over a secondary work, independent sources over copies of one another, a page-cited printed work
  over an unreferenced page. Known errors in circulation (such as "June 12, 1920" for the signing)
  never enter the data.
- Dates are ISO 8601 (\`YYYY-MM-DD\`), as the sources give them.
- Names are kept as the sources write them (the 1920 English translation for \`names.printed\`).
- A name form that no cited source gives (our own translation) is listed, by field path, in the
  record's \`editorial\` array (for example \`["body.lt"]\`); titles, descriptions, summaries and notes are
  always the dataset's own wording.
- Ids are stable and never reused.

## How disputed values are recorded

When sources disagree, the record keeps the preferred value and lists every other value as a
**variant** with its own sources and a note on why the preferred value was preferred. Nothing is
averaged or silently overwritten. These are all the variants in this version:

${table(['collection', 'record', 'field', 'preferred', 'variant', 'variant sources', 'note'], variantRows())}

## What is not known

The research looked for these and did not find them; they are absent from the data and listed in
\`treaty.unknown\`:

${data.treaty.unknown?.map((item) => `- ${item}`).join('\n') ?? '- (nothing)'}

## Research agenda: values resting on wiki or derivative sources alone

These ${agenda.length} preferred values (variants left aside) are carried only by Wikipedia or by copies,
summaries and machine translations. Each is a place where a primary or scholarly source is still to be
found:

${table(['collection', 'record', 'field', 'sources (tier)', 'confidence'], agenda)}

## Bibliography

Every work the records and the border cite, with how many citations in the data point to it${
    uncited > 0 ? ` (${uncited} listed works are not cited by any record yet)` : ''
  }. The same list ships as \`data/sources.json\` (the works cited by \`lt-ru-1920\` and its border) and
\`data/history-sources.json\` (the works cited only by \`lt-ru-1920/history\`).

${table(['id', 'title', 'author; publisher', 'year', 'tier', 'language', 'citations'], bibliography)}
`;
}
