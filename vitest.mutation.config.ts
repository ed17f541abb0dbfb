import { defineConfig } from 'vitest/config';

/**
 * The unit tests beside the code, for mutation testing (`npm run mutate`):
 * a mutant of `src/` is only ever seen by tests that import `src/`, never by
 * the tests of the built package or the tarball.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
