import { KM_PER_DEGREE } from '../internal/units.js';

/**
 * Squared distance, km², from the position (`lon0`, `lat0`) to the straight
 * piece from (`lon1`, `lat1`) to (`lon2`, `lat2`), in an equirectangular
 * projection centred on the position: `kx` is km per degree of longitude
 * there (`Math.cos(lat0 in radians) * KM_PER_DEGREE`). Exact in the plane;
 * within a few hundred km of the line the error is well under 1 %. Shared by
 * `distanceToLineKm` and `nearestSegment`, so they always agree.
 *
 * @internal
 * @example
 * ```ts
 * Math.sqrt(pieceDistanceKm2(0, 0, KM_PER_DEGREE, -1, 1, 1, 1)); //=> 111.19… (one degree north, at the equator)
 * ```
 */
export function pieceDistanceKm2(lon0: number, lat0: number, kx: number, lon1: number, lat1: number, lon2: number, lat2: number): number {
  const ax = (lon1 - lon0) * kx;
  const ay = (lat1 - lat0) * KM_PER_DEGREE;
  const dx = (lon2 - lon0) * kx - ax;
  const dy = (lat2 - lat0) * KM_PER_DEGREE - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
  const px = ax + t * dx;
  const py = ay + t * dy;
  return px * px + py * py;
}
