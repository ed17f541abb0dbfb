/** A label to place above a time axis: the x of its marker and the width of its text, px. */
export interface LabelBox {
  readonly x: number;
  readonly width: number;
}

/** Where a label went: its lane (0 = nearest the axis) and which side of its leader line the text runs. */
export interface Placement {
  readonly lane: number;
  readonly side: 'right' | 'left';
}

/** Space between a leader line and the start of its label, px. */
export const LABEL_OFFSET = 4;
/** Least horizontal space between two labels in one lane, px. */
const GAP = 8;
/** Least space between a leader line and a label it passes, px. */
const CLEARANCE = 2;

/**
 * Stacks labels in lanes above an axis (lane 0 nearest the axis). Each label
 * starts `LABEL_OFFSET` px right of its marker (or ends that far left of it
 * when it would run past `maxX`) and a leader line runs from the marker up
 * to it. Labels are placed from the right end of the axis to the left, each
 * in the lowest lane where it overlaps no label and no leader line crosses a
 * label, so the lanes rise like a staircase to the left; left-running labels
 * come last, and a label that fits nowhere goes in a new top lane. Returns each placement in the order given.
 *
 * @example
 * ```ts
 * placeLabels([{ x: 0, width: 50 }, { x: 10, width: 50 }], 1000).map((p) => p.lane); //=> [1, 0]
 * ```
 */
export function placeLabels(labels: readonly LabelBox[], maxX: number): Placement[] {
  const sideOf = ({ x, width }: LabelBox): Placement['side'] => (x + LABEL_OFFSET + width > maxX ? 'left' : 'right');
  // Right-running labels first, from the right; the few that must run left last, so they rise above the rest.
  const order = labels
    .map((label, index) => ({ ...label, index, side: sideOf(label) }))
    .sort((a, b) => (a.side === b.side ? b.x - a.x || a.index - b.index : a.side === 'right' ? -1 : 1));
  const placed: { lane: number; x: number; left: number; right: number }[] = [];
  const placements: Placement[] = new Array<Placement>(labels.length);
  for (const { x, width, index, side } of order) {
    const left = side === 'right' ? x + LABEL_OFFSET : x - LABEL_OFFSET - width;
    const right = left + width;
    const top = Math.max(-1, ...placed.map((other) => other.lane)) + 1;
    const blocked = (candidate: number) =>
      placed.some(
        (other) =>
          (other.lane === candidate && left < other.right + GAP && other.left < right + GAP) ||
          (other.lane < candidate && x >= other.left - CLEARANCE && x <= other.right + CLEARANCE) ||
          (other.lane > candidate && other.x >= left - CLEARANCE && other.x <= right + CLEARANCE),
      );
    let lane = 0;
    while (lane < top && blocked(lane)) lane += 1;
    placed.push({ lane, x, left, right });
    placements[index] = { lane, side };
  }
  return placements;
}
