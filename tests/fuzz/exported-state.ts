import { expect } from 'vitest';
import * as z from 'zod';

/** A zod schema, recognised by the `_zod` internals every zod 4 schema carries. */
function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * A plain, comparable picture of an exported value: records as deep copies,
 * zod schemas as the JSON Schema they describe (so that a mutated schema
 * shows up), functions by name.
 */
function picture(value: unknown): unknown {
  if (typeof value === 'function') return `[function ${value.name}]`;
  if (isZodSchema(value)) return { jsonSchema: z.toJSONSchema(value, { unrepresentable: 'any', io: 'input' }) };
  if (Array.isArray(value)) return value.map(picture);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Reflect.ownKeys(value).map((key) => [String(key), picture((value as Record<PropertyKey, unknown>)[key])]));
  }
  return value;
}

/** Pictures of every export of a module namespace, taken now (compare with a later one via `toEqual`). */
export function captureExports(namespace: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(namespace).map(([name, value]) => [name, picture(value)]));
}

/** Paths inside `value` (an exported record) that are not frozen; empty when the whole tree is. */
export function unfrozenPaths(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(...Object.entries(value).map(([key, child]) => unfrozenPaths(child, `${path}.${key}`)));
}

/** Asserts that every non-function export of a data module is deeply frozen. */
export function expectRecordsFrozen(namespace: object): void {
  for (const [name, value] of Object.entries(namespace)) {
    if (typeof value !== 'function') expect(unfrozenPaths(value, name)).toEqual([]);
  }
}
