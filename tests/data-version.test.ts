import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataVersion, mentionsData, type DataVersionState } from '../scripts/data-version/check.js';
import { readDataVersionState } from '../scripts/data-version/git-state.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A released package (v0.1.0, data 0.1.0) with nothing changed since. */
const released: DataVersionState = {
  shallow: false,
  releases: [],
  lastRelease: 'v0.1.0',
  dataChanged: [],
  dataVersionAtRelease: '0.1.0',
  dataVersionNow: '0.1.0',
  packageVersionNow: '0.1.0',
  changesets: [],
};
const dataChangeset = { path: '.changeset/fix.md', text: '---\n"lt-ru-1920": patch\n---\n\ndata: `treaty-signed` date corrected (bfsp-1121, p. 1121)\n' };
const toolingChangeset = { path: '.changeset/docs.md', text: '---\n"lt-ru-1920": patch\n---\n\nBetter docs; metadata: none.\n' };

describe('checkDataVersion (the rules, on fixtures)', () => {
  it('passes when nothing changed since the release', () => {
    expect(checkDataVersion(released)).toEqual([]);
  });
  it('fails when data changed but neither dataVersion nor a data changeset says so', () => {
    const problems = checkDataVersion({ ...released, dataChanged: ['data/events.json'], changesets: [toolingChangeset] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/data changed since v0\.1\.0 \(data\/events\.json\) but dataVersion is still 0\.1\.0/);
  });
  it('passes when a pending changeset announces the data change', () => {
    expect(checkDataVersion({ ...released, dataChanged: ['src/data/events.ts'], changesets: [dataChangeset] })).toEqual([]);
  });
  it('passes when dataVersion was bumped (changesets already consumed by `changeset version`)', () => {
    expect(checkDataVersion({ ...released, dataChanged: ['data/events.json'], dataVersionNow: '0.1.1' })).toEqual([]);
  });
  it('fails for a past release that changed data and kept dataVersion', () => {
    const step = { release: 'v0.2.0', previous: 'v0.1.0', dataChanged: ['data/treaty.json'], dataVersionBefore: '0.1.0', dataVersionAfter: '0.1.0' };
    expect(checkDataVersion({ ...released, releases: [step] })).toEqual([
      'release v0.2.0 changed data since v0.1.0 (data/treaty.json) but kept dataVersion 0.1.0',
    ]);
    expect(checkDataVersion({ ...released, releases: [{ ...step, dataVersionAfter: '0.2.0' }] })).toEqual([]);
  });
  it('before the first release, requires the pending first changeset to announce the data', () => {
    const first = { ...released, lastRelease: null, dataVersionAtRelease: null, packageVersionNow: '0.0.0', dataChanged: ['data/treaty.json'] };
    expect(checkDataVersion({ ...first, changesets: [] })[0]).toMatch(/no release yet/);
    expect(checkDataVersion({ ...first, changesets: [toolingChangeset] })[0]).toMatch(/no release yet/);
    expect(checkDataVersion({ ...first, changesets: [dataChangeset] })).toEqual([]);
  });
  it('fails on a shallow clone instead of passing by accident', () => {
    expect(checkDataVersion({ ...released, shallow: true })[0]).toMatch(/shallow/);
  });
  it('recognises "data:" only at the start of a line or list item, outside the front matter', () => {
    expect(mentionsData('---\n"x": minor\n---\n- data: new records')).toBe(true);
    expect(mentionsData('---\n"x": minor\n---\nData: new records')).toBe(true);
    expect(mentionsData('---\n"x": minor\n---\nmetadata: none; no data change')).toBe(false);
    expect(mentionsData('---\ndata: minor\n---\nTooling only.')).toBe(false);
  });
});

describe('readDataVersionState (git, on a scratch repository)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lt-ru-1920-dv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const manifest = (version: string, dataVersion: string) => write('package.json', JSON.stringify({ name: 'x', version, dataVersion }));
  const commit = (message: string) => {
    run('add', '-A');
    run('commit', '-q', '-m', message);
  };
  const problems = () => checkDataVersion(readDataVersionState(dir));

  it('walks a history through a first release, a data fix and a forgotten bump', () => {
    run('init', '-q', '-b', 'main');
    manifest('0.0.0', '0.1.0');
    write('data/a.json', '1');
    commit('scaffold');
    expect(problems()[0]).toMatch(/no release yet/);
    write('.changeset/first.md', '---\n"x": minor\n---\n\ndata: first records\n');
    expect(problems()).toEqual([]);

    // changeset version: consumes the changeset, bumps version; then tag
    rmSync(join(dir, '.changeset/first.md'));
    manifest('0.1.0', '0.1.0');
    commit('Version Packages');
    run('tag', 'v0.1.0');
    expect(problems()).toEqual([]);

    write('data/a.json', '2');
    expect(problems()[0]).toMatch(/data changed since v0\.1\.0 \(data\/a\.json\)/);
    write('.changeset/fix.md', '---\n"x": patch\n---\n\ndata: a corrected\n');
    expect(problems()).toEqual([]);
    commit('fix a');

    // a release that forgets to bump dataVersion
    rmSync(join(dir, '.changeset/fix.md'));
    manifest('0.1.1', '0.1.0');
    expect(problems()[0]).toMatch(/data changed since v0\.1\.0/);
    commit('Version Packages');
    expect(problems()).toEqual([expect.stringMatching(/^release [0-9a-f]{12} changed data since v0\.1\.0 \(data\/a\.json\) but kept dataVersion 0\.1\.0$/)]);

    // the fix: bump dataVersion in a new release
    manifest('0.1.2', '0.1.1');
    commit('Version Packages');
    expect(problems()).toEqual([]); // only the newest release is judged
  });
});

describe('this repository', () => {
  it('follows the data-version rules (docs/version-policy.md)', () => {
    expect(checkDataVersion(readDataVersionState(root))).toEqual([]);
  });
});
