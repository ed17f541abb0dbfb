import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every repository module reachable by static or dynamic import from `entry` (type-only imports included: stricter). */
function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), (spec as string).replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(root, entry));
  return [...seen];
}

describe('the ./history entry', () => {
  it('bundles without zod or any other package at run time', async () => {
    const result = await build({ entryPoints: [resolve(root, 'src/history/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, metafile: true, logLevel: 'silent' });
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules'))).toEqual([]);
  });
  it('is never reached from `.`, `./schemas` or `./border` (no history record for users who did not ask for it)', () => {
    for (const entry of ['src/index.ts', 'src/schemas/index.ts', 'src/border/index.ts']) {
      const reached = importGraph(entry);
      expect(reached.length, entry).toBeGreaterThan(3);
      expect(reached.filter((path) => path.includes('/src/history/') || path.includes('/src/data/history/')), entry).toEqual([]);
    }
  });
});
