/**
 * Small spherical-geometry routines for the border generator: destination
 * points (for the Grodno arc), rounding, ring orientation and area, on the
 * sphere of `src/internal/units.ts` (mean Earth radius, IUGG).
 */

/**
 * A `[lon, lat]` pair in degrees.
 *
 * @example
 * ```ts
 * const vilnius: Position = [25.2798, 54.68916];
 * ```
 */
export type Position = [number, number];

import { EARTH_RADIUS_KM, RADIANS_PER_DEGREE as RAD } from '../../../src/internal/units.js';

export { EARTH_RADIUS_KM, VERST_KM } from '../../../src/internal/units.js';

/**
 * Rounds to at most 6 decimals (≈ 0.1 m), the precision every shipped coordinate has.
 *
 * @example
 * ```ts
 * round6(25.12345678); //=> 25.123457
 * ```
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Rounds both members of a position to 6 decimals.
 *
 * @example
 * ```ts
 * roundPosition([25.12345678, 54.1]); //=> [25.123457, 54.1]
 * ```
 */
export function roundPosition([lon, lat]: Position): Position {
  return [round6(lon), round6(lat)];
}

/**
 * The point `distanceKm` from `origin` along the great circle leaving it at `bearingDeg` (clockwise from north).
 *
 * @example
 * ```ts
 * destination([23.8258, 53.6884], 180, 18.67); //=> ≈ [23.8258, 53.5205]
 * ```
 */
export function destination([lon, lat]: Position, bearingDeg: number, distanceKm: number): Position {
  const delta = distanceKm / EARTH_RADIUS_KM;
  const theta = bearingDeg * RAD;
  const phi1 = lat * RAD;
  const lambda1 = lon * RAD;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
  const lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
  return [lambda2 / RAD, phi2 / RAD];
}

/**
 * Initial great-circle bearing from `a` to `b`, degrees clockwise from north in [0, 360).
 *
 * @example
 * ```ts
 * bearing([23.8258, 53.6884], [24.06639, 53.50694]); //=> ≈ 142
 * ```
 */
export function bearing([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const phi1 = lat1 * RAD;
  const phi2 = lat2 * RAD;
  const dl = (lon2 - lon1) * RAD;
  const y = Math.sin(dl) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dl);
  return (((Math.atan2(y, x) / RAD) % 360) + 360) % 360;
}

/**
 * Twice the planar signed area in degree space: positive for a counter-clockwise ring.
 *
 * @example
 * ```ts
 * signedArea2([[0, 0], [1, 0], [1, 1], [0, 0]]); //=> 1
 * ```
 */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Area of a closed lon/lat ring on the sphere in km², by the line-integral
 * formula of Chamberlain & Duquette (2007, JPL "Some algorithms for polygons
 * on a sphere"). Positive for counter-clockwise rings.
 *
 * @example
 * ```ts
 * sphericalRingAreaKm2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]); //=> ≈ 12364
 * ```
 */
export function sphericalRingAreaKm2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lon1, lat1] = ring[i] as Position;
    const [lon2, lat2] = ring[i + 1] as Position;
    sum += (lon2 - lon1) * RAD * (2 + Math.sin(lat1 * RAD) + Math.sin(lat2 * RAD));
  }
  return (-sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}
