import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { border, borderLine, territory, waypoints } from '../../src/border/index.js';
import { rawPath } from '../../src/internal/raw-files.js';
import { BorderCollectionSchema, BorderLineCollectionSchema, TerritorySchema, WaypointCollectionSchema } from '../../src/schemas/border.js';

const root = resolve(import.meta.dirname, '../..');
const rawFiles = {
  [rawPath('border', 'geojson')]: border,
  [rawPath('waypoints', 'geojson')]: waypoints,
  [rawPath('segments', 'geojson')]: borderLine,
  [rawPath('territory', 'geojson')]: territory,
};
const readRaw = (path: string): string => readFileSync(resolve(root, path), 'utf8');

function allPositions(value: unknown, out: number[][] = []): number[][] {
  if (Array.isArray(value) && value.length >= 2 && value.every((x) => typeof x === 'number')) out.push(value as number[]);
  else if (Array.isArray(value)) for (const item of value) allPositions(item, out);
  return out;
}

describe('border GeoJSON', () => {
  it.each(Object.keys(rawFiles))('%s passes @placemarkio/check-geojson and deep-equals the JS export', (path) => {
    const text = readRaw(path);
    expect(() => check(text)).not.toThrow();
    expect(JSON.parse(text)).toEqual(rawFiles[path as keyof typeof rawFiles]);
  });

  it('has [lon, lat] positions in the region, at most 6 decimals, and no crs member', () => {
    const positions = allPositions(border.features.map((f) => f.geometry?.coordinates ?? null));
    expect(positions.length).toBeGreaterThan(300);
    for (const [lon, lat] of positions as [number, number][]) {
      expect(lon).toBeGreaterThan(20);
      expect(lon).toBeLessThan(28);
      expect(lat).toBeGreaterThan(53);
      expect(lat).toBeLessThan(56.5);
      expect(Number(lon.toFixed(6))).toBe(lon);
      expect(Number(lat.toFixed(6))).toBe(lat);
    }
    expect(readRaw('data/border.geo.json')).not.toContain('"crs"');
  });

  it('carries the schematic note and the GeoNames attribution', () => {
    for (const collection of [border, waypoints, borderLine]) {
      expect(collection.note).toMatch(/^Schematic reconstruction from the treaty text and the Statesman's Year-Book 1921 summary; not a survey/);
      expect(collection.attribution).toContain('Place coordinates © GeoNames (geonames.org), CC BY 4.0');
    }
  });

  it('is accepted by the zod schemas', () => {
    expect(BorderCollectionSchema.safeParse(border).success).toBe(true);
    expect(WaypointCollectionSchema.safeParse(waypoints).success).toBe(true);
    expect(BorderLineCollectionSchema.safeParse(borderLine).success).toBe(true);
    expect(TerritorySchema.safeParse(territory).success).toBe(true);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(border)).toBe(true);
    expect(Object.isFrozen(border.features)).toBe(true);
    expect(Object.isFrozen(territory.geometry.coordinates[0]?.[0])).toBe(true);
    expect(Object.isFrozen(waypoints.features[0]?.properties.sources[0])).toBe(true);
    expect(Object.isFrozen(borderLine.features[0]?.geometry.coordinates)).toBe(true);
    expect(() => {
      (territory.properties as { areaKm2: number }).areaKm2 = 1;
    }).toThrow(TypeError);
  });

  it('keeps border.features = waypoints, then segments, then the territory (same objects)', () => {
    expect(border.features).toEqual([...waypoints.features, ...borderLine.features, territory]);
    expect(border.features.at(-1)).toBe(territory);
  });
});
