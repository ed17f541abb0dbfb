import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../scripts/emitter.js';
import { stages } from '../scripts/emitters.js';
import { generateStages, root, staleFiles } from '../scripts/generate.js';

/**
 * Every repository module a module loads at run time, by static or dynamic
 * import: type-only imports and exports are left out, since they are erased.
 */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm),
      ...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g),
    ];
    for (const [, spec] of specifiers) visit(resolve(dirname(file), (spec as string).replace(/\.js$/, '.ts')));
  };
  visit(resolve(root, entry));
  return seen;
}

/** What every emitter produces, stage by stage: run once for all the tests of this file (a run takes seconds). */
let run: Promise<GeneratedFile[][]> | undefined;
const produce = (): Promise<GeneratedFile[][]> => {
  run ??= generateStages();
  return run;
};
const generateAll = async (): Promise<GeneratedFile[]> => (await produce()).flat();

/** The module file of each emitter of each stage. */
const emitterFiles = stages.map((stage) => stage.map((path) => resolve(root, 'scripts', path)));

describe('generated files', () => {
  it('every generated file is up to date (run `npm run generate` to refresh)', async () => {
    const files = await generateAll();
    expect(files.length).toBeGreaterThan(10);
    expect(await staleFiles(files)).toEqual([]);
  });
  it('no two emitters write the same path', async () => {
    const paths = (await generateAll()).map((file) => file.path);
    expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  });
  it('one process suffices: no emitter loads a generated module that its own or a later stage writes', async () => {
    const produced = await produce();
    expect(produced.map((files) => files.length).every((count) => count > 0)).toBe(true);
    const modulesOfStage = produced.map((files) => files.filter((file) => file.path.endsWith('.ts')).map((file) => resolve(root, file.path)));
    expect(modulesOfStage.flat().length).toBeGreaterThan(3);
    const loadedTooEarly: string[] = [];
    emitterFiles.forEach((files, stage) => {
      const notYetWritten = new Set(modulesOfStage.slice(stage).flat());
      for (const file of files) {
        for (const loaded of runtimeGraph(file)) {
          if (notYetWritten.has(loaded)) loadedTooEarly.push(`${file} (stage ${stage + 1}) loads ${loaded}`);
        }
      }
    });
    expect(loadedTooEarly).toEqual([]);
  });
  it('the bibliographies’ emitter reads the records from their own modules, not through an index that loads its output', () => {
    const rel = (entry: string) => [...runtimeGraph(entry)].map((file) => file.slice(root.length + 1));
    expect(rel('src/history/records/index.ts')).toContain('src/generated/history-sources.generated.ts');
    expect(rel('scripts/emit/sources.ts')).toContain('src/history/records/control-periods.ts');
    expect(rel('scripts/emit/sources.ts').filter((file) => /sources\.generated\.ts$/.test(file))).toEqual([]);
  });
  it('names emitter modules that exist', () => {
    for (const file of emitterFiles.flat()) expect(existsSync(file), file).toBe(true);
  });
  it('the import reader sees a run-time import of a generated module and skips a type-only one', () => {
    const graph = [...runtimeGraph('src/data/treaty.ts')].map((file) => file.slice(root.length + 1));
    expect(graph).toContain('src/generated/dates.generated.ts');
    expect([...runtimeGraph('src/history/status-on.ts')].map((file) => file.slice(root.length + 1))).not.toContain('src/generated/history-ids.generated.ts');
  });
});

describe('.gitattributes', () => {
  /** Whether a path matches one .gitattributes pattern (`**` any depth, `*` within one folder). */
  const matches = (pattern: string, path: string): boolean =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .split('**')
        .map((part) => part.replace(/\*/g, '[^/]*'))
        .join('.*')}$`,
    ).test(path);
  const generatedPatterns = readFileSync(resolve(root, '.gitattributes'), 'utf8')
    .split('\n')
    .filter((line) => /\slinguist-generated$/.test(line))
    .map((line) => line.split(/\s+/)[0] as string);

  it('marks every generated file linguist-generated', async () => {
    const unmarked = (await generateAll()).map((file) => file.path).filter((path) => !generatedPatterns.some((pattern) => matches(pattern, path)));
    expect(unmarked).toEqual([]);
  });
  it('marks no hand-written file', () => {
    for (const path of ['src/data/events.ts', 'docs/getting-started.md', 'docs/version-policy.md', 'README.md', 'data-src/SOURCE.md', 'scripts/generate.ts']) {
      expect(
        generatedPatterns.some((pattern) => matches(pattern, path)),
        path,
      ).toBe(false);
    }
  });
});
