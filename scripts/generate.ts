/**
 * Writes every generated file (`npm run generate`), or with `--check`
 * lists the stale ones and exits 1. The test suite runs the same check.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Emitter, GeneratedFile } from './emitter.js';
import { stages } from './emitters.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs every emitter, stage by stage, and returns the files of each stage.
 * `afterStage` (when given) runs on a stage's files before the next stage's
 * emitters are loaded: `npm run generate` writes them there, so that later
 * emitters import the generated modules as they are now.
 */
export async function generateStages(afterStage?: (files: readonly GeneratedFile[]) => Promise<void>): Promise<GeneratedFile[][]> {
  const produced: GeneratedFile[][] = [];
  for (const stage of stages) {
    const files: GeneratedFile[] = [];
    for (const path of stage) {
      const emitter = (await import(pathToFileURL(resolve(root, 'scripts', path)).href)) as { readonly default: Emitter };
      files.push(...(await emitter.default()));
    }
    if (afterStage) await afterStage(files);
    produced.push(files);
  }
  return produced;
}

/** Runs every emitter, stage by stage, and returns all files they produce. */
export async function generateAll(): Promise<GeneratedFile[]> {
  return (await generateStages()).flat();
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

/** Writes the files whose content on disk differs; returns how many it wrote. */
async function writeChanged(files: readonly GeneratedFile[]): Promise<number> {
  const changed = new Set(await staleFiles(files));
  for (const file of files.filter((each) => changed.has(each.path))) {
    const target = resolve(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  return changed.size;
}

async function main(): Promise<void> {
  if (process.argv.includes('--check')) {
    const files = await generateAll();
    const stale = await staleFiles(files);
    if (stale.length > 0) {
      console.error(`stale generated files (run npm run generate):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`${files.length} generated files are up to date`);
    return;
  }
  let written = 0;
  const files = (
    await generateStages(async (stage) => {
      written += await writeChanged(stage);
    })
  ).flat();
  console.log(`${files.length} generated files, ${written} rewritten`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
