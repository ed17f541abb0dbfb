import { borderLine } from '../generated/border-data.generated.js';
import type { SegmentId } from '../generated/border-ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { BorderSegment } from '../schemas/border.js';

/**
 * Looks up a segment of the 1920 line (a GeoJSON LineString feature) by its `properties.id`. A known id (a `SegmentId` literal)
 * returns the feature itself, typed without `undefined`; any other string
 * returns the feature or `undefined`. Throws a `TypeError` when `id` is not a
 * string.
 *
 * @example
 * ```ts
 * getSegment('neman-svislach-mosty').properties.basis; //=> 'contemporary-summary'
 * getSegment('no-such-segment'); //=> undefined
 * ```
 */
export function getSegment(id: SegmentId): DeepReadonly<BorderSegment>;
export function getSegment(id: string): DeepReadonly<BorderSegment> | undefined;
export function getSegment(id: string): DeepReadonly<BorderSegment> | undefined {
  return findById(borderLine.features, id, 'getSegment', (feature) => feature.properties.id);
}
