import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { territory } from '../generated/border-data.generated.js';
import { distanceToLineKm } from './distance-to-line-km.js';
import { nearestSide } from './nearest-side.js';

const ring = (
  territory.geometry.type === 'Polygon' ? territory.geometry.coordinates[0] : territory.geometry.coordinates[0]?.[0]
) as readonly (readonly number[])[];

describe('nearestSide', () => {
  it('the closing stretches cover the whole ring, end to end, in ring order', () => {
    const closure = territory.properties.closure;
    expect(closure[0]?.from).toEqual(ring[0]);
    for (let i = 1; i < closure.length; i++) expect(closure[i]?.from, closure[i]?.id).toEqual(closure[i - 1]?.to);
    expect(closure.at(-1)?.to).toEqual(ring.at(-1));
  });
  it('returns each stretch, at distance 0, for the midpoint of each of its pieces', () => {
    for (const side of territory.properties.closure) {
      const first = ring.findIndex((vertex) => vertex[0] === side.from[0] && vertex[1] === side.from[1]);
      const to = ring.findIndex((vertex) => vertex[0] === side.to[0] && vertex[1] === side.to[1]);
      const last = to === 0 ? ring.length - 1 : to;
      for (let i = first; i < last; i++) {
        const [a, b] = [ring[i] as readonly number[], ring[i + 1] as readonly number[]];
        const midpoint: [number, number] = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
        const nearest = nearestSide(midpoint);
        expect(nearest.distanceKm, `${side.id} piece ${i}`).toBeLessThan(1e-6);
        if (nearest.side !== side) expect(nearest.distanceKm).toBeLessThan(1e-6); // a midpoint on a stretch shared at a vertex
      }
    }
  });
  it('puts Suwałki, Sejny and Augustów beyond the Polish side the treaty left undetermined, and Riga toward Latvia', () => {
    for (const position of [
      [22.93087, 54.11175],
      [23.34698, 54.10802],
      [22.97979, 53.84321],
    ] as const) {
      const { side } = nearestSide(position);
      expect(side.side).toBe('Poland (undetermined)');
      expect(side.accuracyKm).toBeNull();
    }
    expect(nearestSide([24.1052, 56.9496]).side).toMatchObject({ id: 'closure-3', side: 'Latvia', accuracyKm: null });
  });
  it('puts Minsk toward the Article II line, at the distance distanceToLineKm measures, and Klaipėda toward the Memel Territory', () => {
    const minsk = nearestSide([27.5667, 53.9]);
    expect(minsk.side).toMatchObject({ id: 'closure-1', basis: 'treaty-line' });
    expect(minsk.distanceKm).toBeCloseTo(distanceToLineKm([27.5667, 53.9]), 6);
    expect(nearestSide([21.13912, 55.7068]).side.id).toBe('closure-5');
  });
  it('is never farther than the Article II line, for any position', () => {
    fc.assert(
      fc.property(fc.tuple(fc.double({ min: 15, max: 35, noNaN: true }), fc.double({ min: 50, max: 60, noNaN: true })), (p) => {
        expect(nearestSide(p).distanceKm).toBeLessThanOrEqual(distanceToLineKm(p) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
  it('never mutates its input and checks it as containsPoint does', () => {
    const position = Object.freeze([25.2798, 54.6892] as const);
    expect(() => nearestSide(position)).not.toThrow();
    expect(() => nearestSide([Number.NaN, 54] as unknown as [number, number])).toThrow(RangeError);
    expect(() => nearestSide('25,54' as unknown as [number, number])).toThrow(TypeError);
  });
});
