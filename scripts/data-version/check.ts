/** Files that hold data or the sources it is generated from. A change under any of them is a data change. */
export const DATA_PATHS = ['data', 'src/data', 'data-src'] as const;

/** One release compared with the release before it. */
export interface ReleaseStep {
  /** The release, as a tag or commit. */
  readonly release: string;
  /** The release before it. */
  readonly previous: string;
  /** Data files that differ between the two. */
  readonly dataChanged: readonly string[];
  /** `dataVersion` at the previous release and at this one. */
  readonly dataVersionBefore: string;
  readonly dataVersionAfter: string;
}

/** A pending changeset: its path and text. */
export interface Changeset {
  readonly path: string;
  readonly text: string;
}

/** What the check reads from git and the working tree. */
export interface DataVersionState {
  /** The clone has truncated history, so releases cannot be found. */
  readonly shallow: boolean;
  /** The newest release compared with the one before it (empty with fewer than two releases). */
  readonly releases: readonly ReleaseStep[];
  /** The last release (tag or commit), or null before the first release. */
  readonly lastRelease: string | null;
  /** Data files that differ between the last release and the working tree (all data files before the first release). */
  readonly dataChanged: readonly string[];
  /** `dataVersion` at the last release, or null before the first release. */
  readonly dataVersionAtRelease: string | null;
  /** `dataVersion` and `version` in the working tree's package.json. */
  readonly dataVersionNow: string;
  readonly packageVersionNow: string;
  /** `.changeset/*.md` files other than the README. */
  readonly changesets: readonly Changeset[];
}

/** A changeset announces a data change with a line (or list item) that starts with `data:`. */
export const mentionsData = (text: string): boolean => /^\s*(?:[-*]\s+)?data:/im.test(text.replace(/^---[\s\S]*?---/, ''));

const list = (files: readonly string[]): string =>
  files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} and ${files.length - 5} more`;

/**
 * The data-version rules of docs/version-policy.md, as a pure function:
 * returns the problems (empty when the rules hold).
 *
 * - Before the first release, a pending changeset must announce the data (`data:`).
 * - The newest release, if it changed data, must have changed `dataVersion`.
 * - Data changed since the last release needs either a new `dataVersion`
 *   or a pending changeset that announces it with `data:`.
 *
 * @example
 * ```ts
 * checkDataVersion({ ...state, dataChanged: ['data/events.json'], changesets: [] });
 * //=> ['data changed since v0.1.0 (data/events.json) but dataVersion is still 0.1.0 and no pending changeset says "data:" …']
 * ```
 */
export function checkDataVersion(state: DataVersionState): string[] {
  if (state.shallow) {
    return ['the clone is shallow: the data-version check needs full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)'];
  }
  const problems: string[] = [];
  for (const step of state.releases) {
    if (step.dataChanged.length > 0 && step.dataVersionBefore === step.dataVersionAfter) {
      problems.push(
        `release ${step.release} changed data since ${step.previous} (${list(step.dataChanged)}) but kept dataVersion ${step.dataVersionAfter}`,
      );
    }
  }
  const announced = state.changesets.filter((changeset) => mentionsData(changeset.text));
  if (state.lastRelease === null) {
    if (announced.length === 0) {
      problems.push(
        `no release yet (version ${state.packageVersionNow}) and no pending changeset announces the data: add .changeset/*.md with a line "data: …" for the first data version ${state.dataVersionNow}`,
      );
    }
    return problems;
  }
  const bumped = state.dataVersionAtRelease !== state.dataVersionNow;
  if (state.dataChanged.length > 0 && !bumped && announced.length === 0) {
    problems.push(
      `data changed since ${state.lastRelease} (${list(state.dataChanged)}) but dataVersion is still ${state.dataVersionNow} and no pending changeset says "data:" — add one (npx changeset) naming the record ids and the source`,
    );
  }
  return problems;
}
