/**
 * `npm run bench:cli`: start-up of the `lt-ru-1920 where` command against a
 * bare `node -e 0`, side by side (runs interleaved), from the built
 * `dist/cli.js` (run `npm run build` first). Options: `--runs N` (default
 * 15, at least 7). The goal (issue 9): the CLI's median at most 2× bare node's.
 * Never used by the tests: timings belong here, not in assertions.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './dist.js';
import { format, now, spread } from './stats.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 7) throw new RangeError(`--runs must be an integer ≥ 7, got ${values.runs}`);

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'lt-ru-1920 where 25.2798 54.6892', args: [join(root, 'dist/cli.js'), 'where', '25.2798', '54.6892'] },
] as const;

/** Spawn-to-exit time of one process, ms. */
function timeOnce(args: readonly string[]): number {
  const start = now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 30_000 });
  const ms = now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${String(result.status)}\n${result.stderr}`);
  return ms;
}

const samples: number[][] = cases.map(() => []);
timeOnce(cases[1].args); // warm the file cache once, unmeasured
for (let run = 0; run < runs; run++) cases.forEach((item, index) => samples[index]?.push(timeOnce(item.args)));

const [bare, cli] = samples.map(spread) as [ReturnType<typeof spread>, ReturnType<typeof spread>];
const lines = [
  `Node ${process.versions.node}, ${runs} runs each, interleaved; spawn to exit, ms (min / median / max)`,
  ...cases.map((item, index) => {
    const s = index === 0 ? bare : cli;
    return `  ${item.name.padEnd(34)} ${format(s.min)} / ${format(s.median)} / ${format(s.max)}`;
  }),
  `  ratio of medians: ${(cli.median / bare.median).toFixed(2)}× (goal ≤ 2×)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
