import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { events, registration, signatories, sources, treaty } from '../../src/data/index.js';
import { root } from './pack.js';

/** Bundles `source` (importing from the built package) and returns the input files that put bytes in the output, and the minified code. */
async function bundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input);
  return { inputs, code: result.outputFiles[0]?.text ?? '', warnings: result.warnings.map((warning) => warning.text) };
}

// `import { SIGNED_ON }` tree-shaking is checked from the installed tarball in bundlers.test.ts.
describe('users pay only for what they import', () => {
  it('`import { treaty }` contains no zod', async () => {
    const { inputs } = await bundle("import { treaty } from 'lt-ru-1920'; console.log(treaty);");
    expect(inputs.filter((input) => input.includes('zod'))).toEqual([]);
  });
  it('the data entry contains no coordinate from the border', async () => {
    const { inputs, code } = await bundle("export * from 'lt-ru-1920';");
    expect(inputs.filter((input) => input.includes('border') || input.includes('history') || input.includes('zod'))).toEqual([]);
    expect(code).not.toMatch(/2[0-9]\.\d{4,}/);
    expect(code, 'a degrees-minutes coordinate (citeRecord cites the border without them)').not.toMatch(/\d°\s?\d/);
  });
  it('`import { cite }` carries no record (no signatory, event, source, registration quote or other treaty name)', async () => {
    const { code } = await bundle("import { cite } from 'lt-ru-1920'; console.log(cite({ target: 'treaty' }));");
    const texts = [
      ...signatories.map((person) => person.names.printed),
      ...events.map((event) => event.title.en),
      ...sources.map((source) => source.title),
      ...registration.sources.flatMap((ref) => (ref.quote === undefined ? [] : [ref.quote])),
    ];
    expect(texts.filter((text) => code.includes(text))).toEqual([]);
    expect(code).not.toContain(treaty.names.find((name) => name.language === 'lt')?.name);
  });
  it('`import { getEvent }` pulls the events and none of the other records', async () => {
    const { code } = await bundle("import { getEvent } from 'lt-ru-1920'; console.log(getEvent('treaty-signed'));");
    expect(code).toContain('treaty-signed');
    // One marker of each other record group: a source URL, a place name, a signatory's printed name, an article id.
    for (const marker of ['wikipedia.org', 'Moskwa', 'Thomas Narusevicius', 'article-2-secret-supplement']) expect(code).not.toContain(marker);
  });
  it('every entry bundles without a single esbuild warning', async () => {
    for (const entry of ['lt-ru-1920', 'lt-ru-1920/schemas', 'lt-ru-1920/border', 'lt-ru-1920/history']) {
      const { warnings } = await bundle(`export * from '${entry}';`);
      expect(warnings, entry).toEqual([]);
    }
  });
});
