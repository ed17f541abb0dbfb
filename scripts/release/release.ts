/**
 * `npm run version`: cuts a release in the working tree (changesets/action
 * runs it to open its "Version Packages" pull request; the lead may run it by
 * hand). It
 * 1. regenerates and refuses to go on when the version gate fails (data
 *    changed without a `data:` changeset);
 * 2. runs `changeset version`: the pending changesets become the next
 *    `version` in package.json and an entry of CHANGELOG.md, and are deleted;
 * 3. writes today's date into package.json `released` and the new version
 *    into package-lock.json;
 * 4. regenerates, so that `meta`, `CITATION.cff`, `datapackage.json` and the
 *    docs carry the new version, and CHANGELOG.md reaches docs/changelog.md;
 * 5. records the hash of every data file in data-release.json, which the gate
 *    compares the data with from then on.
 * With no pending changeset it changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataVersion, type DataRelease, RECORD_FILE } from './check.js';
import { hashDataFiles, readDataVersionState } from './state.js';

const here = resolve(fileURLToPath(import.meta.url), '../../..');

/** Reads and rewrites one JSON file, keeping package.json's two-space layout. */
function updateJson(file: string, update: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  update(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The steps `releaseVersion` runs in a child process: `changeset version` and `npm run generate`. */
export interface ReleaseSteps {
  readonly changesetVersion: (root: string) => void;
  readonly generate: (root: string) => void;
}

/** Runs a Node script of the package at `root` and throws when it fails. */
function runNode(root: string, args: readonly string[], what: string): void {
  const run = spawnSync(process.execPath, [...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, LT_GENERATE_PASS: '' } });
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status ?? 'signal'})`);
}

/** The real steps: the changesets CLI and scripts/generate.ts of the package at `root`. */
export const realSteps: ReleaseSteps = {
  changesetVersion: (root) => runNode(root, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], 'changeset version'),
  generate: (root) => runNode(root, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/generate.ts')], 'npm run generate'),
};

/**
 * Cuts the release of the package at `root` (the steps above) and returns
 * what data-release.json now records, or null when no changeset was pending.
 */
export function releaseVersion(root: string, options: { today: string; steps?: ReleaseSteps }): DataRelease | null {
  const { today, steps = realSteps } = options;
  steps.generate(root);
  const problems = checkDataVersion(readDataVersionState(root));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const before = readDataVersionState(root).version;
  steps.changesetVersion(root);
  const version = readDataVersionState(root).version;
  if (version === before) return null;
  updateJson(join(root, 'package.json'), (manifest) => {
    manifest['released'] = today;
  });
  const lockFile = join(root, 'package-lock.json');
  if (existsSync(lockFile)) {
    updateJson(lockFile, (lock) => {
      lock['version'] = version;
      const self = (lock['packages'] as Record<string, Record<string, unknown>> | undefined)?.[''];
      if (self !== undefined) self['version'] = version;
    });
  }
  steps.generate(root);
  const record: DataRelease = { version, released: today, files: hashDataFiles(root) };
  writeFileSync(join(root, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

function main(): void {
  try {
    const record = releaseVersion(here, { today: new Date().toISOString().slice(0, 10) });
    console.log(
      record === null
        ? 'no pending changeset: nothing to release'
        : `version ${record.version} (${record.released}): CHANGELOG.md written, ${Object.keys(record.files).length} data files recorded in ${RECORD_FILE}`,
    );
  } catch (error) {
    console.error(`npm run version: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
