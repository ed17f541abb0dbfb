import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type * as Border from '../src/border/index.js';
import { importBuilt } from './dist.js';
import { seededRandom } from './random.js';
import { now, type Spread, spread } from './stats.js';

/** What figure 2 reports. */
export interface ContainsPointResult {
  readonly points: number;
  readonly bbox: readonly [number, number, number, number];
  readonly inside: number;
  readonly ours: Spread;
  readonly turf: Spread;
  readonly ratio: Spread;
  readonly agreement: number;
}

type Position = readonly [number, number];
type TerritoryGeometry = (typeof Border)['territory']['geometry'];

/** [minX, minY, maxX, maxY] of every position of a Polygon or MultiPolygon. */
function bboxOf(geometry: TerritoryGeometry): [number, number, number, number] {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** Calls `test` on every point once; returns points per second. */
function opsPerSecond(points: readonly Position[], test: (point: Position) => boolean): number {
  let inside = 0;
  const start = now();
  for (const point of points) if (test(point)) inside++;
  const elapsed = now() - start;
  if (inside < 0) throw new Error('unreachable'); // keeps the loop's result alive
  return (points.length / elapsed) * 1000;
}

/**
 * Figure 2: `containsPoint` against `@turf/boolean-point-in-polygon` on the
 * same territory, `count` seeded random points in its bounding box, `runs`
 * timed passes each (alternating which goes first), after one warm-up pass.
 */
export async function measureContainsPoint(runs: number, count = 100_000, seed = 1920): Promise<ContainsPointResult> {
  const { containsPoint, territory } = await importBuilt<typeof Border>('lt-ru-1920/border');
  const bbox = bboxOf(territory.geometry);
  const random = seededRandom(seed);
  const points: Position[] = Array.from({ length: count }, () => [bbox[0] + random() * (bbox[2] - bbox[0]), bbox[1] + random() * (bbox[3] - bbox[1])]);
  const ours = (point: Position) => containsPoint(point);
  // turf's types want mutable GeoJSON; it does not mutate (the fuzz suite checks the exports stay frozen and equal).
  const polygon = territory as unknown as Feature<Polygon | MultiPolygon>;
  const turf = (point: Position) => booleanPointInPolygon([point[0], point[1]], polygon);

  let agree = 0;
  let inside = 0;
  for (const point of points) {
    const a = ours(point);
    if (a === turf(point)) agree++;
    if (a) inside++;
  }

  const oursSamples: number[] = [];
  const turfSamples: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    const first = run % 2 === 0;
    const turfFirst = first ? undefined : opsPerSecond(points, turf);
    const o = opsPerSecond(points, ours);
    const t = turfFirst ?? opsPerSecond(points, turf);
    oursSamples.push(o);
    turfSamples.push(t);
    ratios.push(o / t);
  }
  return { points: count, bbox, inside, ours: spread(oursSamples), turf: spread(turfSamples), ratio: spread(ratios), agreement: agree / count };
}
