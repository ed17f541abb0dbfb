/**
 * How a colour looks to readers with a colour-vision deficiency, and how far
 * apart two colours are: sRGB ↔ CIELAB (D65), the simulation matrices of
 * Machado, Oliveira & Fernandes (2009, severity 1.0) for protanopia and
 * deuteranopia, and greyscale as the lightness L* alone. Used by the test
 * that keeps the holder colours distinguishable for every reader.
 */

/** The ways a colour is seen: with full colour vision, without L-cones, without M-cones, or printed grey. */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'greyscale';

const MATRICES: Readonly<Record<'protanopia' | 'deuteranopia', readonly (readonly number[])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** `#rrggbb` → linear RGB in 0…1. */
function linearRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`colour-vision: not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => toLinear(parseInt(match[i] as string, 16) / 255)) as [number, number, number];
}

/** Linear RGB → CIELAB (D65 white). */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const [R, G, B] = [r, g, b].map((v) => Math.min(1, Math.max(0, v as number))) as [number, number, number];
  const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/**
 * The CIELAB coordinates of `hex` as seen with `vision` (greyscale keeps L* only).
 *
 * @example
 * ```ts
 * Math.round(seenAs('#ffffff', 'greyscale')[0]); //=> 100
 * ```
 */
export function seenAs(hex: string, vision: Vision): [number, number, number] {
  const rgb = linearRgb(hex);
  if (vision === 'normal') return lab(rgb);
  if (vision === 'greyscale') return [lab(rgb)[0], 0, 0];
  const m = MATRICES[vision];
  const sim = m.map((row) => (row[0] as number) * rgb[0] + (row[1] as number) * rgb[1] + (row[2] as number) * rgb[2]);
  return lab(sim);
}

/**
 * The CIE76 colour difference ΔE*ab between two colours as seen with `vision`
 * (about 2.3 is just noticeable; 10 or more tells apart small map symbols).
 *
 * @example
 * ```ts
 * Math.round(colourDifference('#000000', '#ffffff', 'deuteranopia')); //=> 100
 * ```
 */
export function colourDifference(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = seenAs(a, vision);
  const [l2, a2, b2] = seenAs(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
