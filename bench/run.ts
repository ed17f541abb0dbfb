/**
 * `npm run bench`: builds dist/ (skip with `--no-build`), measures the four
 * figures of the benchmark issue side by side and writes bench/RESULTS.md.
 * Options: `--runs N` (default 7), `--out PATH`. Never used by the tests:
 * timings belong here, not in assertions.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundleCost } from './bundle-cost.js';
import { measureColdImport } from './cold-import.js';
import { measureContainsPoint } from './contains-point.js';
import { root } from './dist.js';
import { describeMachine } from './machine.js';
import { renderResults } from './report.js';
import { measureValidation } from './validation.js';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
    out: { type: 'string', default: join(root, 'bench/RESULTS.md') },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs must be a positive integer, got ${values.runs}`);

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

if (!values['no-build']) {
  log('npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const machine = describeMachine();
log('1/4 bundle cost');
const bundle = await measureBundleCost(runs);
log('2/4 containsPoint vs turf');
const containsPoint = await measureContainsPoint(runs);
log('3/4 validation throughput');
const validation = await measureValidation(runs);
log('4/4 cold import');
const coldImport = measureColdImport(runs);

const markdown = renderResults({ machine, runs, bundle, containsPoint, validation, coldImport });
writeFileSync(values.out, markdown);
process.stdout.write(markdown);
log(`wrote ${values.out}`);
