import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataVersion, compareVersions, mentionsData, type DataRelease, type DataVersionState } from '../scripts/release/check.js';
import { bumpVersion, dataBump, nextDataVersion, releaseData } from '../scripts/release/release.js';
import { readDataVersionState } from '../scripts/release/state.js';
import { findTool } from './support/find-tool.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const record: DataRelease = { dataVersion: '0.1.0', dataReleased: '2026-11-27', files: { 'data/events.json': 'aa', 'data/treaty.json': 'bb' } };
/** Released as data version 0.1.0, nothing changed since. */
const released: DataVersionState = { dataVersion: '0.1.0', record, files: record.files, changesets: [] };
const edited: DataVersionState = { ...released, files: { ...record.files, 'data/events.json': 'cc' } };
const dataChangeset = { path: '.changeset/fix.md', text: '---\n"lt-ru-1920": patch\n---\n\ndata: `treaty-signed` date corrected (bfsp-1121, p. 1121)\n' };
const minorDataChangeset = { path: '.changeset/add.md', text: '---\n"lt-ru-1920": minor\n---\n\n- data: new event `x` (ebr-58, p. 3)\n' };
const toolingChangeset = { path: '.changeset/docs.md', text: '---\n"lt-ru-1920": major\n---\n\nBetter docs; metadata: none.\n' };

describe('checkDataVersion (the rules, on fixtures)', () => {
  it('passes when the data is what the release recorded', () => {
    expect(checkDataVersion(released)).toEqual([]);
    expect(checkDataVersion(released, 'release')).toEqual([]);
  });
  it('fails when the data changed but neither dataVersion nor a data changeset says so, naming the version and the files', () => {
    expect(checkDataVersion({ ...edited, changesets: [toolingChangeset] })).toEqual([
      'data changed since data version 0.1.0 was released (data/events.json) but dataVersion is still 0.1.0 and no pending changeset says "data:" — add one (npx changeset) naming the record ids and the source',
    ]);
  });
  it('counts added and removed data files as changes', () => {
    const { 'data/treaty.json': _removed, ...rest } = record.files;
    expect(checkDataVersion({ ...released, files: rest })[0]).toMatch(/\(data\/treaty\.json\)/);
    expect(checkDataVersion({ ...released, files: { ...record.files, 'data/new.csv': 'dd' } })[0]).toMatch(/\(data\/new\.csv\)/);
  });
  it('lists at most five changed files', () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => [`data/${name}.json`, name]));
    expect(checkDataVersion({ ...released, files })[0]).toContain('(data/a.json, data/b.json, data/c.json, data/d.json, data/e.json and 4 more)');
  });
  it('passes when a pending changeset announces the data change', () => {
    expect(checkDataVersion({ ...edited, changesets: [toolingChangeset, dataChangeset] })).toEqual([]);
  });
  it('passes when dataVersion moved up, and fails when it went below the release', () => {
    expect(checkDataVersion({ ...edited, dataVersion: '0.1.1' })).toEqual([]);
    expect(checkDataVersion({ ...edited, dataVersion: '0.10.0' })).toEqual([]);
    expect(checkDataVersion({ ...released, dataVersion: '0.0.9' })).toEqual(['dataVersion 0.0.9 is below the released data version 0.1.0']);
  });
  it('before the first release, requires a pending changeset that announces the data', () => {
    const first = { ...released, record: null };
    expect(checkDataVersion({ ...first, changesets: [toolingChangeset] })[0]).toMatch(/^no data release recorded yet .* first data version 0\.1\.0$/);
    expect(checkDataVersion({ ...first, changesets: [dataChangeset] })).toEqual([]);
  });
  it('in release mode, requires the record to describe exactly the data and the data version', () => {
    expect(checkDataVersion({ ...released, record: null }, 'release')).toEqual([
      'no data-release.json: run `npm run data:release` before publishing data version 0.1.0',
    ]);
    expect(checkDataVersion({ ...edited, changesets: [dataChangeset] }, 'release')).toEqual([
      'data-release.json does not describe data version 0.1.0: the data differs from it (data/events.json) — run `npm run data:release`',
    ]);
    expect(checkDataVersion({ ...released, dataVersion: '0.2.0' }, 'release')).toEqual([
      'data-release.json does not describe data version 0.2.0: it records data version 0.1.0 — run `npm run data:release`',
    ]);
  });
  it('recognises "data:" only at the start of a line or list item, outside the front matter', () => {
    expect(mentionsData('---\n"x": minor\n---\n- data: new records')).toBe(true);
    expect(mentionsData('---\n"x": minor\n---\nData: new records')).toBe(true);
    expect(mentionsData('---\n"x": minor\n---\nmetadata: none; no data change')).toBe(false);
    expect(mentionsData('---\ndata: minor\n---\nTooling only.')).toBe(false);
  });
  it('compares versions by number, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.2.4')).toBeLessThan(0);
  });
});

