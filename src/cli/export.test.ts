import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rawFiles } from '../internal/raw-files.js';
import type { run as Run } from './run.js';

// Each test loads the command afresh, so that mutation testing attributes its
// table of files (built when the module loads) to every test here.
let run: typeof Run;
beforeEach(async () => {
  vi.resetModules();
  ({ run } = await import('./run.js'));
});

/** The collections in the order `export --help` lists them, with their formats: from the one list of raw files. */
const collections = [...new Set(rawFiles.map((file) => file.collection))];
const formatsOf = (collection: string): string[] => rawFiles.filter((file) => file.collection === collection).map((file) => file.format);
/** Collections shipped only as GeoJSON, for which `--format json` gives the GeoJSON text. */
const geoOnly = collections.filter((collection) => formatsOf(collection).join() === 'geojson');

const usageError = (message: string) => ({ code: 2, stdout: '', stderr: `lt-ru-1920: ${message}\n` });

describe('lt-ru-1920 export', () => {
  it('prints, for every raw file, the file the package ships under data/ (json for a GeoJSON-only collection too)', async () => {
    expect(rawFiles.length).toBeGreaterThanOrEqual(23);
    for (const file of rawFiles) {
      expect(await run(['export', file.collection, '--format', file.format]), file.path).toEqual({
        code: 0,
        stdout: readFileSync(file.path, 'utf8'),
        stderr: '',
      });
    }
    expect(geoOnly).toEqual(['waypoints', 'segments', 'territory', 'border']);
    for (const collection of geoOnly) {
      const path = rawFiles.find((file) => file.collection === collection)?.path ?? '';
      expect(await run(['export', collection, '--format', 'json']), collection).toEqual({ code: 0, stdout: readFileSync(path, 'utf8'), stderr: '' });
    }
  });
  it('lists each collection with its formats in --help', async () => {
    const { stdout } = await run(['export', '--help']);
    const formats = (collection: string) =>
      geoOnly.includes(collection)
        ? ['json', 'geojson']
        : formatsOf(collection).sort((a, b) => ['json', 'csv', 'geojson', 'lpf'].indexOf(a) - ['json', 'csv', 'geojson', 'lpf'].indexOf(b));
    const table = collections.map((collection) => `  ${collection.padEnd(16)} ${formats(collection).join(', ')}`);
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
    expect(await run(['export', 'events', '--format', 'csv', '--out', out])).toEqual({
      code: 1,
      stdout: '',
      stderr: `lt-ru-1920: cannot write --out ${JSON.stringify(out)}: ENOENT\n`,
    });
  });
  it('an unknown collection (also a name of Object.prototype), a missing, unknown or unavailable format, or an empty --out is a usage error', async () => {
    expect(await run(['export', 'treaties', '--format', 'json'])).toEqual(usageError(`COLLECTION "treaties" is not one of ${collections.join(', ')}`));
    expect(await run(['export', 'constructor', '--format', 'json'])).toEqual(usageError(`COLLECTION "constructor" is not one of ${collections.join(', ')}`));
    expect(await run(['export', 'signatories'])).toEqual(usageError('--format is required: one of json, csv for signatories'));
    expect(await run(['export', 'events', '--format', 'xml'])).toEqual(usageError('--format "xml" is not one of json, csv, geojson, lpf'));
    expect(await run(['export', 'events', '--format', 'geojson'])).toEqual(usageError('--format geojson is not available for events; use json or csv'));
    expect(await run(['export', 'events', '--format', 'csv', '--out', ''])).toEqual(usageError('--out needs a file name'));
  });
});
