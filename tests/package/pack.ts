import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../..');

/** Runs a command and returns its stdout; throws with stderr on a non-zero exit. */
export function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Packs the built package (`npm pack`) and installs the tarball into a new,
 * empty project in a temp folder, as a user would. Returns that folder.
 */
export function installPackedPackage(): { project: string; tarball: string } {
  const project = mkdtempSync(join(tmpdir(), 'lt-ru-1920-consumer-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root)) as { filename: string }[];
  const filename = packed[0]?.filename;
  if (!filename) throw new Error('npm pack produced no tarball');
  const tarball = join(project, filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  return { project, tarball };
}
