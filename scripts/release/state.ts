import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Changeset, type DataRelease, type DataVersionState, isDataFile, RECORD_FILE } from './check.js';

/** SHA-256 (hex) of every data file under `root`, by path relative to it, sorted by path. */
export function hashDataFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['data', 'schemas']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (isDataFile(path))
        files[path] = createHash('sha256')
          .update(readFileSync(join(root, path)))
          .digest('hex');
    }
  }
  return files;
}

/** The release record at `root`, or null where there is none (before the first release). */
export function readDataRelease(root: string): DataRelease | null {
  const file = join(root, RECORD_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DataRelease) : null;
}

/** Pending changesets: `.changeset/*.md` except the README. */
export function pendingChangesets(root: string): Changeset[] {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md');
  return files.sort().map((file) => ({ path: `.changeset/${file}`, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Reads everything `checkDataVersion` needs from the package at `root`: files only, no git history. */
export function readDataVersionState(root: string): DataVersionState {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return {
    version: manifest.version ?? '',
    record: readDataRelease(root),
    files: hashDataFiles(root),
    changesets: pendingChangesets(root),
  };
}
