import { borderLine } from '../generated/border-data.generated.js';
import { KM_PER_DEGREE, RADIANS_PER_DEGREE } from '../internal/units.js';
import { assertPosition } from './assert-position.js';
import { pieceDistanceKm2 } from './piece-distance.js';

/** Segment endpoints of the whole line as flat typed arrays: built once at load. */
function precompute() {
  const pieces = borderLine.features.flatMap((feature) => {
    const c = feature.geometry.coordinates;
    return c.slice(1).map((b, i) => [c[i] as readonly number[], b] as const);
  });
  const lon1 = new Float64Array(pieces.length);
  const lat1 = new Float64Array(pieces.length);
  const lon2 = new Float64Array(pieces.length);
  const lat2 = new Float64Array(pieces.length);
  pieces.forEach(([a, b], i) => {
    lon1[i] = a[0] as number;
    lat1[i] = a[1] as number;
    lon2[i] = b[0] as number;
    lat2[i] = b[1] as number;
  });
  return { lon1, lat1, lon2, lat2, count: pieces.length };
}

const pieces = precompute();

/**
 * Distance in kilometres from a `[longitude, latitude]` position to the
 * nearest point of the 1920 line (`borderLine`). Method: an equirectangular
 * projection centred on the position (x scaled by the cosine of its
 * latitude, mean Earth radius 6371.0088 km), then the exact planar distance to
 * each segment. Within a few hundred km of the line the error is well under
 * 1 %, far below the line's own 3–15 km uncertainty; far away it is only
 * indicative. Never mutates its input, no allocation per call.
 *
 * @throws {TypeError} when `position` is not a `[longitude, latitude]` array of numbers.
 * @throws {RangeError} when a coordinate is NaN, infinite or out of range.
 * @example
 * ```ts
 * distanceToLineKm([26.83263, 55.11676]); //=> 0 (Pastavy, on the line)
 * distanceToLineKm([25.2798, 54.6892]) > 50; //=> true (Vilnius)
 * ```
 */
export function distanceToLineKm(position: readonly [number, number] | readonly [number, number, number]): number {
  assertPosition(position);
  const lon0 = position[0];
  const lat0 = position[1];
  const kx = Math.cos(lat0 * RADIANS_PER_DEGREE) * KM_PER_DEGREE;
  const { lon1, lat1, lon2, lat2, count } = pieces;
  let best = Infinity;
  for (let i = 0; i < count; i++) {
    const d = pieceDistanceKm2(lon0, lat0, kx, lon1[i] as number, lat1[i] as number, lon2[i] as number, lat2[i] as number);
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}
