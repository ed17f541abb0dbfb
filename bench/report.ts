import type { BundleRow, SizeGoal } from './bundle-cost.js';
import type { ColdImportRow } from './cold-import.js';
import type { ContainsPointResult } from './contains-point.js';
import type { Machine } from './machine.js';
import { formatInteger, formatSpread, type Spread } from './stats.js';
import type { ValidationResult } from './validation.js';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  readonly machine: Machine;
  readonly runs: number;
  readonly bundle: readonly BundleRow[];
  readonly containsPoint: ContainsPointResult;
  readonly validation: ValidationResult;
  readonly coldImport: readonly ColdImportRow[];
}

const verdict = (met: boolean | undefined) => (met === undefined ? '–' : met ? '✅ met' : '❌ **missed**');

function goalText(goal: SizeGoal | undefined): string {
  if (!goal) return '–';
  return 'maxBytes' in goal ? `≤ ${formatInteger(goal.maxBytes)} B` : `≤ ${goal.maxRatio} × floor`;
}

/** Exact bytes when every run gave the same number, else min / median / max. */
function sizeText(value: Spread): string {
  return value.min === value.max ? formatInteger(value.median) : [value.min, value.median, value.max].map(formatInteger).join(' / ');
}

function bundleTable(rows: readonly BundleRow[]): string[] {
  return [
    '| import | minified B | min+gzip B | floor: gzip B of … | floor B | gzip / floor | goal | |',
    '|---|---:|---:|---|---:|---:|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${sizeText(row.minified)} | ${sizeText(row.gzip)} | ${row.floorOf} | ${formatInteger(row.floor)} | ${(row.gzip.median / row.floor).toFixed(2)} × | ${goalText(row.goal)} | ${verdict(row.met)} |`,
    ),
  ];
}

/** RESULTS.md: the machine, then one table per figure; timings as min / **median** / max. */
export function renderResults(results: BenchResults): string {
  const { machine, runs, containsPoint: cp, validation: v } = results;
  const cpMet = cp.ratio.median >= 3;
  const agreementMet = cp.agreement === 1;
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts) against the built `dist/`. Do not edit by hand.',
    'Timings are **min / median / max** over the runs below; sizes are the same in every run unless a spread is shown.',
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${machine.cpu} × ${machine.cores} |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| date | ${machine.date} |`,
    `| load average at start (1 / 5 / 15 min) | ${machine.load} |`,
    `| runs per figure | ${runs} |`,
    '',
    '## 1. Bundle cost per entry (esbuild 0.28, minified, ESM, gzip -9) against its floor',
    '',
    'The floor is the gzip size of the same records as compact JSON: what the data costs with no code at all.',
    '',
    ...bundleTable(results.bundle),
    '',
    `## 2. \`containsPoint\` against \`@turf/boolean-point-in-polygon\``,
    '',
    `${formatInteger(cp.points)} seeded random points in the territory's bounding box [${cp.bbox.map((n) => n.toFixed(3)).join(', ')}] (${formatInteger(cp.inside)} inside), each run timing one pass of each function over all points.`,
    '',
    '| | points / s |',
    '|---|---:|',
    `| \`containsPoint\` (lt-ru-1920/border) | ${formatSpread(cp.ours)} |`,
    `| \`booleanPointInPolygon\` (turf 7.4) | ${formatSpread(cp.turf)} |`,
    `| ratio (per run) | ${formatSpread(cp.ratio)} × — goal ≥ 3 × ${verdict(cpMet)} |`,
    `| agreement | ${(cp.agreement * 100).toFixed(3)} % — goal 100 % ${verdict(agreementMet)} |`,
    '',
    '## 3. Validation throughput: zod schemas against ajv on the generated JSON Schemas',
    '',
    `Every shipped record (${v.records} records of ${v.kinds} kinds, round-tripped through JSON), validated in a loop for ≥ 300 ms per run. Accepted: zod ${v.acceptedByZod} / ${v.records}, ajv ${v.acceptedByAjv} / ${v.records}.`,
    '',
    '| validator | records / s |',
    '|---|---:|',
    `| zod 4 \`schema.safeParse\` | ${formatSpread(v.zod)} |`,
    `| \`validate(kind, value)\` (zod + issue paths) | ${formatSpread(v.validate)} |`,
    `| ajv 8 (draft 2020-12 + ajv-formats) on \`schemas/*.schema.json\` | ${formatSpread(v.ajv)} |`,
    `| ajv / zod (medians) | ${(v.ajv.median / v.zod.median).toFixed(1)} × |`,
    '',
    '## 4. Cold import in a fresh Node process',
    '',
    '`import time` is measured inside the process around `await import(…)`; `process` is spawn to exit. One untimed warm-up round first; cases interleaved.',
    '',
    '| what a fresh process imports | import time ms | process ms |',
    '|---|---:|---:|',
    ...results.coldImport.map((row) => `| ${row.name} | ${formatSpread(row.importMs)} | ${formatSpread(row.processMs)} |`),
    '',
  ].join('\n');
}
