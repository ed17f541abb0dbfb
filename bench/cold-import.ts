import { spawnSync } from 'node:child_process';
import { root } from './dist.js';
import { now, type Spread, spread } from './stats.js';

/** One thing a fresh process imports, and the JSON files that hold the same records. */
interface ImportCase {
  readonly name: string;
  readonly script: string;
}

/** One row of figure 4. */
export interface ColdImportRow {
  readonly name: string;
  /** Time spent in `await import(…)` inside the process, ms. */
  readonly importMs: Spread;
  /** Spawn to exit of the whole `node` process, ms. */
  readonly processMs: Spread;
}

/** A module script that times its own dynamic imports and prints the milliseconds. */
function timedImport(lines: readonly string[]): string {
  return `const start = performance.now();\n${lines.join('\n')}\nprocess.stdout.write(String(performance.now() - start));`;
}

const json = (path: string) => `await import('lt-ru-1920/${path}', { with: { type: 'json' } });`;

/** Each entry, next to the raw JSON of the same records (the JSON files shipped under data/ and schemas/). */
const cases: readonly ImportCase[] = [
  { name: "`import('lt-ru-1920')`", script: timedImport(["await import('lt-ru-1920');"]) },
  {
    name: 'raw JSON of the same records (`data/*.json`, 7 files)',
    script: timedImport(['treaty', 'events', 'signatories', 'parties', 'articles', 'places', 'sources'].map((name) => json(`data/${name}.json`))),
  },
  { name: "`import('lt-ru-1920/border')`", script: timedImport(["await import('lt-ru-1920/border');"]) },
  {
    name: 'raw GeoJSON (`data/{border,border-line,territory,waypoints}.geo.json`)',
    script: timedImport(['border', 'border-line', 'territory', 'waypoints'].map((name) => json(`data/${name}.geo.json`))),
  },
  { name: "`import('lt-ru-1920/schemas')` (loads zod)", script: timedImport(["await import('lt-ru-1920/schemas');"]) },
  { name: 'raw JSON Schema of the treaty (`schemas/Treaty.schema.json`)', script: timedImport([json('schemas/Treaty.schema.json')]) },
  { name: 'empty script (process start-up only)', script: timedImport([]) },
];

/** Runs one case in a fresh `node` (the package resolves itself by name from the repository root). */
function runOnce(item: ImportCase): { importMs: number; processMs: number } {
  const start = now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', item.script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  const processMs = now() - start;
  if (result.status !== 0 || result.stderr !== '') throw new Error(`${item.name}: exit ${String(result.status)}\n${result.stderr}`);
  return { importMs: Number(result.stdout), processMs };
}

/** Figure 4: cold import of each entry in a fresh Node process against importing the raw JSON; cases interleaved, `runs` times. */
export function measureColdImport(runs: number): ColdImportRow[] {
  const samples = cases.map(() => ({ importMs: [] as number[], processMs: [] as number[] }));
  for (let run = 0; run < runs + 1; run++) {
    cases.forEach((item, index) => {
      const result = runOnce(item);
      if (run === 0) return; // the first round warms the OS file cache
      samples[index]?.importMs.push(result.importMs);
      samples[index]?.processMs.push(result.processMs);
    });
  }
  return cases.map((item, index) => ({
    name: item.name,
    importMs: spread(samples[index]?.importMs ?? []),
    processMs: spread(samples[index]?.processMs ?? []),
  }));
}
