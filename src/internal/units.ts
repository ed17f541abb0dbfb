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
