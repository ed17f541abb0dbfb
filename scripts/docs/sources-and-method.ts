import * as data from '../../src/data/index.js';
import { border } from '../../src/border/index.js';
import { ConfidenceSchema } from '../../src/schemas/common.js';
import { SourceSchema } from '../../src/schemas/source.js';
import { cell, generatedBy, link, table } from './markdown.js';

/** Every record collection a citation can stand in, by the name users import. */
const COLLECTIONS: Readonly<Record<string, unknown>> = {
  events: data.events,
  signatories: data.signatories,
  parties: data.parties,
  ratifications: data.ratifications,
  registration: [data.registration],
  articles: data.articles,
  places: data.places,
  treaty: [data.treaty],
  border: border.features,
};

/** How many times each source id is cited (`{ source, locator }`), anywhere in the records and the border. */
export function citationCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') counts.set(child, (counts.get(child) ?? 0) + 1);
        else walk(child);
      }
    }
  };
  // The treaty aggregates the other records: count it without them.
  const { treaty, ...rest } = COLLECTIONS;
  Object.values(rest).forEach(walk);
  const own = treaty as readonly Record<string, unknown>[];
  for (const record of own) for (const key of ['names', 'authenticLanguages', 'wikidata', 'sources']) walk(record[key]);
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
  for (const [collection, records] of Object.entries(COLLECTIONS)) {
    if (collection === 'treaty' || collection === 'border') continue;
    for (const record of records as readonly { id: string }[]) visit(collection, record.id, record, '');
  }
  return rows;
}

/** The meanings a schema's description gives its enum values (`high: …; medium: …`). */
function meanings(description: string | undefined, values: readonly string[]): string[][] {
  return values.map((value) => [`\`${value}\``, cell(new RegExp(`(?:^|; )${value}: ([^;]+)`).exec(description ?? '')?.[1]?.replace(/\.$/, ''))]);
}

/** Renders `docs/sources-and-method.md`. */
export function sourcesAndMethodDoc(): string {
  const counts = citationCounts();
  const sources = [...data.sources];
  const primary = sources.filter((source) => source.kind === 'primary').length;
  const bibliography = sources.map((source) => [
    `\`${source.id}\``,
    link(source.title, source.url),
    cell([source.author, source.publisher].filter(Boolean).join('; ')),
    cell(source.year),
    source.kind,
    cell(source.language),
    String(counts.get(source.id) ?? 0),
  ]);
  const uncited = sources.filter((source) => !counts.has(source.id)).length;
  return `---
title: Sources and method
---

# Sources and method

${generatedBy('scripts/emit-docs.ts from the records (`src/data/`), the border and the schemas')}

## How facts were chosen

The facts come from the project's research dossier, which read stored public copies of the treaty's
texts, official collections, contemporary publications, scholarship and encyclopedias, and graded
every fact. Each value in the package carries **its own citations**: \`sources: [{ source, locator,
quote? }]\`, where \`source\` is an id in the bibliography below, \`locator\` says where in the work
(page, article, section, table row) and \`quote\` copies the words where they were seen. Nothing is
stated without a source; a value nobody found is **absent**, never guessed.

The bibliography has ${sources.length} works: ${primary} primary and ${sources.length - primary} secondary.

${table(['kind', 'meaning'], meanings(SourceSchema.shape.kind.meta()?.description, SourceSchema.shape.kind.options))}

Where a record grades its evidence, it uses \`confidence\`:

${table(['confidence', 'meaning'], meanings(ConfidenceSchema.meta()?.description, ConfidenceSchema.options))}

Rules the data follows:

- The **preferred** value is the one with the best sources: a treaty text or an official collection
  over a secondary work, independent sources over copies of one another, a page-cited printed work
  over an unreferenced page. Known errors in circulation (such as "June 12, 1920" for the signing)
  never enter the data.
- Dates are ISO 8601 (\`YYYY-MM-DD\`), as the sources give them.
- Names are kept as the sources write them (the 1920 English translation for \`names.printed\`).
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

## Bibliography

Every work the records and the border cite, with how many citations in the data point to it${
    uncited > 0 ? ` (${uncited} listed works are not cited by any record yet)` : ''
  }. The same list ships as \`data/sources.json\`.

${table(['id', 'title', 'author; publisher', 'year', 'kind', 'language', 'citations'], bibliography)}
`;
}
