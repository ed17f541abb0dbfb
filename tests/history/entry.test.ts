import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.js';

const root = resolve(import.meta.dirname, '../..');

describe('the ./history entry', () => {
  it('bundles without zod or any other package at run time', async () => {
    const result = await build({
      entryPoints: [resolve(root, 'src/history/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules'))).toEqual([]);
  });
  it('is never reached from `.`, `./schemas` or `./border` (no history record for users who did not ask for it)', () => {
    for (const entry of ['src/index.ts', 'src/schemas/index.ts', 'src/border/index.ts']) {
      const reached = importGraph(root, entry);
      expect(reached.length, entry).toBeGreaterThan(3);
      expect(
        reached.filter((path) => path.includes('/src/history/')),
        entry,
      ).toEqual([]);
    }
  });
});
