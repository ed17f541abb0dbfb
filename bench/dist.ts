import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root (the bench lives in `bench/`). */
export const root = resolve(import.meta.dirname, '..');

/** The package's entries as users import them, and the built file each resolves to for `import`. */
export const entries = ['lt-ru-1920', 'lt-ru-1920/schemas', 'lt-ru-1920/border'] as const;
export type Entry = (typeof entries)[number];

interface ExportsMap {
  readonly exports: Readonly<Record<string, { readonly import?: { readonly default?: string } } | string>>;
}

/** The file an `import` of `specifier` (`lt-ru-1920` or `lt-ru-1920/<subpath>`) resolves to, read from package.json's `exports`. */
export function resolveImport(specifier: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as ExportsMap;
  const key = specifier === 'lt-ru-1920' ? '.' : `.${specifier.slice('lt-ru-1920'.length)}`;
  const target = pkg.exports[key];
  const file = typeof target === 'string' ? target : target?.import?.default;
  if (!file) throw new Error(`${specifier}: not in package.json exports`);
  return join(root, file);
}

/** Imports the built module behind `specifier` (so the bench measures dist/, not src/). */
export async function importBuilt<T>(specifier: Entry): Promise<T> {
  return (await import(pathToFileURL(resolveImport(specifier)).href)) as T;
}

/** Reads a JSON file shipped with the package (`data/…`, `schemas/…`). */
export function readShippedJson(path: string): unknown {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}
