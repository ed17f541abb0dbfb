/**
 * "The data" whose bytes a version stands for: the raw files users read
 * and cite, listed once in `src/internal/raw-files.ts`, and the JSON Schemas
 * that describe them (`schemas/*.schema.json`). All are generated from
 * `src/`, and `tests/generated.test.ts` keeps them current.
 */
export { isDataFile } from '../../src/internal/raw-files.js';

/** The file name of the release record, at the package root. */
export const RECORD_FILE = 'data-release.json';

/** What a release recorded about the data it shipped (`data-release.json`). */
export interface DataRelease {
  /** The version (package.json `version`) the files were released as. */
  readonly version: string;
  /** Its release date (ISO 8601). */
  readonly released: string;
  /** SHA-256 (hex) of every data file, by path relative to the package root. */
  readonly files: Readonly<Record<string, string>>;
}

/** A pending changeset: its path and text. */
export interface Changeset {
  readonly path: string;
  readonly text: string;
}

/** What the check reads from the working tree (no git needed). */
export interface DataVersionState {
  /** `version` in package.json: the one version of the package and its data. */
  readonly version: string;
  /** The last release's record, or null before the first release. */
  readonly record: DataRelease | null;
  /** SHA-256 (hex) of every data file now, by path. */
  readonly files: Readonly<Record<string, string>>;
  /** `.changeset/*.md` files other than the README. */
  readonly changesets: readonly Changeset[];
}

/** A changeset announces a data change with a line (or list item) that starts with `data:`. */
export const mentionsData = (text: string): boolean => /^\s*(?:[-*]\s+)?data:/im.test(text.replace(/^---[\s\S]*?---/, ''));

/** Paths added, removed or changed between two hash maps, sorted. */
export function changedFiles(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).sort();
}

/** `a` compared with `b` as `major.minor.patch` (negative, zero, positive). */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const list = (files: readonly string[]): string => (files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} and ${files.length - 5} more`);

/**
 * The version rules of docs/version-policy.md, as a pure function: returns
 * the problems (empty when the rules hold).
 *
 * In `'develop'` mode (every `npm test`):
 * - Before the first release (no record), a pending changeset must announce the data (`data:`).
 * - Data that differs from what the last release recorded needs either a new
 *   `version` or a pending changeset that announces the change with `data:`
 *   (which `npm run version` turns into the next version).
 * - `version` never goes below the recorded one.
 *
 * In `'release'` mode (before publishing), the record must describe exactly
 * the data and the version about to ship: `npm run version` writes it.
 *
 * @example
 * ```ts
 * checkDataVersion({ version: '0.1.0', record, files: { ...record.files, 'data/events.json': 'ab…' }, changesets: [] });
 * //=> ['data changed since version 0.1.0 was released (data/events.json) but version is still 0.1.0 …']
 * ```
 */
export function checkDataVersion(state: DataVersionState, mode: 'develop' | 'release' = 'develop'): string[] {
  const { record } = state;
  const changed = record === null ? [] : changedFiles(record.files, state.files);
  if (mode === 'release') {
    if (record === null) return [`no ${RECORD_FILE}: run \`npm run version\` before publishing version ${state.version}`];
    if (record.version !== state.version || changed.length > 0) {
      const what = changed.length > 0 ? `the data differs from it (${list(changed)})` : `it records version ${record.version}`;
      return [`${RECORD_FILE} does not describe version ${state.version}: ${what} — run \`npm run version\``];
    }
    return [];
  }
  const announced = state.changesets.some((changeset) => mentionsData(changeset.text));
  if (record === null) {
    return announced
      ? []
      : [
          `no release recorded yet (${RECORD_FILE}) and no pending changeset announces the data: add .changeset/*.md with a line "data: …" for the first release`,
        ];
  }
  const order = compareVersions(state.version, record.version);
  if (order < 0) return [`version ${state.version} is below the released version ${record.version}`];
  if (order === 0 && changed.length > 0 && !announced) {
    return [
      `data changed since version ${record.version} was released (${list(changed)}) but version is still ${state.version} and no pending changeset says "data:" — add one (npx changeset) naming the record ids and the source`,
    ];
  }
  return [];
}
