import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './pack.js';

const execFileAsync = promisify(execFile);

/** Top-level paths of the repository that a build neither reads nor may depend on. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.tmp', 'site', 'coverage']);

/** `relative path → sha256` of every file under `dir`. */
function digestTree(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digests[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return digests;
}

/** A copy of the repository (without build output or node_modules) at a new path, sharing node_modules through a symlink. */
function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), 'lt-ru-1920-repro-src-'));
  for (const name of readdirSync(root)) {
    if (!notCopied.has(name)) cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** The repository's tsup CLI, as its package.json `bin` names it. */
function tsupCli(): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/tsup/package.json'), 'utf8')) as { bin: { tsup: string } };
  return join(root, 'node_modules/tsup', manifest.bin.tsup);
}

/** Runs `npm run build`'s two tsup steps in `cwd` (the library, then the CLI), writing into a new temp folder; returns that folder. */
async function cleanBuild(cwd: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'lt-ru-1920-repro-dist-'));
  for (const config of ['tsup.config.ts', 'tsup.cli.config.ts']) {
    await execFileAsync(process.execPath, [tsupCli(), '--config', config, '--out-dir', outDir], { cwd, timeout: 180_000 });
  }
  return outDir;
}

describe('reproducible build', () => {
  it('a clean build from a copy of the repository at another path is byte-identical to dist/ (the build `npm test` made)', async () => {
    // One build more, not two: the repository's own build is the dist/ this run packs and tests.
    const a = digestTree(join(root, 'dist'));
    const b = digestTree(await cleanBuild(copyRepository()));
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'schemas.js', 'border.js', 'history.js', 'cli.js']));
    expect(b, 'a fresh build differs from dist/ (a stale dist/? `npm run build` first)').toEqual(a);
  });
});
