import { defineConfig } from 'tsup';

/**
 * Three code entries, ESM + CJS, each with its own declaration files
 * (`.d.ts` for `import`, `.d.cts` for `require`). `splitting` lets the
 * entries share chunks instead of duplicating records.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
    border: 'src/border/index.ts',
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
