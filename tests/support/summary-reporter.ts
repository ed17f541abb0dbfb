import type { UserConsoleLog } from 'vitest';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';
import { NOTICE } from './find-tool.js';

/** Counts for the summary line. */
export interface Summary {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * Counts tests by result. A file that failed without a failed test (it did
 * not load, or a `beforeAll`/`afterAll` hook threw) counts as one failure,
 * and so does every unhandled error: the line never reads "0 failed" for a
 * run that failed.
 *
 * @example
 * ```ts
 * summarize(testModules, unhandledErrors); //=> { passed: 12, failed: 1, skipped: 0 }
 * ```
 */
export function summarize(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): Summary {
  let passed = 0;
  let failed = unhandledErrors.length;
  let skipped = 0;
  for (const module of testModules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failedHere++;
      else skipped++;
    }
    failed += module.state() === 'failed' && failedHere === 0 ? 1 : failedHere;
  }
  return { passed, failed, skipped };
}

/** Prints the notices of skipped tests, then the plain `N passed, N failed, N skipped` line that CI reads. */
export default class SummaryReporter implements Reporter {
  private readonly notices = new Set<string>();

  onUserConsoleLog(log: UserConsoleLog): void {
    const notice = log.content.trim();
    if (notice.startsWith(NOTICE)) this.notices.add(notice);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const { passed, failed, skipped } = summarize(testModules, unhandledErrors);
    const notices = [...this.notices].map((notice) => `${notice}\n`).join('');
    process.stdout.write(`\n${notices}${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
