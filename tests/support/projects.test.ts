import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projects } from '../../vitest.config.js';
import { SLOW_FILES } from './slow-first-sequencer.js';

const root = resolve(import.meta.dirname, '../..');

/** Top-level folders that hold no test of ours. */
const notOurs = new Set(['node_modules', '.git', '.tmp', 'dist', 'site', 'coverage', 'reports']);

/** Every `*.test.ts` file of the repository, relative to the root. */
function testFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return dir === root && notOurs.has(entry.name) ? [] : testFiles(join(dir, entry.name));
    return entry.name.endsWith('.test.ts') ? [relative(root, join(dir, entry.name))] : [];
  });
}

/** A glob of vitest.config.ts (`**` any folders, `*` any name part) as a regular expression. */
function globPattern(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:[^/]+/)*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

describe('the vitest projects (vitest.config.ts)', () => {
  const files = testFiles();
  const patterns = Object.entries(projects).map(([name, globs]) => [name, globs.map(globPattern)] as const);
  it('put every test file in exactly one project, so that `npm test` runs each once', () => {
    const homes = files.map((file) => [file, patterns.filter(([, globs]) => globs.some((glob) => glob.test(file))).map(([name]) => name)] as const);
    expect(homes.filter(([, names]) => names.length !== 1)).toEqual([]);
    expect(files.length).toBeGreaterThan(80);
  });
  it('have no glob that matches nothing', () => {
    for (const [name, globs] of patterns)
      for (const glob of globs)
        expect(
          files.some((file) => glob.test(file)),
          `${name}: ${glob}`,
        ).toBe(true);
  });
  it('reads `**/` as any folders and `*` as part of one name', () => {
    expect(globPattern('tests/fuzz/**/*.test.ts').test('tests/fuzz/border.test.ts')).toBe(true);
    expect(globPattern('src/**/*.test.ts').test('src/helpers/citation/dates.test.ts')).toBe(true);
    expect(globPattern('tests/timeline-*.test.ts').test('tests/timeline-svg.test.ts')).toBe(true);
    expect(globPattern('tests/timeline-*.test.ts').test('tests/x/timeline-svg.test.ts')).toBe(false);
    expect(globPattern('tests/data.test.ts').test('tests/dataXtest.ts')).toBe(false);
  });
  it('start the slow files first: each one the sequencer names exists', () => {
    for (const file of SLOW_FILES) expect(files, file).toContain(file);
  });
});
