import { describe, expect, it } from 'vitest';
import { HOLDER_ORDER, holderColor, LINE_STYLE, UNKNOWN_STYLE } from '../../scripts/site/colour-scheme.js';
import { colourDifference, seenAs, type Vision } from '../../scripts/site/colour-vision.js';
import { controlPeriods } from '../../src/history/index.js';

/** The smallest difference any two holders' colours must keep, per way of seeing (CIE76 ΔE*ab; greyscale: ΔL*). */
const FLOOR: Readonly<Record<Vision, number>> = { normal: 25, protanopia: 15, deuteranopia: 15, greyscale: 8 };

const fills = [...HOLDER_ORDER.map((id) => [id, holderColor(id)] as const), ['unknown', UNKNOWN_STYLE.color] as const];

describe('the colour scheme of the map page, docs/history.svg and docs/map.svg', () => {
  it('has a colour for every holder a control period names', () => {
    for (const period of controlPeriods) expect(() => holderColor(period.controller)).not.toThrow();
  });

  for (const vision of Object.keys(FLOOR) as Vision[]) {
    it(`keeps every two holders apart for ${vision} vision (ΔE ≥ ${FLOOR[vision]})`, () => {
      const close: string[] = [];
      for (let i = 0; i < fills.length; i++) {
        for (let j = i + 1; j < fills.length; j++) {
          const [a, colourA] = fills[i] as readonly [string, string];
          const [b, colourB] = fills[j] as readonly [string, string];
          const difference = colourDifference(colourA, colourB, vision);
          if (difference < FLOOR[vision]) close.push(`${a} ${colourA} / ${b} ${colourB}: ${difference.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
  }

  it('tells Russia (RSFSR) from the Soviet Union at a glance, in grey too', () => {
    expect(colourDifference(holderColor('rsfsr'), holderColor('ussr'), 'greyscale')).toBeGreaterThan(40);
    expect(colourDifference(holderColor('rsfsr'), holderColor('ussr'), 'deuteranopia')).toBeGreaterThan(40);
  });

  it('draws the treaty line darker than every holder but the darkest, so a dot is never read as the line', () => {
    const line = seenAs(LINE_STYLE['treaty-text']?.color ?? '', 'greyscale')[0];
    const lighter = HOLDER_ORDER.filter((id) => seenAs(holderColor(id), 'greyscale')[0] > line + 10);
    expect(lighter.length).toBeGreaterThanOrEqual(HOLDER_ORDER.length - 1);
  });

  it('measures what it should: black and white differ by 100, a colour from itself by 0', () => {
    expect(colourDifference('#000000', '#ffffff', 'greyscale')).toBeCloseTo(100, 0);
    expect(colourDifference('#d92429', '#d92429', 'protanopia')).toBe(0);
    // Red and green, far apart for full colour vision, come close without M- or L-cones.
    expect(colourDifference('#d92429', '#539755', 'normal')).toBeGreaterThan(60);
    expect(colourDifference('#ff0000', '#00aa00', 'deuteranopia')).toBeLessThan(colourDifference('#ff0000', '#00aa00', 'normal') / 2);
  });
});
