import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { gzipSize, jsonFloor } from '../scripts/gzip-size.js';
import type * as Border from '../src/border/index.js';
import type * as Data from '../src/index.js';
import { importBuilt, readShippedJson, resolveImport, root } from './dist.js';
import { type Spread, spread } from './stats.js';

/** A goal from the issue: an absolute size, or a multiple of the floor. */
export type SizeGoal = { readonly maxBytes: number } | { readonly maxRatio: number };

/** One import a user can write, what its bundle is compared with, and the goal. */
interface BundleCase {
  readonly name: string;
  readonly source: string;
  readonly external?: readonly string[];
  /** What the floor is: the records this import carries, as compact JSON. */
  readonly floorOf: string;
  readonly floorValue: unknown;
  readonly goal?: SizeGoal;
}

/** One measured row of figure 1. */
export interface BundleRow {
  readonly name: string;
  readonly minified: Spread;
  readonly gzip: Spread;
  readonly floorOf: string;
  readonly floor: number;
  readonly goal: SizeGoal | undefined;
  readonly met: boolean | undefined;
}

/** Resolves `lt-ru-1920` and its subpaths through package.json's exports map to dist/, as a user's bundler would. */
const resolvePackage: Plugin = {
  name: 'lt-ru-1920',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^lt-ru-1920(\/.*)?$/ }, (args) => ({ path: resolveImport(args.path) }));
  },
};

/** Minified bundle of `source` (ESM, esbuild, like a user's production build). */
async function bundle(source: string, external: readonly string[]): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: [...external],
    plugins: [resolvePackage],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The cases of figure 1, with floors computed from the built records and the shipped JSON Schemas. */
async function cases(): Promise<BundleCase[]> {
  const data = await importBuilt<typeof Data>('lt-ru-1920');
  const border = await importBuilt<typeof Border>('lt-ru-1920/border');
  const records = Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value !== 'function'));
  const geo = Object.fromEntries(Object.entries(border).filter(([, value]) => typeof value !== 'function'));
  const jsonSchemas = readdirSync(join(root, 'schemas'))
    .filter((file) => file.endsWith('.schema.json'))
    .sort()
    .map((file) => readShippedJson(`schemas/${file}`));
  return [
    {
      name: "`import { SIGNED_ON } from 'lt-ru-1920'`",
      source: "export { SIGNED_ON } from 'lt-ru-1920';",
      floorOf: 'the date string',
      floorValue: data.SIGNED_ON,
      goal: { maxBytes: 200 },
    },
    {
      name: "`import { treaty } from 'lt-ru-1920'`",
      source: "export { treaty } from 'lt-ru-1920';",
      floorOf: '`treaty` as JSON',
      floorValue: data.treaty,
      goal: { maxRatio: 1.15 },
    },
    { name: "`import * from 'lt-ru-1920'`", source: "export * from 'lt-ru-1920';", floorOf: 'every exported record as JSON', floorValue: records },
    {
      name: "`import * from 'lt-ru-1920/border'`",
      source: "export * from 'lt-ru-1920/border';",
      floorOf: 'the four GeoJSON exports as JSON',
      floorValue: geo,
      goal: { maxBytes: 20_000 },
    },
    {
      name: "`import * from 'lt-ru-1920/schemas'`, zod external",
      source: "export * from 'lt-ru-1920/schemas';",
      external: ['zod', 'zod/*'],
      floorOf: 'the shipped JSON Schemas (`schemas/*.schema.json`)',
      floorValue: jsonSchemas,
      goal: { maxBytes: 4_000 },
    },
    {
      name: "`import * from 'lt-ru-1920/schemas'`, zod bundled",
      source: "export * from 'lt-ru-1920/schemas';",
      floorOf: 'the shipped JSON Schemas',
      floorValue: jsonSchemas,
    },
  ];
}

/** Whether `gzip` bytes meet `goal` given the floor. */
function meets(goal: SizeGoal | undefined, gzip: number, floor: number): boolean | undefined {
  if (!goal) return undefined;
  return 'maxBytes' in goal ? gzip <= goal.maxBytes : gzip <= goal.maxRatio * floor;
}

/** Figure 1: bundle each import `runs` times (sizes must not vary) and compare its gzip size with its floor. */
export async function measureBundleCost(runs: number): Promise<BundleRow[]> {
  const rows: BundleRow[] = [];
  for (const item of await cases()) {
    const minified: number[] = [];
    const gzip: number[] = [];
    for (let run = 0; run < runs; run++) {
      const code = await bundle(item.source, item.external ?? []);
      minified.push(Buffer.byteLength(code));
      gzip.push(gzipSize(code));
    }
    const floor = jsonFloor(item.floorValue);
    const gzipSpread = spread(gzip);
    rows.push({
      name: item.name,
      minified: spread(minified),
      gzip: gzipSpread,
      floorOf: item.floorOf,
      floor,
      goal: item.goal,
      met: meets(item.goal, gzipSpread.median, floor),
    });
  }
  return rows;
}