describe('the release step picks the next data version', () => {
  it('from the largest bump of the changesets that announce data (tooling changesets do not count)', () => {
    expect(dataBump({ changesets: [toolingChangeset] })).toBeNull();
    expect(dataBump({ changesets: [dataChangeset, toolingChangeset] })).toBe('patch');
    expect(dataBump({ changesets: [dataChangeset, minorDataChangeset] })).toBe('minor');
    expect(nextDataVersion({ ...edited, changesets: [dataChangeset] })).toBe('0.1.1');
    expect(nextDataVersion({ ...edited, changesets: [dataChangeset, minorDataChangeset] })).toBe('0.2.0');
  });
  it('by the version policy: a breaking change raises the minor number before 1.0.0', () => {
    expect(bumpVersion('0.1.3', 'major')).toBe('0.2.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3');
  });
  it('keeps a version set by hand or on the command line, and the first data version at the first release', () => {
    expect(nextDataVersion({ ...edited, dataVersion: '0.3.0' })).toBe('0.3.0');
    expect(nextDataVersion(edited, '1.0.0')).toBe('1.0.0');
    expect(nextDataVersion({ ...released, record: null })).toBe('0.1.0');
  });
  it('has nothing to do when the data is unchanged, and refuses to guess a bump', () => {
    expect(nextDataVersion(released)).toBeNull();
    expect(() => nextDataVersion(edited)).toThrow(/data changed since data version 0\.1\.0 \(data\/events\.json\) but no pending changeset says "data:"/);
    expect(() => nextDataVersion(edited, '0.1.0')).toThrow('--data-version 0.1.0 is not above the released data version 0.1.0');
    expect(() => nextDataVersion(edited, 'next')).toThrow('--data-version next is not a version (X.Y.Z)');
  });
});

const escape = (version: string): string => version.replaceAll('.', '\\.');

/** Copies the package's own files (no .git, no dependencies, nothing built) into `to`: a source archive. */
function copySources(to: string): void {
  const skip = new Set(['.git', 'node_modules', 'dist', 'site', '.tmp', 'reports', 'coverage']);
  for (const entry of readdirSync(root)) {
    if (!skip.has(entry)) cpSync(join(root, entry), join(to, entry), { recursive: true });
  }
}

describe('the gate without git history', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lt-ru-1920-dv-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const git = findTool('git', { env: process.env });
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const tsx = (cwd: string, script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd, encoding: 'utf8' });

  it(`${git ? 'in a `git clone --depth 1`' : 'in a source tree without .git (git not found)'}: an edited fact fails the gate until the release bumps dataVersion`, () => {
    // A released package: the first release recorded its data, its changesets are consumed.
    const origin = join(scratch, 'origin');
    copySources(origin);
    for (const file of readdirSync(join(origin, '.changeset'))) {
      if (file.endsWith('.md') && file !== 'README.md') rmSync(join(origin, '.changeset', file));
    }
    rmSync(join(origin, 'data-release.json'), { force: true });
    const dataVersionIn = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dataVersion: string }).dataVersion;
    const released = dataVersionIn(origin);
    expect(releaseData(origin, { today: '2026-11-27' })?.dataVersion).toBe(released);
    let clone = origin;
    if (git) {
      const run = (cwd: string, ...args: string[]) => execFileSync(git, args, { cwd, env, encoding: 'utf8' }).trim();
      run(origin, 'init', '-q', '-b', 'main');
      run(origin, 'add', '-A');
      run(origin, 'commit', '-q', '-m', 'Version Packages');
      clone = join(scratch, 'clone');
      run(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
      expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);

    // Edit one fact (the date of the first event) and regenerate.
    const eventsFile = join(clone, 'src/data/events.ts');
    const text = readFileSync(eventsFile, 'utf8');
    const date = /date: '(\d{4})-(\d{2})-(\d{2})'/.exec(text);
    if (!date) throw new Error('no date in src/data/events.ts');
    writeFileSync(eventsFile, text.replace(date[0], `date: '${date[1]}-${date[2]}-${date[3] === '01' ? '02' : '01'}'`));
    const generated = tsx(clone, 'scripts/generate.ts');
    expect(generated.status, generated.stderr).toBe(0);

    const gate = tsx(clone, 'scripts/release/gate.ts');
    expect(gate.status).toBe(1);
    expect(gate.stderr).toMatch(new RegExp(`data changed since data version ${escape(released)} was released \\([^)]*data/events\\.json[^)]*\\) but dataVersion is still ${escape(released)}`));

    // The contributor's part: a changeset that announces the data change.
    writeFileSync(join(clone, '.changeset/fix.md'), '---\n"lt-ru-1920": patch\n---\n\ndata: first event re-dated (test)\n');
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);
    expect(checkDataVersion(readDataVersionState(clone), 'release')[0]).toContain(`does not describe data version ${released}`);

    // The release's part: `npm run data:release` bumps dataVersion and records the data.
    const release = tsx(clone, 'scripts/release/release.ts');
    expect(release.stderr).toBe('');
    const next = bumpVersion(released, 'patch');
    expect(release.stdout).toMatch(new RegExp(`^data version ${escape(next)} \\(\\d{4}-\\d{2}-\\d{2}\\): recorded \\d+ files in data-release\\.json`));
    expect(dataVersionIn(clone)).toBe(next);
    expect(readFileSync(join(clone, 'src/generated/meta.generated.ts'), 'utf8')).toContain(`DATA_VERSION = "${next}"`); // regenerated after the bump
    expect(readFileSync(join(clone, 'CITATION.cff'), 'utf8')).toMatch(new RegExp(`^version: "?${escape(next)}"?$`, 'm'));
    rmSync(join(clone, '.changeset/fix.md')); // what `changeset version` does next
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);
    expect(checkDataVersion(readDataVersionState(clone), 'release')).toEqual([]);
  });
});

describe('this repository', () => {
  it('follows the data-version rules (docs/version-policy.md)', () => {
    expect(checkDataVersion(readDataVersionState(root))).toEqual([]);
  });
});
