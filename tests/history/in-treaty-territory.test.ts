import { describe, expect, it } from 'vitest';
import { borderLine, containsPoint, distanceToLineKm } from '../../src/border/index.js';
import { historyPlaces } from '../../src/history/records/index.js';

const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** Distance in km from a point to a segment, in an equirectangular projection centred on the point. */
function segmentKm(point: readonly [number, number], a: readonly number[], b: readonly number[]): number {
  const kx = Math.cos((point[1] * Math.PI) / 180) * KM_PER_DEGREE;
  const ax = ((a[0] ?? 0) - point[0]) * kx;
  const ay = ((a[1] ?? 0) - point[1]) * KM_PER_DEGREE;
  const dx = ((b[0] ?? 0) - point[0]) * kx - ax;
  const dy = ((b[1] ?? 0) - point[1]) * KM_PER_DEGREE - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** The stated accuracy (km) of the line feature nearest to a point. */
function lineAccuracyNear(point: readonly [number, number]): number {
  let best = Infinity;
  let accuracy = NaN;
  for (const feature of borderLine.features) {
    const coordinates = feature.geometry.coordinates;
    for (let i = 1; i < coordinates.length; i++) {
      const distance = segmentKm(point, coordinates[i - 1] ?? [], coordinates[i] ?? []);
      if (distance < best) (best = distance), (accuracy = feature.properties.accuracyKm);
    }
  }
  return accuracy;
}

describe('inTreatyTerritory', () => {
  it.each(historyPlaces.map((place) => [place.id, place] as const))('%s: basis and value agree with the border geometry', (_, place) => {
    const position = place.position as readonly [number, number];
    const decidable = distanceToLineKm(position) > lineAccuracyNear(position);
    expect(place.inTreatyBasis).toBe(decidable ? 'contains-point' : 'sources');
    if (decidable) expect(place.inTreatyTerritory).toBe(containsPoint(position));
  });

  it('a place decided by its sources cites more than the gazetteer', () => {
    for (const place of historyPlaces.filter((p) => p.inTreatyBasis === 'sources')) {
      expect(place.sources.some((ref) => ref.source !== 'geonames-cities500'), place.id).toBe(true);
    }
  });
});
