import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borderLine, waypoints } from '../generated/border-data.generated.js';
import { distanceToLineKm } from './distance-to-line-km.js';

const R = 6371.0088;
const rad = Math.PI / 180;
function haversineKm(a: readonly number[], b: readonly number[]): number {
  const [lon1, lat1] = a as [number, number];
  const [lon2, lat2] = b as [number, number];
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Independent reference: haversine distance to the line densified every ~50 m. */
function referenceDistanceKm(p: readonly number[]): number {
  let best = Infinity;
  for (const feature of borderLine.features) {
    const c = feature.geometry.coordinates;
    for (let i = 0; i + 1 < c.length; i++) {
      const a = c[i] as readonly number[];
      const b = c[i + 1] as readonly number[];
      const steps = Math.max(1, Math.ceil(haversineKm(a, b) / 0.05));
      for (let s = 0; s <= steps; s++) {
        const t = s / steps;
        const q = [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), (a[1] as number) + t * ((b[1] as number) - (a[1] as number))];
        best = Math.min(best, haversineKm(p, q));
      }
    }
  }
  return best;
}

describe('distanceToLineKm', () => {
  it('puts every located waypoint where the treaty puts it: |distance − lineOffsetKm| ≤ accuracyKm', () => {
    const located = waypoints.features.filter((f) => f.geometry !== null);
    expect(located).toHaveLength(16);
    for (const { geometry, properties } of located) {
      const d = distanceToLineKm(geometry?.coordinates as [number, number]);
      expect(Math.abs(d - (properties.lineOffsetKm ?? 0)), properties.id).toBeLessThanOrEqual(properties.accuracyKm ?? 0);
    }
  });

  it('puts Vilnius, Lida and Grodno more than 15 km from the line', () => {
    expect(distanceToLineKm([25.2798, 54.68916])).toBeGreaterThan(15);
    expect(distanceToLineKm([25.29972, 53.88333])).toBeGreaterThan(15);
    expect(distanceToLineKm([23.8258, 53.6884])).toBeGreaterThan(15);
  });

  it('agrees within 1 % (+ 60 m) with a densified haversine reference on seeded points of the region', () => {
    const points = fc.sample(fc.tuple(fc.double({ min: 21, max: 29, noNaN: true }), fc.double({ min: 52.5, max: 56.5, noNaN: true })), {
      numRuns: 60,
      seed: 7,
    });
    for (const p of points) {
      const reference = referenceDistanceKm(p);
      expect(Math.abs(distanceToLineKm(p) - reference)).toBeLessThanOrEqual(reference * 0.01 + 0.06);
    }
  });

  it('throws the documented errors for bad input', () => {
    expect(() => distanceToLineKm([25, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => distanceToLineKm([200, 54])).toThrow(/position\[0\] \(longitude\) must be between -180 and 180/);
    expect(() => distanceToLineKm(null as unknown as [number, number])).toThrow(TypeError);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          const d = distanceToLineKm(input as [number, number]);
          return Number.isFinite(d) && d >= 0;
        } catch (error) {
          return (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith('position');
        }
      }),
      { numRuns: 1000, seed: 12 },
    );
  });

  it('does not mutate its input', () => {
    const position: [number, number] = [26.83263, 55.11676];
    expect(distanceToLineKm(position)).toBeLessThan(0.001);
    expect(position).toEqual([26.83263, 55.11676]);
  });
});
