/**
 * Closes the 1920 line into the territory the treaty recognised as
 * Lithuania's, walking the stretches recorded in `src/border/records/closure.ts`.
 */
import { type ClosurePath, closingEdgeInputs } from '../../../src/border/records/closure.js';
import type { ClosingEdge } from '../../../src/schemas/border.js';
import type { Position } from './geo.js';

interface NaturalEarthClip {
  features: { properties: { iso_a2: string }; geometry: { type: string; coordinates: unknown } }[];
}

function outerRing(clip: NaturalEarthClip, iso: string): Position[] {
  const feature = clip.features.find((f) => f.properties.iso_a2 === iso);
  if (!feature) throw new Error(`Natural Earth clip has no ${iso}`);
  const { type, coordinates } = feature.geometry;
  const ring = type === 'Polygon' ? (coordinates as Position[][])[0] : (coordinates as Position[][][])[0]?.[0];
  if (!ring) throw new Error(`${iso}: no outer ring`);
  return ring;
}

/** Vertices of `ring` from `start` to `end` inclusive, walking forward (the ring's own, counter-clockwise order). */
function pathAlong(ring: readonly Position[], start: Position, end: Position): Position[] {
  const find = (p: Position): number => {
    const i = ring.findIndex((q) => q[0] === p[0] && q[1] === p[1]);
    if (i < 0) throw new Error(`vertex ${p.join(',')} not on the ring`);
    return i;
  };
  const i = find(start);
  const j = find(end);
  if (j < i) throw new Error(`vertex ${end.join(',')} comes before ${start.join(',')}`);
  return ring.slice(i, j + 1);
}

function resolvePath(path: ClosurePath, line: readonly Position[], clip: NaturalEarthClip): Position[] {
  switch (path.kind) {
    case 'treaty-line':
      return [...line];
    case 'vertices':
      return path.vertices.map((v) => (v === 'line-start' ? line[0] : v === 'line-end' ? line[line.length - 1] : v) as Position);
    case 'natural-earth':
      return path.legs.flatMap((leg, index) => {
        const from = leg.from === 'line-end' ? (line[line.length - 1] as Position) : leg.from;
        return pathAlong(outerRing(clip, leg.iso), from, leg.to).slice(index === 0 ? 0 : 1);
      });
  }
}

/**
 * The exterior ring and one record per stretch of it.
 *
 * @example
 * ```ts
 * const { ring, closure }: TerritoryOutline = closeTerritory(line, clip);
 * ```
 */
export interface TerritoryOutline {
  readonly ring: Position[];
  readonly closure: ClosingEdge[];
}

/**
 * Builds the exterior ring and the record of its stretches from the treaty line (SW → NE) and the Natural Earth clip.
 *
 * @example
 * ```ts
 * closeTerritory(lineVertices, clip).closure.map((e) => e.basis);
 * ```
 */
export function closeTerritory(line: readonly Position[], clip: NaturalEarthClip): TerritoryOutline {
  const ring: Position[] = [];
  const closure: ClosingEdge[] = [];
  for (const { path: spec, ...edge } of closingEdgeInputs) {
    const path = resolvePath(spec, line, clip);
    const last = ring[ring.length - 1];
    const first = path[0] as Position;
    if (last && (last[0] !== first[0] || last[1] !== first[1])) throw new Error(`gap before ${edge.side}`);
    ring.push(...(last ? path.slice(1) : path));
    closure.push({ ...edge, from: first, to: path[path.length - 1] as Position });
  }
  return { ring, closure };
}
