import { readdir, readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { rawFiles, rawPath } from '../src/internal/raw-files.js';

const root = new URL('../', import.meta.url);
const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/** An ajv instance holding every shipped JSON Schema, so cross-file `$ref`s resolve. */
async function loadAjv(): Promise<Ajv2020> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const file of await readdir(new URL('schemas/', root))) {
    if (file.endsWith('.schema.json')) ajv.addSchema((await readJson(`schemas/${file}`)) as object);
  }
  return ajv;
}

/** Which JSON Schema each raw data file is checked against (paths from the one list of raw files); arrays are checked item by item. */
const shipped = (
  [
    ['treaty', 'json', 'Treaty'],
    ['events', 'json', 'Event'],
    ['signatories', 'json', 'Signatory'],
    ['parties', 'json', 'Party'],
    ['articles', 'json', 'Article'],
    ['places', 'json', 'Place'],
    ['sources', 'json', 'Source'],
    ['border', 'geojson', 'BorderCollection'],
    ['waypoints', 'geojson', 'WaypointCollection'],
    ['segments', 'geojson', 'BorderLineCollection'],
    ['territory', 'geojson', 'Territory'],
  ] as const
).map(([collection, format, schema]) => [rawPath(collection, format), schema] as const);

/** Raw files with no JSON Schema of their own: the JSON of ./history (tests/history/raw-files.test.ts), and flat views checked in tests/files/. */
const checkedElsewhere = new Set(['history-places', 'control-periods', 'holders', 'titles', 'figures', 'history-sources']);

it('checks every raw JSON and GeoJSON file of the list here or names where it is checked', () => {
  const unchecked = rawFiles.filter(
    (file) => (file.format === 'json' || file.format === 'geojson') && !shipped.some(([path]) => path === file.path) && !checkedElsewhere.has(file.collection),
  );
  expect(unchecked).toEqual([]);
});

describe('raw JSON validates against the shipped JSON Schemas (ajv, an independent validator)', async () => {
  const ajv = await loadAjv();
  for (const [path, name] of shipped) {
    it(`${path} is valid ${name} data`, async () => {
      const validateRecord = ajv.getSchema(`https://unpkg.com/lt-ru-1920/schemas/${name}.schema.json`);
      if (!validateRecord) throw new Error(`schema ${name} not loaded`);
      const value = await readJson(path);
      const records = Array.isArray(value) ? value : [value];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(validateRecord(record) ? [] : validateRecord.errors).toEqual([]);
    });
  }
  it('ajv rejects a record the zod schema rejects', () => {
    const validateEvent = ajv.getSchema('https://unpkg.com/lt-ru-1920/schemas/Event.schema.json');
    expect(validateEvent?.({ id: 'Not Kebab', date: '12 July 1920' })).toBe(false);
  });
});
