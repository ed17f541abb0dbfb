import { describe, expect, it } from 'vitest';
import { containsPoint, distanceToLineKm, nearestSegment } from '../../src/border/index.js';
import { historyPlaces } from '../../src/history/records/index.js';

/** The stated accuracy (km) of the line segment nearest to a point. */
const lineAccuracyNear = (point: readonly [number, number]): number => nearestSegment(point).segment.properties.accuracyKm;

describe('inTreatyTerritory', () => {
  it.each(historyPlaces.map((place) => [place.id, place] as const))('%s: basis and value agree with the border geometry', (_, place) => {
    const position = place.position as readonly [number, number];
    const decidable = distanceToLineKm(position) > lineAccuracyNear(position);
    expect(place.inTreatyBasis).toBe(decidable ? 'contains-point' : 'sources');
    if (decidable) expect(place.inTreatyTerritory).toBe(containsPoint(position));
  });

  it('a place decided by its sources cites more than the gazetteer', () => {
    for (const place of historyPlaces.filter((p) => p.inTreatyBasis === 'sources')) {
      expect(
        place.sources.some((ref) => ref.source !== 'geonames-cities500'),
        place.id,
      ).toBe(true);
    }
  });
});
