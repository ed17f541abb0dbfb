import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first-sequencer.js';

/**
 * The test files of each project, by glob. Every `*.test.ts` of the
 * repository is in exactly one (tests/support/projects.test.ts checks it).
 *
 * - `unit`: the code, beside it in src/ and in tests/ (property tests, doc
 *   examples, the test support) and the linter (Biome): imports src/ and
 *   scripts/, builds nothing.
 * - `data`: the records and every file made from them: provenance, raw files
 *   (GDAL too) and JSON Schemas, the bibliography, the generated-file check,
 *   CITATION.cff and datapackage.json, citation styles, guides, the site's
 *   pages (record pages, fact sheets).
 * - `package`: the package as it is built, released and installed: dist/, the
 *   tarball (packed once per run by the global setup), installs, bundlers,
 *   Node versions, the README's raw-file examples (Node, Deno, Bun, DuckDB)
 *   in the installed package; and the two slow checks of what a release publishes: the
 *   data-version gate in a fresh clone and an archive (it regenerates twice),
 *   and the TypeDoc conversion of the API docs. Needs `npm run build` first.
 * - `browser`: the map page, built and served, in headless Chromium.
 */
export const projects = {
  unit: ['src/**/*.test.ts', 'tests/fuzz/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/doc-examples.test.ts', 'tests/lint.test.ts'],
  data: [
    'tests/data.test.ts',
    'tests/provenance.test.ts',
    'tests/json-schema.test.ts',
    'tests/generated.test.ts',
    'tests/exports.test.ts',
    'tests/timeline-*.test.ts',
    'tests/border/**/*.test.ts',
    'tests/history/**/*.test.ts',
    'tests/files/gdal.test.ts',
    'tests/files/history-geo.test.ts',
    'tests/files/lpf.test.ts',
    'tests/sources/**/*.test.ts',
    'tests/release/**/*.test.ts',
    'tests/csl/**/*.test.ts',
    'tests/guides/**/*.test.ts',
    'tests/site/**/*.test.ts',
  ],
  package: [
    'tests/package/**/*.test.ts',
    'tests/matrix/**/*.test.ts',
    'tests/files/readme-files.test.ts',
    'tests/data-version.test.ts',
    'tests/docs-site.test.ts',
  ],
  browser: ['tests/map-page/**/*.test.ts'],
} as const;

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Generous: a few tests run TypeScript, TypeDoc or a build, which take minutes on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Both cores: many tests wait on a child process (npm, tsc, tsx, Chromium).
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    projects: Object.entries(projects).map(([name, include]) => ({
      extends: true,
      test: {
        name,
        include: [...include],
        // The package tests share one tarball, packed and installed once per run.
        globalSetup: name === 'package' ? ['tests/support/packed-package.ts'] : [],
      },
    })),
    // Test files share each worker's modules: the records, the compiled CSL styles and the
    // emitters load once per worker, not once per file, and no worker starts per file. No test
    // mutates shared state (a test that must change a library's setting puts it back).
    isolate: false,
  },
});
