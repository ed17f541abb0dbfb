import type { SourceRef } from '../../src/schemas/index.js';

/** Every `{ source, locator }` citation anywhere inside a value, with the path to it. */
export function citations(value: unknown, path = '$'): { path: string; ref: SourceRef }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citations(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.source === 'string' && typeof record.locator === 'string' ? [{ path, ref: record as unknown as SourceRef }] : [];
  return own.concat(Object.entries(record).flatMap(([key, child]) => citations(child, `${path}.${key}`)));
}
