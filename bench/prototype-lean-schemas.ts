/**
 * Measured prototype for the `./schemas ≤ 4 kB without zod` goal (not part of
 * `npm run bench`): bundles src/schemas/index.ts twice with zod external —
 * as it is, and with every `.meta({ title, description })` / `.describe()`
 * call removed — and prints both gzip sizes. The descriptions would then live
 * where they are needed (the JSON Schema generator and the docs), not in the
 * runtime validators. Run: `tsx bench/prototype-lean-schemas.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { gzipSize } from '../scripts/gzip-size.js';
import { root } from './dist.js';

/** A TypeScript transform replacing `x.meta(…)` and `x.describe(…)` with `x`. */
const dropMeta: ts.TransformerFactory<ts.SourceFile> = (context) => {
  const visit = (node: ts.Node): ts.Node => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      (node.expression.name.text === 'meta' || node.expression.name.text === 'describe')
    ) {
      return ts.visitNode(node.expression.expression, visit) as ts.Expression;
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit) as ts.SourceFile;
};

/** esbuild plugin applying `dropMeta` to every file under src/schemas/. */
const leanSchemas: Plugin = {
  name: 'lean-schemas',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]schemas[\\/][^\\/]+\.ts$/ }, async ({ path }) => {
      const source = ts.createSourceFile(path, await readFile(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      const [lean] = ts.transform(source, [dropMeta]).transformed;
      return { contents: ts.createPrinter().printFile(lean as ts.SourceFile), loader: 'ts' };
    });
  },
};

/** gzip size of the minified ESM bundle of src/schemas/index.ts, zod external. */
async function schemasGzip(plugins: Plugin[]): Promise<number> {
  const result = await build({
    entryPoints: [join(root, 'src/schemas/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'zod/*'],
    plugins,
    logLevel: 'silent',
  });
  return gzipSize(result.outputFiles[0]?.text ?? '');
}

const asIs = await schemasGzip([]);
const lean = await schemasGzip([leanSchemas]);
process.stdout.write(`./schemas without zod, min+gzip: as is ${asIs} B; without .meta()/.describe() ${lean} B (goal ≤ 4000 B)\n`);
