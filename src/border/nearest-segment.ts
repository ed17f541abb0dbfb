import { borderLine } from '../generated/border-data.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { KM_PER_DEGREE, RADIANS_PER_DEGREE } from '../internal/units.js';
import type { BorderSegment } from '../schemas/border.js';
import { assertPosition, type PositionInput } from './assert-position.js';
import { pieceDistanceKm2 } from './piece-distance.js';

/** The nearest segment of the 1920 line to a position, and how far it is. */
export interface NearestSegment {
  /** The segment feature (with its `basis`, `feature` and `accuracyKm`). */
  readonly segment: DeepReadonly<BorderSegment>;
  /** Distance from the position to that segment, km. */
  readonly distanceKm: number;
}

/**
 * The segment of the 1920 line (`borderLine`) nearest to a
 * `[longitude, latitude]` position and the distance to it in km, measured
 * as `distanceToLineKm` measures it (so `distanceKm` equals
 * `distanceToLineKm(position)`). Use the segment's `accuracyKm` to judge
 * whether the sources decide which side a point lies on. Never mutates its
 * input.
 *
 * @throws {TypeError} when `position` is not a `[longitude, latitude]` array of numbers.
 * @throws {RangeError} when a coordinate is NaN, infinite or out of range.
 * @example
 * ```ts
 * const { segment, distanceKm } = nearestSegment([25.2798, 54.6892]); // Vilnius
 * segment.properties.id; // the id of the closest stretch of the line
 * distanceKm > 50; //=> true
 * ```
 */
export function nearestSegment(position: PositionInput): NearestSegment {
  assertPosition(position);
  const lon0 = position[0];
  const lat0 = position[1];
  const kx = Math.cos(lat0 * RADIANS_PER_DEGREE) * KM_PER_DEGREE;
  let best = Infinity;
  let bestSegment: DeepReadonly<BorderSegment> | undefined;
  for (const segment of borderLine.features) {
    const points = segment.geometry.coordinates;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as readonly number[];
      const b = points[i + 1] as readonly number[];
      const d = pieceDistanceKm2(lon0, lat0, kx, a[0] as number, a[1] as number, b[0] as number, b[1] as number);
      if (d < best) {
        best = d;
        bestSegment = segment;
      }
    }
  }
  if (bestSegment === undefined) throw new Error('nearestSegment: the border line has no segment');
  return { segment: bestSegment, distanceKm: Math.sqrt(best) };
}
