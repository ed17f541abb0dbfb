import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs vitest with the summary reporter over tests/support/fixtures/summary (optionally filtered) and returns its last lines and exit code. */
function summaryOf(...filters: string[]): { lines: string[]; status: number | null } {
  const config = join(root, 'tests/support/fixtures/summary/vitest.config.ts');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config, ...filters], {
    cwd: root,
    encoding: 'utf8',
  });
  return { lines: result.stdout.trim().split('\n').slice(-2), status: result.status };
}

describe('the summary line', () => {
  it('counts a file that fails to load, a failing beforeAll or afterAll, and an unhandled error as failed', () => {
    // passed: passes, fails (second test), after-all, unhandled; failed: fails, import-error,
    // before-all, after-all, unhandled; skipped: the two tests under the failed beforeAll, and skips.
    expect(summaryOf()).toMatchObject({ lines: [expect.any(String), '4 passed, 5 failed, 3 skipped'], status: 1 });
  });
  it('reads "0 failed" for a run that passed, after the notices of skipped tests', () => {
    expect(summaryOf('passes.fixture', 'skips.fixture')).toEqual({
      lines: ['⚠ fixture-tool not found on PATH: a fixture test is skipped. Install it with: true', '1 passed, 0 failed, 1 skipped'],
      status: 0,
    });
  });
});
