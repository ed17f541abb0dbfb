/**
 * One Russian verst in kilometres (500 sazhen), the unit of the treaty's distances.
 *
 * @internal
 * @example
 * ```ts
 * 17.5 * VERST_KM; //=> 18.669
 * ```
 */
export const VERST_KM = 1.0668;

/**
 * Mean Earth radius in kilometres (IUGG), the sphere every distance and area
 * of the package and its generators is computed on.
 *
 * @internal
 * @example
 * ```ts
 * EARTH_RADIUS_KM; //=> 6371.0088
 * ```
 */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Radians in one degree.
 *
 * @internal
 * @example
 * ```ts
 * 180 * RADIANS_PER_DEGREE; //=> 3.141592653589793
 * ```
 */
export const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Kilometres per degree of latitude (and of longitude at the equator) on that sphere.
 *
 * @internal
 * @example
 * ```ts
 * KM_PER_DEGREE; //=> 111.19508…
 * ```
 */
export const KM_PER_DEGREE = EARTH_RADIUS_KM * RADIANS_PER_DEGREE;
