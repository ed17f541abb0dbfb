import { readdir, readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { controlPeriods } from '../../src/history/records/index.js';
import { rawPath } from '../../src/internal/raw-files.js';

const root = new URL('../../', import.meta.url);
const readText = (path: string): Promise<string> => readFile(new URL(path, root), 'utf8');
const readJson = async (path: string): Promise<unknown> => JSON.parse(await readText(path));

/** Which JSON Schema each raw JSON file of `lt-ru-1920/history` is checked against, record by record (paths from the one list of raw files). */
const shipped = (
  [
    ['control-periods', 'ControlPeriod'],
    ['history-places', 'HistoryPlace'],
    ['holders', 'Holder'],
    ['titles', 'Title'],
    ['figures', 'Figure'],
    ['history-sources', 'Source'],
  ] as const
).map(([collection, schema]) => [rawPath(collection, 'json'), schema] as const);

/** Splits RFC 4180 CSV text (CRLF rows, quoted fields) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('raw files of lt-ru-1920/history', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const file of await readdir(new URL('schemas/', root))) {
    if (file.endsWith('.schema.json')) ajv.addSchema((await readJson(`schemas/${file}`)) as object);
  }

  for (const [path, name] of shipped) {
    it(`${path} is valid ${name} data (ajv)`, async () => {
      const validateRecord = ajv.getSchema(`https://unpkg.com/lt-ru-1920/schemas/${name}.schema.json`);
      if (!validateRecord) throw new Error(`schema ${name} not loaded`);
      const records = (await readJson(path)) as unknown[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(validateRecord(record) ? [] : validateRecord.errors).toEqual([]);
    });
  }

  it('ajv rejects a control period the zod schema rejects', () => {
    const validatePeriod = ajv.getSchema('https://unpkg.com/lt-ru-1920/schemas/ControlPeriod.schema.json');
    expect(
      validatePeriod?.({ id: 'x', place: 'vilnius', from: '1930', to: '1931-01-01', controller: 'poland', event: null, confidence: 'high', sources: [] }),
    ).toBe(false);
  });

  it('data/control-periods.csv has one row per period, with an empty cell where the controller is unknown', async () => {
    const [header, ...rows] = parseCsv(await readText('data/control-periods.csv'));
    expect(header).toEqual(['id', 'place', 'from', 'to', 'controller', 'event', 'confidence', 'kind', 'from_variants', 'note', 'sources']);
    expect(rows.map((row) => row[0])).toEqual(controlPeriods.map((period) => period.id));
    rows.forEach((row, index) => {
      const period = controlPeriods[index];
      expect(row.slice(1, 5)).toEqual([period?.place, period?.from, period?.to, period?.controller ?? '']);
    });
  });
});
