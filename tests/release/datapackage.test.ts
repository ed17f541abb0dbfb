import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import emitDatapackage from '../../scripts/emit/datapackage.js';
import { rawFiles } from '../../src/internal/raw-files.js';

const root = new URL('../../', import.meta.url);
const read = async (path: string) => readFile(new URL(path, root));

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly mediatype: string;
  readonly bytes: number;
  readonly hash: string;
  readonly licenses: readonly { readonly name: string }[];
  readonly sources?: readonly { readonly title: string; readonly path?: string }[];
  readonly type?: string;
  readonly description?: string;
  readonly schema?: {
    readonly fields: readonly { readonly name: string; readonly type: string }[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys?: readonly {
      readonly fields: readonly string[];
      readonly reference: { readonly resource: string; readonly fields: readonly string[] };
    }[];
  };
}
const MEDIATYPES: Record<string, string> = {
  '.lpf.json': 'application/ld+json',
  '.geo.json': 'application/geo+json',
  '.schema.json': 'application/schema+json',
  '.json': 'application/json',
  '.csv': 'text/csv',
};
const mediatypeOf = (path: string) => Object.entries(MEDIATYPES).find(([suffix]) => path.endsWith(suffix))?.[1];

describe('datapackage.json', async () => {
  const text = (await read('datapackage.json')).toString('utf8');
  const descriptor = JSON.parse(text) as { $schema: string; name: string; version: string; licenses: unknown[]; sources: unknown[]; resources: Resource[] };
  const manifest = JSON.parse((await read('package.json')).toString('utf8')) as { version: string; files: string[] };

  it('is what scripts/emit/datapackage.ts produces now (recomputed from the emitters, not stale)', async () => {
    const [file] = await emitDatapackage();
    expect(file?.path).toBe('datapackage.json');
    expect(text).toBe(file?.content);
  });

  it('is a Data Package v2 at the version', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.version).toBe(manifest.version);
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(descriptor.sources.length).toBeGreaterThan(0);
  });

  it('has one resource per shipped data file, with the bytes and SHA-256 of the file on disk', async () => {
    const onDisk = [
      ...(await readdir(new URL('data/', root))).filter((file) => /\.(json|csv)$/.test(file)).map((file) => `data/${file}`),
      ...(await readdir(new URL('schemas/', root))).filter((file) => file.endsWith('.schema.json')).map((file) => `schemas/${file}`),
    ].sort();
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(onDisk);
    for (const resource of descriptor.resources) {
      const bytes = await read(resource.path);
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('gives every resource a unique name, its media type, a licence, and the sources of its records', () => {
    const names = descriptor.resources.map((resource) => resource.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.mediatype, resource.path).toBe(mediatypeOf(resource.path));
      expect(resource.licenses.map((license) => license.name)).toContain('CC-BY-4.0');
      if (resource.path.startsWith('data/') && !resource.path.endsWith('sources.json')) expect(resource.sources?.length, resource.path).toBeGreaterThan(0);
    }
    expect(descriptor.resources.some((resource) => resource.mediatype === 'application/geo+json')).toBe(true);
    expect(descriptor.resources.some((resource) => resource.mediatype === 'text/csv')).toBe(true);
  });

  it('is shipped in the package, with the files it describes', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['datapackage.json', 'data', 'schemas']));
  });

  it('lists every raw file of src/internal/raw-files.ts with its description', () => {
    const byPath = new Map(descriptor.resources.map((resource) => [resource.path, resource]));
    for (const raw of rawFiles) expect(byPath.get(raw.path)?.description, raw.path).toBe(raw.description);
  });

  it('marks every CSV as a table (Frictionless v2) with typed fields, a primary key and foreign keys that resolve', async () => {
    const tables = descriptor.resources.filter((resource) => resource.mediatype === 'text/csv');
    expect(tables.map((resource) => resource.path).sort()).toEqual([
      'data/control-periods.csv',
      'data/events.csv',
      'data/history-places.csv',
      'data/signatories.csv',
    ]);
    const byName = new Map(descriptor.resources.map((resource) => [resource.name, resource]));
    for (const resource of tables) {
      expect(resource.type, resource.path).toBe('table');
      const schema = resource.schema;
      if (schema === undefined) throw new Error(`${resource.path}: no schema`);
      const header = (await read(resource.path)).toString('utf8').split('\r\n')[0]?.split(',');
      expect(schema.fields.map((field) => field.name)).toEqual(header);
      expect(schema.primaryKey).toEqual(['id']);
      for (const key of schema.foreignKeys ?? []) {
        const target = byName.get(key.reference.resource);
        expect(target?.type, `${resource.path} → ${key.reference.resource}`).toBe('table');
        expect(target?.schema?.primaryKey).toEqual(key.reference.fields);
        for (const field of key.fields) expect(schema.fields.map((candidate) => candidate.name)).toContain(field);
      }
    }
    const types = (path: string) =>
      Object.fromEntries(tables.find((resource) => resource.path === path)?.schema?.fields.map((field) => [field.name, field.type]) ?? []);
    expect(types('data/control-periods.csv')).toMatchObject({ from: 'date', to: 'date', place: 'string' });
    expect(types('data/history-places.csv')).toMatchObject({ geonames_id: 'integer', longitude: 'number', latitude: 'number', in_treaty_territory: 'boolean' });
    expect(types('data/signatories.csv')).toMatchObject({ order: 'integer', head_of_delegation: 'boolean' });
    expect(types('data/events.csv')).toMatchObject({ date: 'date', end_date: 'date' });
    const periods = tables.find((resource) => resource.path === 'data/control-periods.csv');
    expect(periods?.schema?.foreignKeys).toEqual([
      { fields: ['place'], reference: { resource: 'history-places-csv', fields: ['id'] } },
      { fields: ['event'], reference: { resource: 'events-csv', fields: ['id'] } },
    ]);
  });

  it('every foreign key value of a CSV is a primary key of the table it names', async () => {
    const rows = async (path: string) => {
      const [header, ...body] = (await read(path)).toString('utf8').trimEnd().split('\r\n');
      const names = header?.split(',') ?? [];
      // The key columns come before any quoted free text, so a plain split is enough for them.
      return body.map((line) =>
        Object.fromEntries(
          line
            .split(',')
            .slice(0, names.length)
            .map((value, index) => [names[index], value]),
        ),
      );
    };
    const ids = async (path: string) => new Set((await rows(path)).map((row) => row.id));
    const periods = await rows('data/control-periods.csv');
    const places = await ids('data/history-places.csv');
    const events = await ids('data/events.csv');
    expect(periods.filter((row) => !places.has(row.place))).toEqual([]);
    expect(periods.filter((row) => row.event !== '' && !events.has(row.event))).toEqual([]);
  });
});
