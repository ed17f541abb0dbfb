import { territory } from '../generated/border-data.generated.js';
import { assertPosition } from './assert-position.js';

type Ring = readonly (readonly number[])[];

/** Every edge of every ring of the territory as flat typed arrays, and its bounding box: built once at load. */
function precompute(rings: readonly Ring[]) {
  const edgeCount = rings.reduce((n, ring) => n + ring.length - 1, 0);
  const x1 = new Float64Array(edgeCount);
  const y1 = new Float64Array(edgeCount);
  const x2 = new Float64Array(edgeCount);
  const y2 = new Float64Array(edgeCount);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  let e = 0;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++, e++) {
      const a = ring[i] as readonly number[];
      const b = ring[i + 1] as readonly number[];
      const ax = a[0] as number,
        ay = a[1] as number,
        bx = b[0] as number,
        by = b[1] as number;
      x1[e] = ax;
      y1[e] = ay;
      x2[e] = bx;
      y2[e] = by;
      minX = Math.min(minX, ax);
      maxX = Math.max(maxX, ax);
      minY = Math.min(minY, ay);
      maxY = Math.max(maxY, ay);
    }
  }
  return { x1, y1, x2, y2, edgeCount, minX, minY, maxX, maxY };
}

const geometry = territory.geometry;
const edges = precompute(geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

/**
 * Whether a `[longitude, latitude]` position lies inside the territory the
 * 1920 treaty recognised as Lithuanian (`territory`). A bounding-box check
 * first, then an even–odd ray cast over precomputed edges; no allocation per
 * call, the input is never mutated. Points within the line's `accuracyKm` of
 * it are not decided by the sources — only by the schematic drawing.
 *
 * @throws {TypeError} when `position` is not a `[longitude, latitude]` array of numbers.
 * @throws {RangeError} when a coordinate is NaN, infinite or out of range.
 * @example
 * ```ts
 * containsPoint([25.2798, 54.6892]); //=> true  (Vilnius)
 * containsPoint([27.5667, 53.9]); //=> false (Minsk)
 * ```
 */
export function containsPoint(position: readonly [number, number] | readonly [number, number, number]): boolean {
  assertPosition(position);
  const x = position[0];
  const y = position[1];
  const { x1, y1, x2, y2, edgeCount } = edges;
  if (x < edges.minX || x > edges.maxX || y < edges.minY || y > edges.maxY) return false;
  let inside = false;
  for (let i = 0; i < edgeCount; i++) {
    const ay = y1[i] as number;
    const by = y2[i] as number;
    if (ay > y !== by > y) {
      const ax = x1[i] as number;
      const crossX = ax + ((y - ay) * ((x2[i] as number) - ax)) / (by - ay);
      if (x < crossX) inside = !inside;
    }
  }
  return inside;
}
