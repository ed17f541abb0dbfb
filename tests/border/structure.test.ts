import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { borderLine, territory, waypoints } from '../../src/border/index.js';
import { sources } from '../../src/generated/sources.generated.js';
import { EARTH_RADIUS_KM, KM_PER_DEGREE, RADIANS_PER_DEGREE, VERST_KM } from '../../src/internal/units.js';

type Pt = readonly number[];
const ring = territory.geometry.coordinates[0] as readonly Pt[];
const same = (a: Pt, b: Pt): boolean => a[0] === b[0] && a[1] === b[1];

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const orient = (p: Pt, q: Pt, r: Pt): number =>
    Math.sign(
      ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (p[1] as number)) -
        ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (p[0] as number)),
    );
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

describe('waypoints', () => {
  it('are the 28 places of Article II in treaty order, ids unique', () => {
    const orders = waypoints.features.map((f) => f.properties.order);
    expect(orders).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    const ids = waypoints.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keep unidentified places visible with geometry null, method "unlocated" and no invented names', () => {
    const unlocated = waypoints.features.filter((f) => f.geometry === null);
    expect(unlocated).toHaveLength(12);
    for (const f of unlocated) {
      expect(f.properties.method).toBe('unlocated');
      expect(f.properties.confidence).toBe('none');
      expect(f.properties.accuracyKm).toBeNull();
    }
  });
});

describe('borderLine', () => {
  // Located waypoints the line runs through: all but those the treaty puts beside it (lake-narach, "by the eastern shore"),
  // with the arc centre, which the first segment starts from.
  const located = waypoints.features.filter((f) => f.geometry !== null && (f.properties.lineOffsetKm === 0 || f.properties.method === 'arc-centre'));

  it('chains consecutive located waypoints south-west → north-east, naming every waypoint in between', () => {
    expect(located).toHaveLength(15);
    const segments = borderLine.features.map((f) => f.properties);
    expect(segments.map((s) => s.from)).toEqual(located.slice(0, -1).map((f) => f.properties.id));
    expect(segments.map((s) => s.to)).toEqual(located.slice(1).map((f) => f.properties.id));
    const byId = new Map(waypoints.features.map((f) => [f.properties.id, f.properties]));
    for (const s of segments) {
      const from = byId.get(s.from)?.order ?? 0;
      const to = byId.get(s.to)?.order ?? 0;
      const between = waypoints.features.filter((f) => f.properties.order > from && f.properties.order < to).map((f) => f.properties.id);
      expect(s.via, s.id).toEqual(between);
    }
  });

  it('joins up: each segment starts where the previous one ends, and ends on its `to` waypoint', () => {
    const features = borderLine.features;
    features.forEach((f, i) => {
      const coords = f.geometry.coordinates;
      const end = located.find((w) => w.properties.id === f.properties.to)?.geometry?.coordinates as Pt;
      expect(same(coords.at(-1) as Pt, end), f.properties.id).toBe(true);
      if (i > 0) expect(same(coords[0] as Pt, features[i - 1]?.geometry.coordinates.at(-1) as Pt)).toBe(true);
    });
  });

  it('puts a note on every river or shore segment, which are chords', () => {
    for (const f of borderLine.features.filter((s) => ['river', 'lake-shore', 'arc'].includes(s.properties.feature))) {
      expect(f.properties.note, f.properties.id).toMatch(/chord|connector/i);
    }
  });

  it('draws the Grodno arc 15–20 versts from Grodno and says its western end is undefined', () => {
    const arc = borderLine.features.find((f) => f.properties.feature === 'arc');
    expect(arc?.properties.note).toMatch(/WESTERN END IS UNDEFINED/);
    const grodno = [23.8258, 53.6884];
    const arcPoints = arc?.geometry.coordinates.slice(0, -1) ?? [];
    expect(arcPoints.length).toBeGreaterThan(20);
    for (const p of arcPoints) {
      const dx = ((p[0] as number) - (grodno[0] as number)) * KM_PER_DEGREE * Math.cos((grodno[1] as number) * RADIANS_PER_DEGREE);
      const dy = ((p[1] as number) - (grodno[1] as number)) * KM_PER_DEGREE;
      const km = Math.hypot(dx, dy);
      expect(km).toBeGreaterThan(15 * VERST_KM);
      expect(km).toBeLessThan(20 * VERST_KM);
    }
  });
});

describe('territory', () => {
  it('has a simple exterior ring (no two edges cross)', () => {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      for (let j = i + 2; j < n; j++) {
        if (i === 0 && j === n - 1) continue;
        expect(segmentsCross(ring[i] as Pt, ring[i + 1] as Pt, ring[j] as Pt, ring[j + 1] as Pt), `edges ${i} and ${j}`).toBe(false);
      }
    }
  });

  it('records every stretch of the ring, in order, with its basis', () => {
    const closure = territory.properties.closure;
    expect(same(closure[0]?.from as Pt, ring[0] as Pt)).toBe(true);
    closure.forEach((edge, i) => {
      if (i > 0) expect(same(edge.from, closure[i - 1]?.to as Pt)).toBe(true);
    });
    expect(same(closure.at(-1)?.to as Pt, ring[0] as Pt)).toBe(true);
    expect(closure.map((e) => e.basis)).toContain('pre-1914-frontier');
    expect(closure.filter((e) => /Art\. II note 1/.test(e.note)).length).toBeGreaterThanOrEqual(2);
  });

  it('states an area that an independent computation (d3-geo) reproduces, near the ~85,000 km² sanity figure', () => {
    const reversed = { type: 'Polygon' as const, coordinates: [[...ring].reverse().map((p) => [p[0] as number, p[1] as number])] };
    const km2 = geoArea(reversed) * EARTH_RADIUS_KM ** 2;
    expect(Math.abs(km2 - territory.properties.areaKm2)).toBeLessThan(50);
    expect(km2).toBeGreaterThan(70_000);
    expect(km2).toBeLessThan(95_000);
  });
});

describe('sources', () => {
  it('cite only records of the package bibliography', () => {
    const known = new Set(sources.map((s) => s.id));
    const refs = [
      ...waypoints.features.flatMap((f) => f.properties.sources),
      ...borderLine.features.flatMap((f) => f.properties.sources),
      ...territory.properties.sources,
      ...territory.properties.closure.flatMap((e) => e.sources),
    ];
    expect(refs.length).toBeGreaterThan(60);
    expect(refs.map((r) => r.source).filter((id) => !known.has(id))).toEqual([]);
  });
});
