/**
 * `lt-ru-1920/border`: the Article II line of the Soviet–Lithuanian Peace
 * Treaty of 12 July 1920 as GeoJSON — waypoints, line segments and the
 * territory — with two geometry helpers. Schematic reconstruction from the
 * treaty text and the Statesman's Year-Book 1921 summary; not a survey.
 * Place coordinates © GeoNames (geonames.org), CC BY 4.0.
 *
 * @example
 * ```ts
 * import { containsPoint } from 'lt-ru-1920/border';
 * containsPoint([25.2798, 54.6892]); //=> true (Vilnius)
 * ```
 * @module lt-ru-1920/border
 */
export { border, borderLine, territory, waypoints } from '../generated/border-data.generated.js';
export type { SegmentId, WaypointId } from '../generated/border-ids.generated.js';
export type {
  BorderCollection,
  BorderLineCollection,
  BorderSegment,
  ClosingEdge,
  Territory,
  Waypoint,
  WaypointCollection,
} from '../schemas/border.js';
export type { PositionInput } from './assert-position.js';
export { containsPoint } from './contains-point.js';
export { distanceToLineKm } from './distance-to-line-km.js';
export { getSegment } from './get-segment.js';
export { getWaypoint } from './get-waypoint.js';
export { type NearestSegment, nearestSegment } from './nearest-segment.js';
export { type NearestSide, nearestSide } from './nearest-side.js';
