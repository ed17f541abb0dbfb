/**
 * `npm test`, in two Vitest runs that keep both cores busy:
 *
 * 1. the `unit` and `data` projects (they need no build) start at once, with
 *    `npm run build` and `npm run typecheck` beside them;
 * 2. the `package` and `browser` projects, which test the build, start as soon
 *    as the build is done.
 *
 * The output comes in that order, never interleaved: the first run's as it
 * happens, then the build's and the type check's, then the second run's (held
 * until the first ends). The last line sums both runs' summaries,
 * `N passed, N failed, N skipped`, and counts a failed build or type check as
 * one failure each. With arguments (`npm test -- tests/history`), it builds and
 * type-checks, then runs one Vitest run with them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

/** The output of a finished child process and its exit code. */
interface Finished {
  readonly code: number;
  readonly output: string;
}

/** Where a child's output goes: kept until `release()`, then written through as it comes. */
class Held {
  #chunks: Buffer[] = [];
  #live: boolean;
  constructor(live: boolean) {
    this.#live = live;
  }
  write(chunk: Buffer): void {
    if (this.#live) process.stdout.write(chunk);
    else this.#chunks.push(chunk);
  }
  release(): void {
    this.#live = true;
    for (const chunk of this.#chunks.splice(0)) process.stdout.write(chunk);
  }
}

/** Waits for a child process, collecting its output into `held` too. */
function finish(child: ChildProcess, held?: Held): Promise<Finished> {
  return new Promise((resolve) => {
    const output: Buffer[] = [];
    const keep = (chunk: Buffer) => {
      output.push(chunk);
      held?.write(chunk);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output).toString() }));
  });
}

/** `npm run <script>`, its output kept for later. */
const npmRun = (script: string): Promise<Finished> =>
  finish(spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' }));

/** One Vitest run, its output written to `held`. */
const vitest = (args: readonly string[], held: Held): Promise<Finished> =>
  finish(
    spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...colour } }),
    held,
  );

/** Prints the kept output of a step. */
const print = (script: string, { output }: Finished): void => {
  process.stdout.write(`\n> npm run ${script}\n${output}`);
};

/** The counts of a run's summary line (tests/support/summary-reporter.ts), or one failure where it printed none. */
function counts(run: Finished | undefined): [number, number, number] {
  if (run === undefined) return [0, 0, 0];
  const last = stripVTControlCharacters(run.output).trim().split('\n').at(-1) ?? '';
  const match = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(last);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 1, 0];
}

const args = process.argv.slice(2);
const build = npmRun('build');
const typecheck = npmRun('typecheck');

if (args.length > 0) {
  const steps = [
    ['build', await build],
    ['typecheck', await typecheck],
  ] as const;
  for (const [script, step] of steps) print(script, step);
  const failed = steps.find(([, step]) => step.code !== 0);
  process.exit(failed ? failed[1].code : (await vitest(args, new Held(true))).code);
}

const held = new Held(false);
const second = build.then((built) => (built.code === 0 ? vitest(['--project', 'package', '--project', 'browser'], held) : undefined));
const first = await vitest(['--project', 'unit', '--project', 'data'], new Held(true));
print('build', await build);
print('typecheck', await typecheck);
held.release();
const last = await second;
const [a, b] = [counts(first), counts(last)];
const stepFailures = [await build, await typecheck].filter((step) => step.code !== 0).length;
process.stdout.write(`\n${a[0] + b[0]} passed, ${a[1] + b[1] + stepFailures} failed, ${a[2] + b[2]} skipped\n`);
process.exit(first.code || (await build).code || (await typecheck).code || (last?.code ?? 1));
