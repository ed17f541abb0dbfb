import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataVersion, compareVersions, type DataRelease, type DataVersionState, mentionsData } from '../scripts/release/check.js';
import { realSteps, releaseVersion } from '../scripts/release/release.js';
import { readDataVersionState } from '../scripts/release/state.js';
import { findTool } from './support/find-tool.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const record: DataRelease = { version: '0.1.0', released: '2026-11-27', files: { 'data/events.json': 'aa', 'data/treaty.json': 'bb' } };
/** Released as version 0.1.0, nothing changed since. */
const released: DataVersionState = { version: '0.1.0', record, files: record.files, changesets: [] };
const edited: DataVersionState = { ...released, files: { ...record.files, 'data/events.json': 'cc' } };
const dataChangeset = { path: '.changeset/fix.md', text: '---\n"lt-ru-1920": patch\n---\n\ndata: `treaty-signed` date corrected (bfsp-1121, p. 1121)\n' };
const toolingChangeset = { path: '.changeset/docs.md', text: '---\n"lt-ru-1920": major\n---\n\nBetter docs; metadata: none.\n' };

describe('checkDataVersion (the rules, on fixtures)', () => {
  it('passes when the data is what the release recorded', () => {
    expect(checkDataVersion(released)).toEqual([]);
    expect(checkDataVersion(released, 'release')).toEqual([]);
  });
  it('fails when the data changed but neither the version nor a data changeset says so, naming the version and the files', () => {
    expect(checkDataVersion({ ...edited, changesets: [toolingChangeset] })).toEqual([
      'data changed since version 0.1.0 was released (data/events.json) but version is still 0.1.0 and no pending changeset says "data:" — add one (npx changeset) naming the record ids and the source',
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
  it('passes when the version moved up, and fails when it went below the release', () => {
    expect(checkDataVersion({ ...edited, version: '0.1.1' })).toEqual([]);
    expect(checkDataVersion({ ...edited, version: '0.10.0' })).toEqual([]);
    expect(checkDataVersion({ ...released, version: '0.0.9' })).toEqual(['version 0.0.9 is below the released version 0.1.0']);
  });
  it('before the first release, requires a pending changeset that announces the data', () => {
    const first = { ...released, version: '0.0.0', record: null };
    expect(checkDataVersion({ ...first, changesets: [toolingChangeset] })[0]).toMatch(/^no release recorded yet .* for the first release$/);
    expect(checkDataVersion({ ...first, changesets: [dataChangeset] })).toEqual([]);
  });
  it('in release mode, requires the record to describe exactly the data and the version', () => {
    expect(checkDataVersion({ ...released, record: null }, 'release')).toEqual(['no data-release.json: run `npm run version` before publishing version 0.1.0']);
    expect(checkDataVersion({ ...edited, changesets: [dataChangeset] }, 'release')).toEqual([
      'data-release.json does not describe version 0.1.0: the data differs from it (data/events.json) — run `npm run version`',
    ]);
    expect(checkDataVersion({ ...released, version: '0.2.0' }, 'release')).toEqual([
      'data-release.json does not describe version 0.2.0: it records version 0.1.0 — run `npm run version`',
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

describe('`npm run version` and the gate, in a scratch copy', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lt-ru-1920-dv-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const git = findTool('git', { env: process.env });
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; released: string };

  it(`${git ? 'in a `git clone --depth 1`' : 'in a source tree without .git (git not found)'}: the first release bumps, writes CHANGELOG.md, regenerates and records the data; then an edited data file fails the gate until a data changeset`, () => {
    // The repository before its first release (what the gate and the release read), with one pending changeset.
    const origin = join(scratch, 'origin');
    for (const entry of ['package.json', 'package-lock.json', '.changeset', 'data', 'schemas', 'scripts/release', 'src/internal/raw-files.ts'])
      cpSync(join(root, entry), join(origin, entry), { recursive: true });
    for (const file of readdirSync(join(origin, '.changeset'))) if (file.endsWith('.md') && file !== 'README.md') rmSync(join(origin, '.changeset', file));
    writeFileSync(join(origin, 'package.json'), `${JSON.stringify({ ...manifest(origin), version: '0.0.0' }, null, 2)}\n`);
    writeFileSync(join(origin, '.changeset/first.md'), '---\n"lt-ru-1920": minor\n---\n\nFirst release.\n\n- data: every record is new.\n');
    let clone = origin;
    if (git) {
      const run = (cwd: string, ...args: string[]) => execFileSync(git, args, { cwd, env, encoding: 'utf8' }).trim();
      run(origin, 'init', '-q', '-b', 'main');
      run(origin, 'add', '-A');
      run(origin, 'commit', '-q', '-m', 'before the first release');
      clone = join(scratch, 'clone');
      run(scratch, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
      expect(run(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);

    // `npm run version` with the real `changeset version`; regeneration recorded (the full run is proved by hand, see CONTRIBUTING.md).
    const generated: string[] = [];
    const steps = { changesetVersion: realSteps.changesetVersion, generate: (dir: string) => void generated.push(manifest(dir).version) };
    const today = '2027-01-15';
    const record = releaseVersion(clone, { today, steps });
    expect(record).toMatchObject({ version: '0.1.0', released: today });
    expect(generated).toEqual(['0.0.0', '0.1.0']); // before the bump (current data), and after it (meta, CITATION.cff, datapackage.json)
    expect(manifest(clone)).toMatchObject({ version: '0.1.0', released: today });
    expect(JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8'))).toMatchObject({ version: '0.1.0', packages: { '': { version: '0.1.0' } } });
    expect(readFileSync(join(clone, 'CHANGELOG.md'), 'utf8')).toMatch(/^# lt-ru-1920\n\n## 0\.1\.0\n[\s\S]*First release\.[\s\S]*data: every record is new/);
    expect(readdirSync(join(clone, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md')).toEqual([]);
    expect(JSON.parse(readFileSync(join(clone, 'data-release.json'), 'utf8'))).toEqual(record);
    expect(Object.keys(record?.files ?? {})).toContain('data/events.json');
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);
    expect(checkDataVersion(readDataVersionState(clone), 'release')).toEqual([]);

    // Nothing pending: nothing changes.
    expect(releaseVersion(clone, { today: '2027-02-01', steps })).toBeNull();
    expect(manifest(clone).released).toBe(today);

    // A data file edited (as `npm run generate` would after a record changed): the gate fails, on the command line too.
    const events = join(clone, 'data/events.json');
    writeFileSync(
      events,
      readFileSync(events, 'utf8').replace(
        /"date": "(\d{4})-(\d{2})-(\d{2})"/,
        (_date, year: string, month: string, day: string) => `"date": "${year}-${month}-${day === '28' ? '27' : '28'}"`,
      ),
    );
    const gate = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(clone, 'scripts/release/gate.ts')], {
      cwd: clone,
      encoding: 'utf8',
    });
    expect(gate.status).toBe(1);
    expect(gate.stderr).toMatch(/data changed since version 0\.1\.0 was released \(data\/events\.json\) but version is still 0\.1\.0/);
    expect(() => releaseVersion(clone, { today, steps })).toThrow(/data changed since version 0\.1\.0/);

    // The contributor's part: a changeset that announces the data change; the gate passes, publishing does not.
    writeFileSync(join(clone, '.changeset/fix.md'), '---\n"lt-ru-1920": patch\n---\n\ndata: first event re-dated (test)\n');
    expect(checkDataVersion(readDataVersionState(clone))).toEqual([]);
    expect(checkDataVersion(readDataVersionState(clone), 'release')[0]).toContain('does not describe version 0.1.0');
  });
});

describe('this repository', () => {
  it('follows the data-version rules (docs/version-policy.md)', () => {
    expect(checkDataVersion(readDataVersionState(root))).toEqual([]);
  });
});
