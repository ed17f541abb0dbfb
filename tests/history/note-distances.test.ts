import { describe, expect, it } from 'vitest';
import { containsPoint, distanceToLineKm, nearestSegment } from '../../src/border/index.js';
import { historyPlaces } from '../../src/history/records/index.js';

/**
 * The notes of `historyPlaces` write by hand how far each place lies from
 * the drawn 1920 line ("About 5.4 km inside the drawn line, … its 5 km
 * accuracy there"). They are checked, not generated: each distance is
 * recomputed with `distanceToLineKm` and `containsPoint`, each accuracy read
 * from the nearest segment, and a note fails as soon as the line or the
 * position drifts from what it says.
 */

/** Half a unit of the last digit written: "97" may be 96.5–97.5, "5.4" may be 5.35–5.45. */
const halfUnit = (written: string): number => 0.5 * 10 ** -(written.split('.')[1]?.length ?? 0);

interface WrittenDistance {
  readonly km: string;
  readonly side: 'inside' | 'outside';
  readonly accuracyKm: string | undefined;
}

/** What a note says about the line, or undefined when it states no distance. */
function written(note: string): WrittenDistance | undefined {
  const distance = /^About (\d+(?:\.\d+)?) km (inside|outside) the drawn (?:line|arc round the city)/.exec(note);
  if (distance === null) return undefined;
  const accuracy = /\(accuracy there (\d+(?:\.\d+)?) km\)|just beyond its (\d+(?:\.\d+)?) km accuracy there/.exec(note);
  return { km: distance[1] as string, side: distance[2] as 'inside' | 'outside', accuracyKm: accuracy?.[1] ?? accuracy?.[2] };
}

const located = historyPlaces.map((place) => ({ place, position: place.position as readonly [number, number] }));

describe('distances written in the notes of historyPlaces', () => {
  it('every number of km in a note is one this test reads', () => {
    for (const { place } of located) {
      const note = place.note ?? '';
      const numbers = [...note.matchAll(/(\d+(?:\.\d+)?) km\b/g)].map((match) => match[1]);
      const parsed = written(note);
      const read = parsed === undefined ? [] : [parsed.km, parsed.accuracyKm];
      const passesThrough = /the drawn line passes through the point; accuracy there (\d+) km/.exec(note)?.[1];
      expect(numbers, `${place.id}: ${note}`).toEqual(read.concat(passesThrough === undefined ? [] : [passesThrough]).filter((value) => value !== undefined));
    }
  });
  it.each(located.filter(({ place }) => written(place.note ?? '') !== undefined).map(({ place, position }) => [place.id, place, position] as const))(
    '%s: the distance, side and accuracy written agree with the border geometry',
    (_id, place, position) => {
      const note = written(place.note ?? '') as WrittenDistance;
      expect(Math.abs(distanceToLineKm(position) - Number(note.km)), `${place.id}: ${distanceToLineKm(position)} km`).toBeLessThanOrEqual(halfUnit(note.km));
      expect(containsPoint(position)).toBe(note.side === 'inside');
      expect(note.accuracyKm, place.id).toBeDefined();
      expect(nearestSegment(position).segment.properties.accuracyKm).toBe(Number(note.accuracyKm));
    },
  );
  it('counts the notes it checks: every place but the one on the line and the one far outside', () => {
    expect(located.filter(({ place }) => written(place.note ?? '') !== undefined).length).toBe(historyPlaces.length - 2);
  });
  it('pastavy: the drawn line passes through the point, within the accuracy written', () => {
    const pastavy = located.find(({ place }) => place.id === 'pastavy');
    expect(pastavy).toBeDefined();
    if (pastavy === undefined) return;
    const accuracy = Number(/accuracy there (\d+) km/.exec(pastavy.place.note ?? '')?.[1]);
    expect(distanceToLineKm(pastavy.position)).toBeLessThan(0.05);
    expect(nearestSegment(pastavy.position).segment.properties.accuracyKm).toBe(accuracy);
  });
  it('klaipeda: far outside the territory, as written', () => {
    const klaipeda = located.find(({ place }) => place.id === 'klaipeda');
    expect(klaipeda?.place.note).toMatch(/^Far outside the territory/);
    if (klaipeda === undefined) return;
    expect(containsPoint(klaipeda.position)).toBe(false);
    expect(distanceToLineKm(klaipeda.position)).toBeGreaterThan(100);
  });
});
