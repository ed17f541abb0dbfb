import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest (each waits on a build, a type check or other Node
 * versions), in the order they start. Started first, they run beside the many short files
 * instead of after them, so that the run ends when the last short file does.
 */
export const SLOW_FILES = [
  'tests/package/reproducible.test.ts',
  'tests/package/consumer.test.ts',
  'tests/matrix/cli.test.ts',
  'tests/package/lint.test.ts',
  'tests/generated.test.ts',
] as const;

/** Where a file is in {@link SLOW_FILES}, or after all of them. */
const rank = (spec: TestSpecification): number => {
  const index = SLOW_FILES.findIndex((file) => spec.moduleId.endsWith(file));
  return index === -1 ? SLOW_FILES.length : index;
};

/**
 * Vitest's own order (failed first, then the longest by the last run's times, or the
 * largest file on a fresh checkout), with {@link SLOW_FILES} moved to the front.
 */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
