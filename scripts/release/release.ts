/**
 * `npm run data:release`: the release step for the data. With the data files
 * regenerated, it picks the new `dataVersion` (from the pending `data:`
 * changesets, or `--data-version X.Y.Z`), writes it and today's date into
 * package.json, and records the hash of every data file in data-release.json.
 * It regenerates before (so the hashes are of current data) and after (so
 * `meta`, `CITATION.cff` and `datapackage.json` carry the new data version).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { changedFiles, compareVersions, mentionsData, RECORD_FILE, type DataRelease, type DataVersionState } from './check.js';
import { readDataVersionState } from './state.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

const LEVELS = ['patch', 'minor', 'major'] as const;
type Level = (typeof LEVELS)[number];

/** The largest bump (`patch` < `minor` < `major`) that the changesets announcing data ask for, or null. */
export function dataBump(state: Pick<DataVersionState, 'changesets'>): Level | null {
  let highest = -1;
  for (const { text } of state.changesets) {
    if (!mentionsData(text)) continue;
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    for (const match of front.matchAll(/:\s*(patch|minor|major)\s*$/gm)) highest = Math.max(highest, LEVELS.indexOf(match[1] as Level));
  }
  return LEVELS[highest] ?? null;
}

/** `version` raised by `level`; before 1.0.0 a breaking change raises the minor number (docs/version-policy.md). */
export function bumpVersion(version: string, level: Level): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  if (level === 'major' && major > 0) return `${major + 1}.0.0`;
  if (level === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor + 1}.0`;
}

/**
 * The data version to release, or null when the data and its version are
 * what the last release recorded (nothing to do). Throws when the data
 * changed and neither a changeset nor `requested` says how far to bump.
 */
export function nextDataVersion(state: DataVersionState, requested?: string): string | null {
  const { record } = state;
  if (requested !== undefined) {
    if (!/^\d+\.\d+\.\d+$/.test(requested)) throw new Error(`--data-version ${requested} is not a version (X.Y.Z)`);
    if (record !== null && compareVersions(requested, record.dataVersion) <= 0) {
      throw new Error(`--data-version ${requested} is not above the released data version ${record.dataVersion}`);
    }
    return requested;
  }
  if (record === null) return state.dataVersion; // the first release ships the data version package.json names
  if (state.dataVersion !== record.dataVersion) return state.dataVersion; // already bumped by hand
  const changed = changedFiles(record.files, state.files);
  if (changed.length === 0) return null;
  const level = dataBump(state);
  if (level === null) {
    throw new Error(
      `data changed since data version ${record.dataVersion} (${changed.join(', ')}) but no pending changeset says "data:": add one, or pass --data-version X.Y.Z`,
    );
  }
  return bumpVersion(record.dataVersion, level);
}

/** Writes the new data version into package.json and the record of the data files; returns the record, or null when nothing changed. */
export function releaseData(root: string, options: { dataVersion?: string; today: string }): DataRelease | null {
  const state = readDataVersionState(root);
  const dataVersion = nextDataVersion(state, options.dataVersion);
  if (dataVersion === null) return null;
  const manifestPath = join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const record: DataRelease = { dataVersion, dataReleased: options.today, files: state.files };
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, dataVersion, dataReleased: options.today }, null, 2)}\n`);
  writeFileSync(join(root, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** `npm run generate` (scripts/generate.ts in a child process, with its own second pass). */
function generate(): void {
  const run = spawnSync(process.execPath, [...process.execArgv, join(root, 'scripts/generate.ts')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run generate failed (exit ${run.status ?? 'signal'})`);
}

function main(): void {
  const { values } = parseArgs({ options: { 'data-version': { type: 'string' } } });
  const requested = values['data-version'];
  try {
    generate();
    const record = releaseData(root, { ...(requested === undefined ? {} : { dataVersion: requested }), today: new Date().toISOString().slice(0, 10) });
    console.log(
      record === null
        ? 'data unchanged since its last release: nothing to record'
        : `data version ${record.dataVersion} (${record.dataReleased}): recorded ${Object.keys(record.files).length} files in ${RECORD_FILE}`,
    );
    if (record !== null) generate();
  } catch (error) {
    console.error(`data:release: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
