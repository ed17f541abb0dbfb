import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import emitCitation from '../../scripts/emit/citation-cff.js';
import { registration } from '../../src/data/registration.js';
import { treaty } from '../../src/data/treaty.js';

const root = new URL('../../', import.meta.url);
const read = async (path: string) => readFile(new URL(path, root), 'utf8');

/** Keys CFF 1.2.0 allows at the top level and in a reference (citation-file-format schema.json). */
const TOP_LEVEL = [
  'abstract',
  'authors',
  'cff-version',
  'commit',
  'contact',
  'date-released',
  'doi',
  'identifiers',
  'keywords',
  'license',
  'license-url',
  'message',
  'preferred-citation',
  'references',
  'repository',
  'repository-artifact',
  'repository-code',
  'title',
  'type',
  'url',
  'version',
];
const REFERENCE = [
  'abbreviation',
  'abstract',
  'authors',
  'collection-doi',
  'collection-title',
  'collection-type',
  'commit',
  'conference',
  'contact',
  'copyright',
  'data-type',
  'database',
  'database-provider',
  'date-accessed',
  'date-downloaded',
  'date-published',
  'date-released',
  'department',
  'doi',
  'edition',
  'editors',
  'editors-series',
  'end',
  'entry',
  'filename',
  'format',
  'identifiers',
  'institution',
  'isbn',
  'issn',
  'issue',
  'issue-date',
  'issue-title',
  'journal',
  'keywords',
  'languages',
  'license',
  'license-url',
  'loc-end',
  'loc-start',
  'location',
  'medium',
  'month',
  'nihmsid',
  'notes',
  'number',
  'number-volumes',
  'pages',
  'patent-states',
  'pmcid',
  'publisher',
  'recipients',
  'repository',
  'repository-artifact',
  'repository-code',
  'scope',
  'section',
  'senders',
  'start',
  'status',
  'term',
  'thesis-type',
  'title',
  'translators',
  'type',
  'url',
  'version',
  'volume',
  'volume-title',
  'year',
  'year-original',
];
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

interface Reference {
  readonly type: string;
  readonly title: string;
  readonly authors: readonly { readonly name?: string }[];
  readonly [key: string]: unknown;
}

describe('CITATION.cff', async () => {
  const text = await read('CITATION.cff');
  const cff = parse(text) as Record<string, unknown> & { references: readonly Reference[] };
  const manifest = JSON.parse(await read('package.json')) as { version: string; released: string; license: string; files: string[] };

  it('is what scripts/emit/citation-cff.ts produces now (recomputed, not stale)', async () => {
    const [file] = await emitCitation();
    expect(file?.path).toBe('CITATION.cff');
    expect(text).toBe(file?.content);
  });

  it('has the required CFF 1.2.0 keys and no unknown ones', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['authors', 'cff-version', 'message', 'title']) expect(cff).toHaveProperty([key]);
    expect(Object.keys(cff).filter((key) => !TOP_LEVEL.includes(key))).toEqual([]);
    for (const reference of cff.references) {
      expect(Object.keys(reference).filter((key) => !REFERENCE.includes(key))).toEqual([]);
      for (const key of ['authors', 'title', 'type']) expect(reference).toHaveProperty([key]);
      expect(reference.authors.length).toBeGreaterThan(0);
    }
  });

  it('describes the dataset at its version and release date, under the data licence', () => {
    expect(cff.type).toBe('dataset');
    expect(cff.version).toBe(manifest.version);
    expect(cff['date-released']).toBe(manifest.released);
    expect(cff['date-released']).toMatch(ISO_DATE);
    expect(cff.license).toBe('CC-BY-4.0');
    expect(manifest.license).toContain(cff.license);
  });

  it('references the treaty (with its LNTS volume and pages) and the League of Nations Treaty Series', () => {
    const english = treaty.names.find((name) => name.language === 'en' && name.kind === 'title')?.name;
    const rule = cff.references.find((reference) => reference.type === 'legal-rule');
    expect(rule).toMatchObject({
      title: english,
      'date-published': treaty.signedOn,
      'collection-title': registration.series,
      volume: registration.volume,
      start: registration.pages.first,
      end: registration.pages.last,
    });
    expect(rule?.authors.map((author) => author.name)).toEqual(treaty.parties.map((party) => party.name.en));
    const serial = cff.references.find((reference) => reference.type === 'serial');
    expect(serial).toMatchObject({ title: registration.series, volume: registration.volume });
  });

  it('is shipped in the package', () => {
    expect(manifest.files).toContain('CITATION.cff');
  });
});
