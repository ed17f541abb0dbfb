/**
 * `npm test`: builds and type-checks at the same time (two programs of one core
 * each, on a 2-core machine), then runs every Vitest project, passing on its
 * arguments (`npm test -- tests/history`). The build's and the type check's
 * output is printed when each ends; a failure of either stops the run before
 * Vitest, with that step's exit code.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`, its output kept until it ends; resolves to its exit code. */
function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(`> npm run ${script}\n${Buffer.concat(output).toString()}`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(['build', 'typecheck'].map(run));
const failed = codes.find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);

const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
vitest.on('close', (code) => process.exit(code ?? 1));
