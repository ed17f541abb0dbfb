/**
 * Every citation and every variant in one record, found by walking it: the
 * `sources` lists at any depth (the record's own, a signatory's `born`, a
 * treaty name's…) and the `variants` lists with their values, notes and
 * sources. Each is labelled by where it sits in the record, in words.
 */
import type { SourceRef } from '../../../src/schemas/source-ref.js';

/** The citations at one place in a record: `label` is empty for the record's own. */
export interface CitationGroup {
  readonly label: string;
  readonly refs: readonly SourceRef[];
}

/** A value some sources give instead of the preferred one, with where it sits in the record. */
export interface VariantEntry {
  readonly label: string;
  readonly value: string;
  readonly reported?: string;
  readonly note?: string;
  readonly refs: readonly SourceRef[];
}

const isRef = (value: unknown): value is SourceRef =>
  value !== null && typeof value === 'object' && typeof (value as SourceRef).source === 'string' && typeof (value as SourceRef).locator === 'string';
const isRefs = (value: unknown): value is SourceRef[] => Array.isArray(value) && value.length > 0 && value.every(isRef);

/** `born`, `names › “Moscow Peace Treaty”`: a key, or an array item named by its name, value or id. */
function itemLabel(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const object = item as Record<string, unknown>;
    for (const key of ['name', 'value', 'id'] as const) if (typeof object[key] === 'string' || typeof object[key] === 'number') return `“${object[key]}”`;
  }
  return String(index + 1);
}

const join = (label: string, part: string): string => (label === '' ? part : `${label} › ${part}`);
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * The citation groups and variants of `record` (walked in its key order).
 *
 * @example
 * ```ts
 * walkCitations({ date: '1920-08-06', sources: [{ source: 'w-pl', locator: 'lead' }] }).groups[0]?.label; //=> ''
 * ```
 */
export function walkCitations(record: unknown): { groups: CitationGroup[]; variants: VariantEntry[] } {
  const groups: CitationGroup[] = [];
  const variants: VariantEntry[] = [];
  const walk = (value: unknown, label: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, join(label, itemLabel(item, index))));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (isRefs(object.sources)) groups.push({ label, refs: object.sources });
    if (Array.isArray(object.variants)) {
      for (const variant of object.variants as Record<string, unknown>[]) {
        variants.push({
          label,
          value: String(variant.value),
          ...(typeof variant.reported === 'string' ? { reported: variant.reported } : {}),
          ...(typeof variant.note === 'string' ? { note: variant.note } : {}),
          refs: isRefs(variant.sources) ? variant.sources : [],
        });
      }
    }
    for (const [key, child] of Object.entries(object)) {
      if (key === 'sources' || key === 'variants' || key === 'geometry') continue;
      walk(child, join(label, words(key)));
    }
  };
  walk(record, '');
  return { groups, variants };
}
