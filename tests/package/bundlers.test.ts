import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { installedPackage } from './pack.js';

/**
 * Complements tree-shaking.test.ts (esbuild against the repository's dist/):
 * here both bundlers resolve the package the way a user's build does, from
 * the packed tarball installed in node_modules, through its `exports` map and
 * `sideEffects: false`.
 */

const source = "import { SIGNED_ON } from 'lt-ru-1920';\nconsole.log(SIGNED_ON);\n";

/**
 * The whole bundle, once identifiers and whitespace are normalised, when only
 * the constant survives: an optional `const|var|let X = "1920-07-12";` and the
 * `console.log` of it (or the constant inlined into the call).
 */
const justTheConstant = /^(?:(?:const|var|let) (\w+) ?= ?"1920-07-12";?)?console\.log\((?:\1|"1920-07-12")\);?$/;

/** Drops comments (rollup keeps tsup's `// src/…` file markers) and collapses whitespace and quotes, so that both bundlers' output compares with one pattern. */
function normalise(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/'/g, '"')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

let project = '';
let entry = '';

beforeAll(() => {
  project = installedPackage('bundlers').folder;
  entry = join(project, 'entry.mjs');
  writeFileSync(entry, source);
});

describe('`import { SIGNED_ON }` from the installed tarball tree-shakes to the constant', () => {
  it('with esbuild (bundle + minify)', async () => {
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: project,
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(normalise(code)).toMatch(justTheConstant);
  });
  it('with rollup (node-resolve, default tree-shaking)', async () => {
    const warnings: string[] = [];
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ rootDir: project })],
      onwarn: (warning) => void warnings.push(warning.message),
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const [chunk, ...rest] = output;
    expect(rest).toEqual([]);
    expect(warnings).toEqual([]);
    expect(normalise(chunk.code)).toMatch(justTheConstant);
    const rendered = Object.entries(chunk.modules)
      .filter(([, info]) => info.renderedLength > 0)
      .map(([id]) => id);
    expect(rendered.filter((id) => id !== entry)).toHaveLength(1);
  });
});
