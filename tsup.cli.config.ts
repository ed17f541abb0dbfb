import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/** The public entries the CLI imports, by the relative path it uses in `src/cli/`. */
const publicEntries: Readonly<Record<string, string>> = {
  '../index.js': 'lt-ru-1920',
  '../border/index.js': 'lt-ru-1920/border',
  '../history/index.js': 'lt-ru-1920/history',
};

/**
 * Rewrites the CLI's imports of `src/index.ts`, `src/border/index.ts` and
 * `src/history/index.ts` to the package's own public entries, left
 * external: at run time Node resolves them (package self-reference) to the
 * built `dist/` files, so the CLI duplicates no record and proves the
 * entries as a user's code would.
 */
const publicEntriesExternal: Plugin = {
  name: 'public-entries-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/((border|history)\/)?index\.js$/ }, (args) => {
      const target = publicEntries[args.path];
      return target === undefined ? undefined : { path: target, external: true };
    });
  },
};

/**
 * The `lt-ru-1920` command: one ESM file, `dist/cli.js`, with the
 * `#!/usr/bin/env node` line of `src/cli/bin.ts`. Built after the library
 * (`npm run build`), which cleans `dist/` first.
 */
export default defineConfig({
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  esbuildPlugins: [publicEntriesExternal],
});
