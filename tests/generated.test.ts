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

/**
 * Emitters that load a module they write themselves, and why that cannot make
 * their output stale: each is checked below.
 */
const loadsOwnOutput: Readonly<Record<string, string>> = {
  'emit/sources.ts': 'it partitions the works by the citations of the records; the bibliographies it loads through the records’ index cite no work themselves',
};

/** What every emitter produces, stage by stage: run once for all the tests of this file (a run takes seconds). */
let run: Promise<GeneratedFile[][]> | undefined;
const produce = (): Promise<GeneratedFile[][]> => {
  run ??= generateStages();
  return run;
};
const generateAll = async (): Promise<GeneratedFile[]> => (await produce()).flat();

/** The module file of each emitter of each stage. */
const emitterFiles = stages.map((stage) => stage.map((path) => resolve(root, 'scripts', path)));

/** The generated modules the emitter module `file` writes, found by running it alone. */
function modulesOf(file: string, produced: readonly (readonly { readonly path: string }[])[]): string[] {
  const stage = emitterFiles.findIndex((files) => files.includes(file));
  const ts = (produced[stage] ?? []).filter((each) => each.path.endsWith('.ts') && each.path.startsWith('src/generated/'));
  return ts.map((each) => resolve(root, each.path)).filter((path) => /sources\.generated\.ts$/.test(path));
}

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
        const own = new Set(loadsOwnOutput[file.slice(resolve(root, 'scripts').length + 1)] === undefined ? [] : modulesOf(file, produced));
        for (const loaded of runtimeGraph(file)) {
          if (notYetWritten.has(loaded) && !own.has(loaded)) loadedTooEarly.push(`${file} (stage ${stage + 1}) loads ${loaded}`);
        }
      }
    });
    expect(loadedTooEarly).toEqual([]);
  });
  it('an emitter that loads its own bibliographies does not read them: no work of the bibliography cites a work', async () => {
    const { sources } = await import('../src/generated/sources.generated.js');
    const { historySources } = await import('../src/generated/history-sources.generated.js');
    expect(Object.keys(loadsOwnOutput)).toEqual(['emit/sources.ts']);
    expect([...sources, ...historySources].filter((work) => 'sources' in work)).toEqual([]);
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
