import { describe, expect, it } from 'vitest';
import { cite, citeRecord } from '../index.js';
import { run } from './run.js';

const FORMATS = ['text', 'bibtex', 'csl-json', 'ris'] as const;

/** `text` as the command prints it: with exactly one final newline. */
const printed = (text: string) => `${text.replace(/\n+$/, '')}\n`;

describe('lt-ru-1920 cite', () => {
  it('prints cite() of the dataset by default and of the target asked for, in each format, ending in one newline', async () => {
    expect(await run(['cite'])).toEqual({ code: 0, stdout: printed(cite()), stderr: '' });
    for (const format of FORMATS) {
      expect((await run(['cite', '--format', format])).stdout, format).toBe(printed(cite({ format })));
      for (const target of ['dataset', 'treaty'] as const) {
        expect((await run(['cite', '--format', format, '--target', target])).stdout, `${format} ${target}`).toBe(printed(cite({ format, target })));
      }
    }
  });
  it('--record prints citeRecord() of that record, in each format', async () => {
    for (const format of FORMATS)
      expect((await run(['cite', '--record', 'treaty-signed', '--format', format])).stdout, format).toBe(printed(citeRecord('treaty-signed', { format })));
  });
  it('an unknown record exits 1 saying which ids --record takes', async () => {
    expect(await run(['cite', '--record', 'treaty-signd'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lt-ru-1920: no record "treaty-signd"; --record takes the id of an event, signatory, article, party, place, source, waypoint or segment\n',
    });
  });
  it('an unknown target, or --target with --record, is a usage error', async () => {
    expect(await run(['cite', '--target', 'map'])).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: --target "map" is not one of dataset, treaty\n' });
    expect(await run(['cite', '--record', 'treaty-signed', '--target', 'dataset'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: --record and --target cannot be combined: --record cites one record, --target the dataset or the treaty\n',
    });
  });
});

describe('lt-ru-1920 cite --kind', () => {
  it('says which kind of record an id names, where one id names two', async () => {
    const { run } = await import('./run.js');
    const { citeRecord } = await import('../index.js');
    expect((await run(['cite', '--record', 'pastavy', '--kind', 'waypoint'])).stdout).toBe(`${citeRecord('pastavy', { kind: 'waypoint' })}\n`);
    expect((await run(['cite', '--record', 'pastavy', '--kind', 'place'])).stdout).toBe(`${citeRecord('pastavy', { kind: 'place' })}\n`);
    expect(await run(['cite', '--record', 'vilnius', '--kind', 'event'])).toEqual({ code: 1, stdout: '', stderr: 'lt-ru-1920: no event "vilnius"\n' });
    expect(await run(['cite', '--record', 'pastavy', '--kind', 'town'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lt-ru-1920: --kind "town" is not one of treaty, event, signatory, article, party, place, ratification, registration, source, waypoint, segment\n',
    });
    expect(await run(['cite', '--kind', 'event'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: --kind goes with --record: it says which kind of record the id names\n',
    });
  });
});
