import type { SourceId } from '../generated/ids.generated.js';
import { sources } from '../generated/sources.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Source } from '../schemas/source.js';

/**
 * Looks up a cited work (source) by id. A known id (a `SourceId` literal) returns the record
 * itself, typed without `undefined`; any other string returns the record or
 * `undefined`. Throws a `TypeError` when `id` is not a string.
 *
 * @example
 * ```ts
 * getSource('bfsp-1121').tier; //=> 'primary'
 * getSource('no-such-source'); //=> undefined
 * ```
 */
export function getSource(id: SourceId): DeepReadonly<Source>;
export function getSource(id: string): DeepReadonly<Source> | undefined;
export function getSource(id: string): DeepReadonly<Source> | undefined {
  return findById(sources, id, 'getSource', (record) => record.id);
}
