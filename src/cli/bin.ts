#!/usr/bin/env node
/**
 * The `lt-ru-1920` command (`bin` in package.json): runs {@link run} with
 * the process arguments, prints its output and sets the exit code.
 */
import { run } from './run.js';

const result = await run(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
