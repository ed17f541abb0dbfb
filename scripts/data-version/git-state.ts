import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATHS, type Changeset, type DataVersionState, type ReleaseStep } from './check.js';

/** The two fields of package.json the check compares. */
interface Versions {
  readonly version: string;
  readonly dataVersion: string;
}

/** Runs git in `cwd` and returns its trimmed output. */
const git = (cwd: string, args: readonly string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

/** `version` and `dataVersion` of package.json at a commit, or undefined where it did not exist. */
function versionsAt(cwd: string, ref: string): Versions | undefined {
  try {
    const manifest = JSON.parse(git(cwd, ['show', `${ref}:package.json`])) as Partial<Versions>;
    return { version: manifest.version ?? '0.0.0', dataVersion: manifest.dataVersion ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * The releases in HEAD's history, oldest first: commits tagged `v*`, and
 * commits that changed `version` in package.json (what `changeset version`
 * does), never a commit at version 0.0.0. Each is named by its tag where it has one.
 */
export function releasePoints(cwd: string): { ref: string; name: string }[] {
  const order = lines(git(cwd, ['rev-list', '--topo-order', '--reverse', 'HEAD']));
  const names = new Map<string, string>();
  for (const tag of lines(git(cwd, ['tag', '--list', 'v*', '--merged', 'HEAD']))) {
    names.set(git(cwd, ['rev-list', '-n', '1', tag]), tag);
  }
  const releases = new Set(names.keys());
  for (const commit of lines(git(cwd, ['log', '--format=%H', '--', 'package.json']))) {
    const after = versionsAt(cwd, commit);
    const before = versionsAt(cwd, `${commit}^`);
    if (after && before && after.version !== before.version && after.version !== '0.0.0') releases.add(commit);
  }
  return order.filter((commit) => releases.has(commit)).map((ref) => ({ ref, name: names.get(ref) ?? ref.slice(0, 12) }));
}

/** Pending changesets: `.changeset/*.md` except the README. */
function pendingChangesets(cwd: string): Changeset[] {
  const dir = join(cwd, '.changeset');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md');
  } catch {
    return [];
  }
  return files.sort().map((file) => ({ path: `.changeset/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Reads everything `checkDataVersion` needs from the git repository at `cwd` and its working tree. */
export function readDataVersionState(cwd: string): DataVersionState {
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as Partial<Versions>;
  const base = {
    shallow,
    dataVersionNow: manifest.dataVersion ?? '',
    packageVersionNow: manifest.version ?? '0.0.0',
    changesets: pendingChangesets(cwd),
  };
  const untracked = lines(git(cwd, ['ls-files', '--others', '--exclude-standard', '--', ...DATA_PATHS]));
  const points = shallow ? [] : releasePoints(cwd);
  const last = points.at(-1);
  if (last === undefined) {
    const tracked = lines(git(cwd, ['ls-files', '--', ...DATA_PATHS]));
    return { ...base, releases: [], lastRelease: null, dataChanged: [...tracked, ...untracked], dataVersionAtRelease: null };
  }
  // Only the newest release is judged: a bad release in the past is fixed by a
  // correct one after it, not by rewriting history.
  const recent = points.slice(-2);
  const releases: ReleaseStep[] = recent.slice(1).map((point, index) => {
    const previous = recent[index] as { ref: string; name: string };
    return {
      release: point.name,
      previous: previous.name,
      dataChanged: lines(git(cwd, ['diff', '--name-only', previous.ref, point.ref, '--', ...DATA_PATHS])),
      dataVersionBefore: versionsAt(cwd, previous.ref)?.dataVersion ?? '',
      dataVersionAfter: versionsAt(cwd, point.ref)?.dataVersion ?? '',
    };
  });
  const changed = lines(git(cwd, ['diff', '--name-only', last.ref, '--', ...DATA_PATHS]));
  return {
    ...base,
    releases,
    lastRelease: last.name,
    dataChanged: [...new Set([...changed, ...untracked])],
    dataVersionAtRelease: versionsAt(cwd, last.ref)?.dataVersion ?? null,
  };
}
