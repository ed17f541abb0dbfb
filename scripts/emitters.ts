/**
 * Every generator, by stage: modules under scripts/ whose default export is
 * an `Emitter`, each loaded only when its stage runs. An emitter may import
 * (at run time) the generated modules that earlier stages write, never those
 * of its own stage or a later one: `npm run generate` writes each stage
 * before it loads the next, so one process leaves every file up to date
 * (tests/generated.test.ts checks the imports). Add one line per emitter
 * module, in the first stage whose outputs it does not read.
 */
export const stages: readonly (readonly string[])[] = [
  // 1. Generated modules computed from the records and package.json alone.
  ['emit/meta.ts', 'emit/dates.ts', 'emit/basis-dates.ts', 'emit/border.ts', 'emit/record-types.ts'],
  // 2. Generated modules that read stage 1 (the treaty records read dates.generated).
  ['emit/citation-tables.ts', 'emit/sources.ts'],
  // 3. Everything else: raw files, JSON Schemas, id unions (types only), guides and pictures.
  [
    'emit/json.ts',
    'emit/csv.ts',
    'emit/history-data.ts',
    'emit/history-geo.ts',
    'emit/lpf.ts',
    'emit/json-schema.ts',
    'emit/ids.ts',
    'site/data-dictionary.ts',
    'emit/citation-cff.ts',
    'emit/datapackage.ts',
    'emit/size-limit.ts',
    'site/guides.ts',
    'site/fact-sheet.ts',
    'site/fact-sheet-one-page.ts',
    'site/history-picture.ts',
    'site/map-svg.ts',
    'site/timeline-svg.ts',
  ],
];
