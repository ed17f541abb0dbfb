import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borderLine } from '../generated/border-data.generated.js';
import { distanceToLineKm } from './distance-to-line-km.js';
import { nearestSegment } from './nearest-segment.js';

describe('nearestSegment', () => {
  it('returns each segment, at distance 0, for the midpoint of its first piece', () => {
    for (const segment of borderLine.features) {
      const [a, b] = segment.geometry.coordinates as readonly (readonly number[])[] as [readonly number[], readonly number[]];
      const midpoint: [number, number] = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
      const nearest = nearestSegment(midpoint);
      expect(nearest.segment, segment.properties.id).toBe(segment);
      expect(nearest.distanceKm).toBeLessThan(1e-6);
    }
  });
  it('measures as distanceToLineKm does, for any position', () => {
    const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(position, (p) => {
        expect(nearestSegment(p).distanceKm).toBeCloseTo(distanceToLineKm(p), 9);
      }),
      { numRuns: 500 },
    );
  });
  it('names a segment of the line for Vilnius, far inside', () => {
    const { segment, distanceKm } = nearestSegment([25.2798, 54.6892]);
    expect(borderLine.features).toContain(segment);
    expect(distanceKm).toBeGreaterThan(50);
  });
  it('never mutates its input and rejects a bad position naming the argument', () => {
    const input = Object.freeze([25.2798, 54.6892] as const);
    expect(() => nearestSegment(input)).not.toThrow();
    expect(() => nearestSegment([200, 54] as [number, number])).toThrow(/^position\[0\] \(longitude\) must be between -180 and 180, got 200$/);
    expect(() => nearestSegment('25,54' as unknown as [number, number])).toThrow(TypeError);
  });
});
