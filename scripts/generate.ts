/**
 * Writes every generated file (`npm run generate`), or with `--check`
 * lists the stale ones and exits 1. The test suite runs the same check.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitters } from './emitters.js';
import emitSources from './emit/sources.js';
import type { GeneratedFile } from './emitter.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs every emitter, in order, and returns all files they produce. */
export async function generateAll(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const emit of emitters) files.push(...(await emit()));
  return files;
}

/** Paths (relative to the root) whose content on disk differs from what the emitters produce. */
export async function staleFiles(files: readonly GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(resolve(root, file.path), 'utf8').catch(() => undefined);
    if (current !== file.content) stale.push(file.path);
  }
  return stale;
}

async function main(): Promise<void> {
  // Every other emitter reads the bibliographies that emit/sources.ts writes
  // (through the records' modules, loaded once per process): bring those up
  // to date first, and start afresh when they changed, so that a work just
  // added to src/data/sources/ is known to the emitters that cite it.
  const bibliographies = await emitSources();
  const staleBibliographies = await staleFiles(bibliographies);
  if (staleBibliographies.length > 0) {
    if (process.argv.includes('--check')) {
      console.error(`stale generated files (run npm run generate):\n  ${staleBibliographies.join('\n  ')}`);
      process.exit(1);
    }
    for (const file of bibliographies) await writeFile(resolve(root, file.path), file.content);
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: process.env });
    process.exit(again.status ?? 1);
  }
  const files = await generateAll();
  if (process.argv.includes('--check')) {
    const stale = await staleFiles(files);
    if (stale.length > 0) {
      console.error(`stale generated files (run npm run generate):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${files.length} generated files are up to date`);
    return;
  }
  const changed = await staleFiles(files);
  for (const file of files) {
    const target = resolve(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  console.log(`wrote ${files.length} files`);
  // Later emitters import generated modules (the border data, the citation
  // and date tables) as they were when this process loaded them. When one of
  // those modules changed, run once more in a fresh process, so that a single
  // `npm run generate` leaves every file up to date.
  if (changed.some((path) => path.endsWith('.ts')) && process.env['LT_GENERATE_PASS'] !== '2') {
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, LT_GENERATE_PASS: '2' },
    });
    if (again.status !== 0) process.exit(again.status ?? 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
