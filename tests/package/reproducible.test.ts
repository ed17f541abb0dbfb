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

/** Runs the repository's tsup in `cwd` with its tsup.config.ts, writing into a new temp folder; returns that folder. */
async function cleanBuild(cwd: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'lt-ru-1920-repro-dist-'));
  await execFileAsync(process.execPath, [tsupCli(), '--out-dir', outDir], {
    cwd,
    timeout: 180_000,
  });
  return outDir;
}

describe('reproducible build', () => {
  it('two clean builds, from the repository and from a copy at another path, are byte-identical', async () => {
    const [first, second] = await Promise.all([cleanBuild(root), cleanBuild(copyRepository())]);
    const a = digestTree(first);
    const b = digestTree(second);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'schemas.js', 'border.js', 'history.js']));
    expect(b).toEqual(a);
  });
});
