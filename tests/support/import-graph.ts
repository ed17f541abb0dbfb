import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Every repository module reachable by static or dynamic import from `entry`
 * (a path relative to `root`); type-only imports count too, which is
 * stricter than a bundler.
 */
export function importGraph(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(resolve(dirname(file), (spec as string).replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(root, entry));
  return [...seen];
}
