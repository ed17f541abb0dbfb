import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rawFiles } from '../../src/internal/raw-files.js';
import tsupConfig from '../../tsup.config.js';
import { root } from './pack.js';

interface PackageJson {
  readonly files: readonly string[];
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, unknown>>;
  readonly main: string;
  readonly module: string;
  readonly types: string;
  readonly bin?: Readonly<Record<string, string>>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** The names of tsup's entries (`index`, `schemas`, `data/treaty`, …): each becomes four files in dist/. */
function tsupEntryNames(): string[] {
  if (typeof tsupConfig === 'function' || Array.isArray(tsupConfig)) throw new Error('tarball.test.ts reads a single tsup config object');
  const { entry } = tsupConfig;
  if (entry === undefined || Array.isArray(entry)) throw new Error('tarball.test.ts expects named tsup entries ({ name: path })');
  return Object.keys(entry);
}

/** Every built entry file: ESM, CJS and both declaration flavours of every tsup entry. */
const entryFiles = tsupEntryNames().flatMap((name) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${name}.${ext}`));

/** Files npm always puts in a tarball, whatever `files` says. */
const alwaysIncluded = [/^package\.json$/, /^README(\.md)?$/i, /^LICENSE(\.md)?$/i];

/**
 * What each `files` entry may contribute: the built entries of tsup.config.ts
 * (ESM, CJS and both declaration flavours), split code and declaration
 * chunks, the raw records and the JSON Schemas. Anything else in the tarball
 * (source maps, tests, sources, stray temp files) fails the test.
 */
const allowedByFilesEntry: Readonly<Record<string, readonly RegExp[]>> = {
  dist: [
    /^dist\/chunk-[\w-]+\.(js|cjs)$/, // code shared by the entries (tsup `splitting`)
    /^dist\/[a-z]+(?:[.-][a-z]+)*-[\w-]+\.d\.c?ts$/, // declarations shared by the entries (named after a module, e.g. record-types.generated-…)
    /^dist\/cli\.js$/, // the `lt-ru-1920` command (tsup.cli.config.ts)
  ],
  data: rawFiles.map((file) => new RegExp(`^${file.path.replaceAll('.', '\\.')}$`)), // exactly the raw files of the one list
  schemas: [/^schemas\/[A-Za-z]+\.schema\.json$/],
  'CITATION.cff': [/^CITATION\.cff$/],
  'datapackage.json': [/^datapackage\.json$/],
  'CHANGELOG.md': [/^CHANGELOG\.md$/],
};

/** `files` entries that exist only once a release has been versioned (`changeset version` writes the changelog). */
const absentBeforeFirstRelease = new Set(['CHANGELOG.md']);

/** Scripts that npm runs on the user's machine during `npm install`. */
const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'];

let tarball: readonly string[] = [];

beforeAll(() => {
  // The files of the tarball this run packed once (tests/support/packed-package.ts), as `npm pack --json` listed them.
  tarball = [...inject('packedPackage').files].sort();
});

/** Every string value in a nested `exports` map: the paths the package promises. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

describe('the tarball (`npm pack`)', () => {
  it('`files` lists exactly the entries the test knows how to check', () => {
    expect([...pkg.files].sort()).toEqual(Object.keys(allowedByFilesEntry).sort());
  });
  it('holds only files that `files` allows, in the shapes expected', () => {
    const allowed = [...alwaysIncluded, ...Object.values(allowedByFilesEntry).flat()];
    expect(tarball.filter((path) => !entryFiles.includes(path) && !allowed.some((pattern) => pattern.test(path)))).toEqual([]);
  });
  it('gets at least one file from every `files` entry and holds package.json, README and LICENSE', () => {
    for (const [entry, patterns] of Object.entries(allowedByFilesEntry)) {
      if (absentBeforeFirstRelease.has(entry)) continue;
      expect(
        tarball.some((path) => patterns.some((pattern) => pattern.test(path))),
        `nothing packed from "${entry}"`,
      ).toBe(true);
    }
    for (const pattern of alwaysIncluded)
      expect(
        tarball.some((path) => pattern.test(path)),
        String(pattern),
      ).toBe(true);
  });
  it('holds every built file of every tsup entry, in both module formats with types', () => {
    expect(entryFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/schemas.cjs', 'dist/border.d.ts', 'dist/history.js', 'dist/history.d.cts']));
    expect(entryFiles.filter((path) => !tarball.includes(path))).toEqual([]);
  });
  it('holds every file that `main`, `module`, `types`, `bin` and the `exports` map point to', () => {
    expect(pkg.bin).toEqual({ 'lt-ru-1920': './dist/cli.js' });
    const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {}), ...exportTargets(pkg.exports)]
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => !target.includes('*'));
    expect(targets.filter((target) => !tarball.includes(target))).toEqual([]);
    for (const pattern of exportTargets(pkg.exports).filter((target) => target.includes('*'))) {
      const [prefix = ''] = pattern.replace(/^\.\//, '').split('*');
      expect(
        tarball.some((path) => path.startsWith(prefix)),
        `nothing matches export ${pattern}`,
      ).toBe(true);
    }
  });
});

/** The package files the README names (`data/events.csv`, `CITATION.cff`, …): a reader of the npm page expects them in the package. */
const readmePromises = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/`((?:data|schemas|dist)\/[\w.-]+|CITATION\.cff|datapackage\.json)`/g)].map(
  (match) => match[1] ?? '',
);

describe('what the README promises', () => {
  it('every package file the README names is in the tarball', () => {
    expect(readmePromises).toEqual(expect.arrayContaining(['CITATION.cff', 'datapackage.json', 'data/events.csv']));
    expect([...new Set(readmePromises)].filter((path) => !tarball.includes(path))).toEqual([]);
  });
  it('publishing needs no CI identity: provenance is asked for by the release workflow, not by publishConfig', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).publishConfig).toEqual({ access: 'public' });
    expect(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')).toContain('NPM_CONFIG_PROVENANCE: "true"');
  });
});

describe('supply chain (package.json)', () => {
  it('has no install-time scripts', () => {
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => installScripts.includes(name))).toEqual([]);
  });
  it('has zod as its only runtime dependency', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['zod']);
  });
});
