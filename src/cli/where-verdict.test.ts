import { describe, expect, it } from 'vitest';
import { type VerdictFacts, whereVerdict } from './where-verdict.js';

const line = { side: 'Soviet Russia', basis: 'treaty-line', accuracyKm: 15 } as const;
const poland = { side: 'Poland (undetermined)', basis: 'modern-border', accuracyKm: null } as const;
const memel = { side: 'Memel Territory (Allied administration)', basis: 'pre-1914-frontier', accuracyKm: 6 } as const;
const facts = (overrides: Partial<VerdictFacts>): VerdictFacts => ({
  inDrawnTerritory: true,
  lineKm: 50,
  lineAccuracyKm: 10,
  side: line,
  inTreatyBox: true,
  ...overrides,
});

describe('whereVerdict', () => {
  it('a place of the history answers as that entry says, with its basis, even against the drawing', () => {
    const pastavy = { name: 'Pastavy', inTreatyTerritory: true, inTreatyBasis: 'sources', sources: ['syb-1921', 'w-be-x-old'] } as const;
    expect(whereVerdict(facts({ inDrawnTerritory: false, lineKm: 0, lineAccuracyKm: 3, place: pastavy }))).toEqual({
      answer: 'inside',
      basis: 'sources',
      explanation:
        "the sources, as lt-ru-1920/history says for Pastavy (syb-1921, w-be-x-old): the point is within the line's accuracy, so the geometry cannot decide (the schematic drawing alone would put it outside)",
    });
    const suwalki = { name: 'Suwałki', inTreatyTerritory: false, inTreatyBasis: 'contains-point', sources: [] } as const;
    expect(whereVerdict(facts({ inDrawnTerritory: false, side: poland, place: suwalki }))).toMatchObject({ answer: 'undetermined', basis: 'geometry' });
    expect(whereVerdict(facts({ inDrawnTerritory: false, side: memel, place: { ...suwalki, name: 'Klaipėda' } }))).toMatchObject({
      answer: 'outside',
      basis: 'geometry',
    });
  });
  it('beyond an undetermined side, in the treaty’s box: undetermined; outside the box: outside', () => {
    expect(whereVerdict(facts({ inDrawnTerritory: false, side: poland })).answer).toBe('undetermined');
    expect(whereVerdict(facts({ inDrawnTerritory: false, side: poland, inTreatyBox: false })).answer).toBe('outside');
    expect(whereVerdict(facts({ inDrawnTerritory: true, side: poland })).answer).toBe('inside');
  });
  it('within the line’s accuracy, on either side of the drawing: undecided, saying what the drawing shows', () => {
    for (const inDrawnTerritory of [true, false]) {
      const verdict = whereVerdict(facts({ inDrawnTerritory, lineKm: 10, lineAccuracyKm: 10 }));
      expect(verdict).toMatchObject({ answer: 'undecided', basis: 'none' });
      expect(verdict.explanation).toBe(
        `neither: 10.0 km from the line, within this segment's accuracy of ±10 km; the schematic drawing puts it ${inDrawnTerritory ? 'inside' : 'outside'}, which the sources do not confirm`,
      );
    }
  });
  it('farther than the accuracy: inside or outside as drawn, by the geometry', () => {
    expect(whereVerdict(facts({ lineKm: 10.001 }))).toEqual({
      answer: 'inside',
      basis: 'geometry',
      explanation: 'the border geometry (containsPoint): 10.0 km from the Article II line, farther than its accuracy there (±10 km)',
    });
    expect(whereVerdict(facts({ inDrawnTerritory: false, side: memel }))).toEqual({
      answer: 'outside',
      basis: 'geometry',
      explanation: "the border geometry (containsPoint): the nearest edge is the territory's Memel Territory (Allied administration) side (pre-1914-frontier)",
    });
  });
});
