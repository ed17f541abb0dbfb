import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../scripts/emit/size-limit.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Size\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
/** The README's Size table as `[import, budget]` cells. */
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')) as [string, string]);

// The budgets are written once, in scripts/emit/size-limit.ts, which generates .size-limit.json
// (size-limit enforces it on the build); the README states each one's rule for readers.
describe('README: Size', () => {
  it('lists every budget once, in order, with its fixed size or its multiple of the JSON', () => {
    const all = budgets();
    expect(rows.map(([entry]) => entry.replace(/ \(without zod\)$/, ''))).toEqual(all.map((budget) => `\`import ${budget.import}\``));
    all.forEach((budget, index) => {
      const cell = rows[index]?.[1] ?? '';
      const ratio = /^([\d.]+) ×/.exec(budget.why ?? '')?.[1];
      if (ratio !== undefined) expect(cell, budget.import).toMatch(new RegExp(`^${ratio.replace('.', '\\.')} × `));
      else if (budget.why?.startsWith('at most')) expect(cell, budget.import).toMatch(/^at most /);
      else expect(cell, budget.import).toMatch(new RegExp(`^${budget.limit}\\b`));
    });
  });
});
