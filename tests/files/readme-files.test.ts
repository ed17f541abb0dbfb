/**
 * The README's "Raw files" examples, run as a user would: the JSON-module
 * import in a project that installed the packed package (Node; Deno and Bun
 * too where they are on PATH), the DuckDB query against the files the
 * package ships (what a CDN serves at that version), the Standard Schema
 * call, and the CDN addresses against the package's files and exports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusOn } from '../../src/history/index.js';
import { historyPlaces } from '../../src/history/records/index.js';
import { rawFiles } from '../../src/internal/raw-files.js';
import { installedPackage } from '../package/pack.js';
import { findTool, NOTICE } from '../support/find-tool.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Raw files\n'), readme.indexOf('## Command line\n'));
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[]; exports: Record<string, unknown> };

/** The fenced blocks of a language in a piece of Markdown. */
const blocks = (text: string, lang: string): string[] =>
  [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1] ?? '');

/** The JSON-module example: its code and the output its `//=>` line shows. */
const jsonModules = (() => {
  const code = blocks(section, 'js').find((block) => block.includes("with { type: 'json' }")) ?? '';
  return { code: code.replace(/^\/\/=> .*\n/m, ''), output: /^\/\/=> (.*)$/m.exec(code)?.[1] ?? '' };
})();

/** `https://<cdn>/lt-ru-1920@<version>/<path>` addresses in the README. */
const CDN = /https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/lt-ru-1920@([^/\s`']+)\/([^\s`')]*)/g;

/** Optional runtimes for the same import: run where found, skipped with a notice otherwise (not installed in CI: about 200 MB). */
const runtimes = [
  { name: 'deno', path: findTool('deno', { env: process.env, override: 'DENO_PATH' }), args: ['run', '--allow-read', '--allow-env'] },
  { name: 'bun', path: findTool('bun', { env: process.env, override: 'BUN_PATH' }), args: ['run'] },
];
for (const runtime of runtimes)
  if (runtime.path === null)
    console.warn(
      `${NOTICE}${runtime.name} not found on PATH: skipping the README's JSON-module import under ${runtime.name}. Install it with: npm install -g ${runtime.name}`,
    );

describe('README: raw files for the ecosystem', () => {
  let project = '';
  beforeAll(() => {
    // The project the package project's global setup installed the one packed tarball into; these scripts' names are its own.
    project = installedPackage('readme-files').project;
    writeFileSync(join(project, 'readme-json-modules.mjs'), jsonModules.code);
  });

  it('has the examples: a JSON-module import, a DuckDB query, CDN addresses and a Standard Schema call', () => {
    expect(jsonModules.code).toContain("import treaty from 'lt-ru-1920/data/treaty.json' with { type: 'json' };");
    expect(blocks(section, 'sql')).toHaveLength(1);
    expect([...section.matchAll(CDN)].length).toBeGreaterThanOrEqual(4);
    expect(readme).toContain("SignatorySchema['~standard'].validate(");
  });

  it('the JSON-module import prints what the README shows, in a project that installed the packed package (Node)', () => {
    const result = spawnSync(process.execPath, ['readme-json-modules.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(jsonModules.output);
  });

  for (const runtime of runtimes) {
    it.skipIf(runtime.path === null)(`the JSON-module import prints the same under ${runtime.name}`, () => {
      const result = spawnSync(runtime.path ?? runtime.name, [...runtime.args, 'readme-json-modules.mjs'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      });
      expect(result.stdout.trim(), result.stderr).toBe(jsonModules.output);
    });
  }

  it('the Standard Schema call gives what the README shows (zod 4’s ~standard, from the packed package)', () => {
    const line = /^(result\.issues\?\.map\(.*\)); \/\/=> (.*)$/m.exec(readme);
    if (line === null) throw new Error('no Standard Schema example');
    const code = `import { SignatorySchema } from 'lt-ru-1920/schemas';\nconst result = await SignatorySchema['~standard'].validate({ id: 'x' });\nconsole.log(JSON.stringify(${line[1]}));\n`;
    expect(readme).toContain("const result = await SignatorySchema['~standard'].validate({ id: 'x' });");
    writeFileSync(join(project, 'readme-standard-schema.mjs'), code);
    const result = spawnSync(process.execPath, ['readme-standard-schema.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse((line[2] ?? '').replaceAll("'", '"')));
  });

  it('every CDN address names a version and a file the package ships (package.json files and exports)', () => {
    expect(manifest.files).toContain('data');
    expect(manifest.exports['./data/*']).toBe('./data/*');
    for (const [url, version, path] of section.matchAll(CDN)) {
      expect(version, url).toMatch(/^\d+\.\d+\.\d+$/);
      const file = (path ?? '').replace(/…$/, '');
      expect(existsSync(join(project, 'node_modules/lt-ru-1920', file)), url).toBe(true);
    }
  });

  it('the DuckDB query, run on the files the package ships, lists who held each place on 1 June 1930 as statusOn does (@duckdb/node-api)', async () => {
    const [sql = ''] = blocks(section, 'sql');
    const shipped = `${join(project, 'node_modules/lt-ru-1920')}/`;
    const local = sql.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/lt-ru-1920@[^/]+\//g, shipped);
    expect(local).not.toContain('https://');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(local)).getRowObjectsJson() as { place: string; controller: string | null }[];
    const expected = historyPlaces
      .map((place) => ({
        place: readFileSync(join(shipped, 'data/history-places.csv'), 'utf8')
          .split('\r\n')
          .find((row) => row.startsWith(`${place.id},`))
          ?.split(',')[1],
        controller: statusOn(place.id, '1930-06-01').controller,
      }))
      .sort((a, b) => ((a.place ?? '') < (b.place ?? '') ? -1 : 1));
    expect(rows).toEqual(expected);
  });

  it('names every raw file of the package', () => {
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| file |')));
    for (const file of rawFiles) {
      const named = file.format === 'json' ? table.includes(`\`${file.collection}\``) : table.includes(`\`${file.path}\``);
      expect(named, file.path).toBe(true);
    }
  });

  it('ships the CSVs as the Excel note says: UTF-8 without a byte-order mark', () => {
    expect(section).toContain('UTF-8 without a byte-order mark');
    for (const file of rawFiles.filter((candidate) => candidate.format === 'csv')) {
      const bytes = readFileSync(new URL(`../../${file.path}`, import.meta.url));
      expect([...bytes.subarray(0, 3)], file.path).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(0, 3).toString('utf8'), file.path).toBe('id,');
    }
  });
});
