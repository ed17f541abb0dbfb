import { territory } from '../generated/border-data.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { KM_PER_DEGREE } from '../internal/units.js';
import type { ClosingEdge } from '../schemas/border.js';
import { assertPosition, type PositionInput } from './assert-position.js';
import { pieceDistanceKm2 } from './piece-distance.js';

/** The stretch of the territory's outline nearest to a position, and how far it is. */
export interface NearestSide {
  /** The closing stretch (`territory.properties.closure[]`): its `side`, `basis`, `accuracyKm` (null where the treaty left the side undetermined), note and sources. */
  readonly side: DeepReadonly<ClosingEdge>;
  /** Distance from the position to that stretch of the outline, km. */
  readonly distanceKm: number;
}

type Ring = readonly (readonly number[])[];

const ring = (territory.geometry.type === 'Polygon' ? territory.geometry.coordinates[0] : territory.geometry.coordinates[0]?.[0]) as Ring;

/** Index of a vertex on the exterior ring; the ring's closing vertex counts as its last index when `last` is set. */
function vertexIndex(position: readonly number[], last: boolean): number {
  const index = ring.findIndex((vertex) => vertex[0] === position[0] && vertex[1] === position[1]);
  if (index < 0) throw new Error(`nearestSide: the closing stretch vertex ${position.join(', ')} is not on the territory's ring`);
  return last && index === 0 ? ring.length - 1 : index;
}

/** Each closing stretch with the range of ring vertices it covers: built once at load. */
const stretches = territory.properties.closure.map((side) => ({ side, first: vertexIndex(side.from, false), last: vertexIndex(side.to, true) }));

/**
 * The stretch of the outline of `territory` nearest to a `[longitude,
 * latitude]` position, and the distance to it in km (measured as
 * `distanceToLineKm` measures). The stretch says what bounds the territory
 * there: the Article II line (`basis: 'treaty-line'`), today's borders, the
 * pre-1914 frontier of the Memel Territory — and, where `accuracyKm` is
 * `null`, a side the treaty left undetermined (Art. II note 1: the Polish
 * side toward Suwałki, Sejny and Augustów, and the Latvian side). Use it to
 * say which neighbour a point outside the territory lies toward, and whether
 * the treaty decided that side at all. Never mutates its input.
 *
 * @throws {TypeError} when `position` is not a `[longitude, latitude]` array of numbers.
 * @throws {RangeError} when a coordinate is NaN, infinite or out of range.
 * @example
 * ```ts
 * const { side, distanceKm } = nearestSide([22.93087, 54.11175]); // Suwałki
 * side.side; //=> 'Poland (undetermined)'
 * side.accuracyKm; //=> null (the treaty left this side undetermined)
 * distanceKm > 20; //=> true
 * ```
 */
export function nearestSide(position: PositionInput): NearestSide {
  assertPosition(position);
  const lon0 = position[0];
  const lat0 = position[1];
  const kx = Math.cos((lat0 * Math.PI) / 180) * KM_PER_DEGREE;
  let best = Infinity;
  let bestSide: DeepReadonly<ClosingEdge> | undefined;
  for (const { side, first, last } of stretches) {
    for (let i = first; i < last; i++) {
      const a = ring[i] as readonly number[];
      const b = ring[i + 1] as readonly number[];
      const d = pieceDistanceKm2(lon0, lat0, kx, a[0] as number, a[1] as number, b[0] as number, b[1] as number);
      if (d < best) {
        best = d;
        bestSide = side;
      }
    }
  }
  if (bestSide === undefined) throw new Error('nearestSide: the territory has no closing stretch');
  return { side: bestSide, distanceKm: Math.sqrt(best) };
}
