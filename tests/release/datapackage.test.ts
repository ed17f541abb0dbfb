import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import emitDatapackage from '../../scripts/emit/datapackage.js';

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
}
const MEDIATYPES: Record<string, string> = { '.geo.json': 'application/geo+json', '.schema.json': 'application/schema+json', '.json': 'application/json', '.csv': 'text/csv' };
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
});
