import { waypoints } from '../generated/border-data.generated.js';
import type { WaypointId } from '../generated/border-ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { findById } from '../internal/find-by-id.js';
import type { Waypoint } from '../schemas/border.js';

/**
 * Looks up an Article II waypoint (a GeoJSON Point feature, `geometry: null` when unlocated) by its `properties.id`. A known id (an `WaypointId` literal)
 * returns the feature itself, typed without `undefined`; any other string
 * returns the feature or `undefined`. Throws a `TypeError` when `id` is not a
 * string.
 *
 * @example
 * ```ts
 * getWaypoint('svislach-mouth').properties.method; //=> 'river-mouth'
 * getWaypoint('nowhere'); //=> undefined
 * ```
 */
export function getWaypoint(id: WaypointId): DeepReadonly<Waypoint>;
export function getWaypoint(id: string): DeepReadonly<Waypoint> | undefined;
export function getWaypoint(id: string): DeepReadonly<Waypoint> | undefined {
  return findById(waypoints.features, id, 'getWaypoint', (feature) => feature.properties.id);
}
