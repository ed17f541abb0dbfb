import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { run as Run } from './run.js';

// Each test loads the command afresh, so that mutation testing attributes its
// table of files (built when the module loads) to every test here.
let run: typeof Run;
beforeEach(async () => {
  vi.resetModules();
  ({ run } = await import('./run.js'));
});

/** The file under data/ that each collection exports, by format. */
const FILES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  events: { json: 'events.json', csv: 'events.csv' },
  signatories: { json: 'signatories.json', csv: 'signatories.csv' },
  articles: { json: 'articles.json' },
  sources: { json: 'sources.json' },
  places: { json: 'places.json' },
  waypoints: { json: 'waypoints.geo.json', geojson: 'waypoints.geo.json' },
  segments: { json: 'border-line.geo.json', geojson: 'border-line.geo.json' },
  territory: { json: 'territory.geo.json', geojson: 'territory.geo.json' },
  border: { json: 'border.geo.json', geojson: 'border.geo.json' },
  'control-periods': { json: 'control-periods.json', csv: 'control-periods.csv' },
  titles: { json: 'titles.json' },
};

const usageError = (message: string) => ({ code: 2, stdout: '', stderr: `lt-ru-1920: ${message}\n` });

describe('lt-ru-1920 export', () => {
  it('prints, for every collection and format, the file the package ships under data/', async () => {
    for (const [collection, byFormat] of Object.entries(FILES)) {
      for (const [format, file] of Object.entries(byFormat)) {
        expect(await run(['export', collection, '--format', format]), `${collection} ${format}`).toEqual({ code: 0, stdout: readFileSync(`data/${file}`, 'utf8'), stderr: '' });
      }
    }
  });
  it('lists each collection with its formats in --help', async () => {
    const { stdout } = await run(['export', '--help']);
    const table = Object.entries(FILES).map(([collection, byFormat]) => `  ${collection.padEnd(16)} ${Object.keys(byFormat).join(', ')}`);
    expect(stdout).toContain(`\n${table.join('\n')}\n`);
  });
  it('--out writes the file and says how many bytes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lt-ru-1920-export-')), 'events.csv');
    const text = readFileSync('data/events.csv', 'utf8');
    expect(await run(['export', 'events', '--format', 'csv', '--out', out])).toEqual({
      code: 0,
      stdout: `wrote events as csv to ${out} (${Buffer.byteLength(text)} bytes)\n`,
      stderr: '',
    });
    expect(readFileSync(out, 'utf8')).toBe(text);
  });
  it('a file that cannot be written exits 1 naming it and the reason', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lt-ru-1920-export-')), 'no', 'such', 'dir', 'events.csv');
    expect(await run(['export', 'events', '--format', 'csv', '--out', out])).toEqual({ code: 1, stdout: '', stderr: `lt-ru-1920: cannot write --out ${JSON.stringify(out)}: ENOENT\n` });
  });
  it('an unknown collection (also a name of Object.prototype), a missing, unknown or unavailable format, or an empty --out is a usage error', async () => {
    const collections = Object.keys(FILES).join(', ');
    expect(await run(['export', 'treaties', '--format', 'json'])).toEqual(usageError(`COLLECTION "treaties" is not one of ${collections}`));
    expect(await run(['export', 'constructor', '--format', 'json'])).toEqual(usageError(`COLLECTION "constructor" is not one of ${collections}`));
    expect(await run(['export', 'signatories'])).toEqual(usageError('--format is required: one of json, csv for signatories'));
    expect(await run(['export', 'events', '--format', 'xml'])).toEqual(usageError('--format "xml" is not one of json, csv, geojson'));
    expect(await run(['export', 'events', '--format', 'geojson'])).toEqual(usageError('--format geojson is not available for events; use json or csv'));
    expect(await run(['export', 'events', '--format', 'csv', '--out', ''])).toEqual(usageError('--out needs a file name'));
  });
});
