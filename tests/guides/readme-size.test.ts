import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const budgets = JSON.parse(readFileSync(resolve(root, '.size-limit.json'), 'utf8')) as { name: string; limit: string }[];
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## Size\n'), readme.indexOf('\n## ', readme.indexOf('\n## Size\n') + 1));
/** The README's Size table as `[import, budget]` cells. */
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')) as [string, string]);

// The budgets are written once, in .size-limit.json (size-limit enforces them on the build); the README repeats them for readers.
describe('README: Size', () => {
  it('lists every budget of .size-limit.json once, with its limit', () => {
    expect(rows.length).toBe(budgets.length);
    for (const budget of budgets) {
      const row = rows.filter(([entry]) => budget.name.startsWith(entry.replace(/`/g, '').replace(/ \(without zod\)$/, '')));
      expect(row, budget.name).toHaveLength(1);
      expect(row[0]?.[1], budget.name).toContain(budget.limit);
    }
  });
});
