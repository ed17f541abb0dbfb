/**
 * `npm run data:check [-- --release]`: the version gate for the data, on the
 * command line (the test suite runs the same check). Exits 1 and names the
 * version and the changed files when the rules of docs/version-policy.md fail.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDataVersion } from './check.js';
import { readDataVersionState } from './state.js';

const { values } = parseArgs({ options: { release: { type: 'boolean', default: false } } });
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const problems = checkDataVersion(readDataVersionState(root), values.release ? 'release' : 'develop');
for (const problem of problems) console.error(`data-version: ${problem}`);
if (problems.length === 0) console.log('data-version: ok');
process.exitCode = problems.length === 0 ? 0 : 1;
