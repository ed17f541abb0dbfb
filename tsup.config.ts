import { defineConfig } from 'tsup';

const dataModules = ['places', 'parties', 'signatories', 'events', 'articles', 'ratifications', 'registration', 'treaty'];

/**
 * Four code entries, ESM + CJS, each with its own declaration files
 * (`.d.ts` for `import`, `.d.cts` for `require`). `splitting` lets the
 * entries share chunks instead of duplicating records.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
    border: 'src/border/index.ts',
    history: 'src/history/index.ts',
    // Internal entries: each record group in a file of its own, so that a
    // bundler drops whole files a user never imports (with "sideEffects":
    // false) instead of relying on statement-level purity.
    ...Object.fromEntries(dataModules.map((name) => [`data/${name}`, `src/data/${name}.ts`])),
    'data/sources': 'src/generated/sources.generated.ts',
    'data/dates.generated': 'src/generated/dates.generated.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
});
