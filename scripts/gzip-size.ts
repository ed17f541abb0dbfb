import { gzipSync } from 'node:zlib';

/**
 * gzip size in bytes at level 9, as CDNs and size-limit compress: the measure
 * of every size budget (`scripts/emit/size-limit.ts`) and benchmark (`bench/`).
 *
 * @example
 * ```ts
 * gzipSize('') > 0; //=> true
 * ```
 */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * The floor of an import: the gzip size of the records it carries, as compact
 * JSON. A bundle that costs no more than its floor costs no more than its data.
 *
 * @example
 * ```ts
 * jsonFloor({ a: 1 }) === gzipSize('{"a":1}'); //=> true
 * ```
 */
export function jsonFloor(records: unknown): number {
  return gzipSize(JSON.stringify(records));
}
