import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_OFFSET, type LabelBox, placeLabels } from '../scripts/site/timeline/lanes.js';

/** The text box of each placed label. */
function boxes(labels: readonly LabelBox[], maxX: number) {
  return placeLabels(labels, maxX).map(({ lane, side }, i) => {
    const { x, width } = labels[i] as LabelBox;
    const left = side === 'right' ? x + LABEL_OFFSET : x - LABEL_OFFSET - width;
    return { lane, side, x, left, right: left + width };
  });
}

describe('placeLabels', () => {
  it('stacks close labels in a staircase rising to the left', () => {
    expect(
      placeLabels(
        [
          { x: 0, width: 50 },
          { x: 10, width: 50 },
          { x: 200, width: 50 },
        ],
        1000,
      ),
    ).toEqual([
      { lane: 1, side: 'right' },
      { lane: 0, side: 'right' },
      { lane: 0, side: 'right' },
    ]);
  });
  it('runs a label left of its marker when it would pass maxX', () => {
    expect(placeLabels([{ x: 980, width: 50 }], 1000)).toEqual([{ lane: 0, side: 'left' }]);
  });
  it('never overlaps two right-running labels in a lane, nor lets a leader line cross one', () => {
    const label = fc.record({ x: fc.integer({ min: 0, max: 800 }), width: fc.integer({ min: 10, max: 190 }) });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 30 }), (labels) => {
        const placed = boxes(labels, 1000);
        for (const a of placed) {
          for (const b of placed) {
            if (a === b) continue;
            if (a.lane === b.lane) expect(a.right <= b.left || b.right <= a.left).toBe(true);
            // b's leader runs from the axis up to b's lane: it may not pass through a lower label a.
            if (a.lane < b.lane) expect(b.x < a.left || b.x > a.right).toBe(true);
          }
        }
      }),
    );
  });
});
