import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { territory } from '../generated/border-data.generated.js';
import { containsPoint } from './contains-point.js';

/** Test places from research/geodata.md §7 (GeoNames cities500), all ≥ 15 km from the line. */
const inside = { Vilnius: [25.2798, 54.68916], Lida: [25.29972, 53.88333], Grodno: [23.8258, 53.6884] } as const;
const outside = { Minsk: [27.56667, 53.9], Białystok: [23.16433, 53.13333], Daugavpils: [26.53333, 55.88333] } as const;

describe('containsPoint', () => {
  it.each(Object.entries(inside))('%s is inside the 1920 territory', (_name, position) => {
    expect(containsPoint(position)).toBe(true);
  });

  it.each(Object.entries(outside))('%s is outside', (_name, position) => {
    expect(containsPoint(position)).toBe(false);
  });

  it('leaves the Memel (Klaipėda) Territory out and Kaunas in', () => {
    expect(containsPoint([21.13912, 55.7068])).toBe(false); // Klaipėda
    expect(containsPoint([23.90961, 54.90272])).toBe(true); // Kaunas
  });

  it('is false far outside the bounding box, and ignores an altitude', () => {
    expect(containsPoint([0, 0])).toBe(false);
    expect(containsPoint([25.2798, 54.68916, 112])).toBe(true);
  });

  it('agrees with @turf/boolean-point-in-polygon on 10 000 seeded random points in the bounding box', () => {
    const ring = territory.geometry.coordinates[0] as readonly (readonly number[])[];
    const lons = ring.map((p) => p[0] as number);
    const lats = ring.map((p) => p[1] as number);
    const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const turfPolygon = structuredClone(territory) as unknown as Feature<Polygon>;
    const points = fc.sample(fc.tuple(fc.double({ min: west, max: east, noNaN: true }), fc.double({ min: south, max: north, noNaN: true })), {
      numRuns: 10_000,
      seed: 1920,
    });
    const disagreements = points.filter((p) => containsPoint(p) !== booleanPointInPolygon(p, turfPolygon));
    const insideCount = points.filter((p) => containsPoint(p)).length;
    expect(disagreements).toEqual([]);
    expect(insideCount).toBeGreaterThan(1000); // the sample really exercises both answers
    expect(insideCount).toBeLessThan(9000);
  });

  it('throws the documented errors instead of answering false', () => {
    expect(() => containsPoint([Number.NaN, 54] as [number, number])).toThrow(RangeError);
    expect(() => containsPoint([25, 91])).toThrow(/position\[1\] \(latitude\)/);
    expect(() => containsPoint('Vilnius' as unknown as [number, number])).toThrow(TypeError);
  });

  it('does not mutate its input', () => {
    const position = Object.freeze([25.2798, 54.68916] as const);
    expect(containsPoint(position)).toBe(true);
    expect(position).toEqual([25.2798, 54.68916]);
  });
});
