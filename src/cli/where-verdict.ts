/** What `where` answers: inside or outside the territory, beyond a side the treaty left undetermined, or not decided. */
export type WhereAnswer = 'inside' | 'outside' | 'undetermined' | 'undecided';

/** What a `where` verdict is drawn from. */
export interface VerdictFacts {
  /** Whether the drawn territory contains the point (`containsPoint`). */
  readonly inDrawnTerritory: boolean;
  /** Distance to the Article II line and the nearest segment's accuracy, km. */
  readonly lineKm: number;
  readonly lineAccuracyKm: number;
  /** The nearest stretch of the territory's outline: its neighbour, basis and accuracy (null: left undetermined by the treaty). */
  readonly side: { readonly side: string; readonly basis: string; readonly accuracyKm: number | null };
  /** Whether the point lies in the territory's bounding box, where an undetermined side is the question. */
  readonly inTreatyBox: boolean;
  /** The place of `lt-ru-1920/history` the point stands for, with what that entry says. */
  readonly place?: {
    readonly name: string;
    readonly inTreatyTerritory: boolean;
    readonly inTreatyBasis: 'contains-point' | 'sources';
    readonly sources: readonly string[];
  };
}

/** A `where` verdict: the answer, what it rests on, and that in words. */
export interface Verdict {
  readonly answer: WhereAnswer;
  readonly basis: 'geometry' | 'sources' | 'none';
  readonly explanation: string;
}

const km = (value: number): string => (Math.round(value * 1000) / 1000).toFixed(1);

/**
 * The verdict of `where` on one point, in this order: a place of
 * `lt-ru-1920/history` answers as that entry says (by the geometry or by the
 * sources); a point outside the drawing, in the treaty's box, beyond a side
 * the treaty left undetermined is `undetermined`; a point within the line's
 * accuracy is `undecided`; anything else is inside or outside as drawn.
 *
 * @example
 * ```ts
 * whereVerdict({ inDrawnTerritory: false, lineKm: 0, lineAccuracyKm: 3, side: { side: 'Soviet Russia', basis: 'treaty-line', accuracyKm: 15 }, inTreatyBox: true,
 *   place: { name: 'Pastavy', inTreatyTerritory: true, inTreatyBasis: 'sources', sources: ['syb-1921'] } }).answer; //=> 'inside'
 * ```
 */
export function whereVerdict(facts: VerdictFacts): Verdict {
  const { inDrawnTerritory, lineKm, lineAccuracyKm, side, place } = facts;
  const beyondTreatyLine = side.basis === 'treaty-line';
  const undeterminedSide = !inDrawnTerritory && side.accuracyKm === null && facts.inTreatyBox;
  if (place !== undefined) {
    const answer: WhereAnswer = place.inTreatyTerritory ? 'inside' : undeterminedSide ? 'undetermined' : 'outside';
    if (place.inTreatyBasis === 'sources') {
      const drawing =
        place.inTreatyTerritory === inDrawnTerritory ? '' : ` (the schematic drawing alone would put it ${inDrawnTerritory ? 'inside' : 'outside'})`;
      return {
        answer,
        basis: 'sources',
        explanation: `the sources, as lt-ru-1920/history says for ${place.name} (${place.sources.join(', ')}): the point is within the line's accuracy, so the geometry cannot decide${drawing}`,
      };
    }
    const why =
      answer === 'undetermined'
        ? '(outside the territory as drawn); the treaty drew no line on this side'
        : `(containsPoint, ${beyondTreatyLine || inDrawnTerritory ? 'farther from the Article II line than its accuracy there' : `beyond the territory's ${side.side} side`})`;
    return { answer, basis: 'geometry', explanation: `the border geometry, as lt-ru-1920/history says for ${place.name} ${why}` };
  }
  if (undeterminedSide)
    return { answer: 'undetermined', basis: 'geometry', explanation: `the border geometry: outside the territory as drawn, beyond its ${side.side} side` };
  if (lineKm <= lineAccuracyKm) {
    return {
      answer: 'undecided',
      basis: 'none',
      explanation: `neither: ${km(lineKm)} km from the line, within this segment's accuracy of ±${lineAccuracyKm} km; the schematic drawing puts it ${inDrawnTerritory ? 'inside' : 'outside'}, which the sources do not confirm`,
    };
  }
  const explanation = beyondTreatyLine
    ? `the border geometry (containsPoint): ${km(lineKm)} km from the Article II line, farther than its accuracy there (±${lineAccuracyKm} km)`
    : side.accuracyKm === null
      ? `the border geometry (containsPoint), as drawn: the nearest edge is the territory's ${side.side} side, which the treaty left undetermined`
      : `the border geometry (containsPoint): the nearest edge is the territory's ${side.side} side (${side.basis})`;
  return { answer: inDrawnTerritory ? 'inside' : 'outside', basis: 'geometry', explanation };
}
