import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** What the package project's tests share: the tarball packed once per run, and one empty project it is installed in. */
export interface PackedPackage {
  /** Path of the `.tgz` that `npm pack` wrote. */
  readonly tarball: string;
  /** The paths inside the tarball, as `npm pack --json` lists them. */
  readonly files: readonly string[];
  /** A project (its own folder in the temp dir) with the tarball installed by `npm install`, as a user would. */
  readonly project: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packedPackage: PackedPackage;
  }
}

const root = resolve(import.meta.dirname, '../..');

/** Runs npm in `cwd` and returns its stdout; throws with stderr on a non-zero exit. */
function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The package project's global setup: packs the built package once
 * (`npm pack`, after `npm run build`), installs the tarball into a new,
 * empty project in a temp folder, and provides both to the tests
 * (`inject('packedPackage')`); removes the folder after the run.
 *
 * @example
 * ```ts
 * // vitest.config.ts, the package project
 * { test: { name: 'package', globalSetup: ['tests/support/packed-package.ts'] } }
 * ```
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/cli.js'))) {
    throw new Error('the package tests need the build: run `npm run build` first (`npm test` does)');
  }
  const folder = mkdtempSync(join(tmpdir(), 'lt-ru-1920-consumer-'));
  const report = JSON.parse(npm(['pack', '--json', '--pack-destination', folder], root)) as { filename: string; files: { path: string }[] }[];
  const packed = report[0];
  if (!packed) throw new Error('npm pack produced no tarball');
  const tarball = join(folder, packed.filename);
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], folder);
  project.provide('packedPackage', { tarball, files: packed.files.map((file) => file.path), project: folder });
  return () => rmSync(folder, { recursive: true, force: true });
}
