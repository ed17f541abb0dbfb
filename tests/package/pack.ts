import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../..');

/** Runs a command and returns its stdout; throws with stderr on a non-zero exit. */
export function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The built package, packed once per run (`npm pack`) and installed into an
 * empty project in a temp folder, as a user would (the package project's
 * global setup, tests/support/packed-package.ts, does both). Returns the
 * tarball, the installed project and `folder`: a new sub-folder of that
 * project named after the calling test file, for the files it writes (Node
 * and TypeScript resolve `lt-ru-1920` from there through the project's
 * node_modules).
 *
 * @example
 * ```ts
 * const { folder } = installedPackage('consumer'); // …/lt-ru-1920-consumer-XXXX/consumer
 * ```
 */
export function installedPackage(name: string): { project: string; tarball: string; folder: string } {
  const { project, tarball } = inject('packedPackage');
  const folder = join(project, name);
  mkdirSync(folder, { recursive: true });
  return { project, tarball, folder };
}
