import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import emitBorder from '../../scripts/emit/border.js';
import { gzipSize } from '../../scripts/gzip-size.js';
import { importGraph } from '../support/import-graph.js';

const root = resolve(import.meta.dirname, '../..');

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzipBytes: gzipSize(code), inputs: Object.keys(result.metafile.inputs) };
}

describe('the ./border entry', () => {
  it('is at most 20 kB min+gzip and carries no zod at run time', async () => {
    const { gzipBytes, inputs } = await bundle('src/border/index.ts');
    expect(gzipBytes).toBeLessThanOrEqual(20_000);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
  });

  it('is never reached from the data entry "." (no coordinate for users who did not ask for the map)', () => {
    const reached = importGraph(root, 'src/index.ts');
    expect(reached.length).toBeGreaterThan(3);
    expect(reached.filter((path) => path.includes('src/border/'))).toEqual([]);
  });

  it('is generated: scripts/emit/border.ts reproduces every committed file byte for byte', async () => {
    const files = await emitBorder();
    expect(files.map((f) => f.path).sort()).toEqual([
      'data/border-line.geo.json',
      'data/border.geo.json',
      'data/territory.geo.json',
      'data/waypoints.geo.json',
      'src/generated/border-data.generated.ts',
    ]);
    for (const file of files) expect(readFileSync(resolve(root, file.path), 'utf8'), file.path).toBe(file.content);
  });
});
