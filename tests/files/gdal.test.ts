/**
 * The raw files as GIS users open them: GDAL (`ogrinfo`, `ogr2ogr`, the
 * library QGIS and most GIS tools read files with) opens every GeoJSON and
 * CSV with the feature count the data holds, detects the column types the
 * Table Schemas declare, and writes every single-geometry GeoJSON layer to a
 * Shapefile with all its features and its non-Latin names intact.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvTables } from '../../scripts/emit/csv.js';
import { rawFiles, rawPath } from '../../src/internal/raw-files.js';
import { gdal, hasGdal, summary } from '../support/gdal.js';

const root = new URL('../../', import.meta.url);
const file = (path: string): string => new URL(path, root).pathname;
const json = (path: string): { type: string; features?: { id?: string; geometry: { type: string } | null; properties: { id?: string } }[] } =>
  JSON.parse(readFileSync(file(path), 'utf8'));
const featuresOf = (path: string) => {
  const value = json(path);
  return value.type === 'Feature' ? [value as unknown as NonNullable<typeof value.features>[number]] : (value.features ?? []);
};
const geoFiles = rawFiles.filter((raw) => raw.format === 'geojson' || raw.format === 'lpf');
const csvFiles = rawFiles.filter((raw) => raw.format === 'csv');
/** The combined file that mixes geometry types on purpose; its features are in the one-type files beside it. */
const MIXED = rawPath('border', 'geojson');

/** The OGR field types GDAL's CSV type detection may give a column of each Table Schema type. */
const OGR_TYPES: Readonly<Record<string, readonly string[]>> = {
  date: ['Date'],
  integer: ['Integer', 'Integer64'],
  number: ['Real', 'Integer', 'Integer64'],
  boolean: ['Integer(Boolean)'],
};

/** Geometry type names as ogrinfo prints them. */
const OGR_GEOMETRY: Readonly<Record<string, string>> = { Point: 'Point', LineString: 'Line String', Polygon: 'Polygon' };

describe.skipIf(!hasGdal)('GDAL opens every raw GeoJSON and CSV (ogrinfo, ogr2ogr)', () => {
  const out = mkdtempSync(join(tmpdir(), 'lt-ru-1920-shp-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('lists the GeoJSON and CSV files it checks', () => {
    expect(geoFiles.map((raw) => raw.path)).toEqual(
      expect.arrayContaining(['data/history-places.geo.json', 'data/control-periods.geo.json', 'data/border.geo.json']),
    );
    expect(csvFiles.map((raw) => raw.path).sort()).toEqual(csvTables.map((table) => table.path).sort());
  });

  for (const raw of geoFiles) {
    it(`ogrinfo reads ${raw.path}: every feature, one geometry type (or, for border.geo.json, several)`, async () => {
      const features = featuresOf(raw.path);
      const types = [...new Set(features.map((feature) => feature.geometry?.type).filter((type) => type !== undefined))];
      const layer = await summary(file(raw.path));
      expect(layer.featureCount).toBe(features.length);
      if (raw.path === MIXED) expect(types.length).toBeGreaterThan(1);
      else {
        expect(types).toHaveLength(1);
        expect(layer.geometry).toBe(OGR_GEOMETRY[types[0] as string]);
      }
    });
  }

  for (const raw of geoFiles.filter((candidate) => candidate.path !== MIXED)) {
    it(`ogr2ogr writes ${raw.path} to an ESRI Shapefile (UTF-8) with every feature`, async () => {
      const name = basename(raw.path)
        .replace(/\.json$/, '')
        .replaceAll('.', '-');
      const shp = join(out, `${name}.shp`);
      await gdal('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', '-nln', name, shp, file(raw.path)]);
      const features = featuresOf(raw.path);
      const layer = await summary(shp);
      expect(layer.featureCount).toBe(features.length);
      expect(layer.geometry).toBe(OGR_GEOMETRY[features.find((feature) => feature.geometry)?.geometry?.type as string]);
    });
  }

  it('the Shapefile keeps Cyrillic and Lithuanian names (history places, UTF-8 .cpg)', async () => {
    const shp = join(out, 'history-places-geo.shp');
    const { stdout } = await gdal('ogrinfo', ['-ro', '-al', '-q', '-where', "id = 'vilnius' OR id = 'svencionys'", shp]);
    expect(stdout).toContain('name_ru (String) = Вильно');
    expect(stdout).toContain('name_en (String) = Švenčionys');
    expect(readFileSync(join(out, 'history-places-geo.cpg'), 'utf8').trim()).toBe('UTF-8');
  });

  it('border.geo.json holds exactly the features of the one-type files beside it, which a Shapefile takes', () => {
    const ids = (path: string) => featuresOf(path).map((feature) => feature.properties.id);
    const parts = ['waypoints', 'segments', 'territory'].flatMap((collection) => ids(rawPath(collection, 'geojson')));
    expect(ids(MIXED)).toEqual(parts);
  });

  for (const table of csvTables) {
    it(`ogrinfo reads ${table.path}: one feature per row, and detects the types its Table Schema declares`, async () => {
      const layer = await summary(file(table.path), ['AUTODETECT_TYPE=YES']);
      expect(layer.featureCount).toBe(table.records.length);
      expect(Object.keys(layer.fields)).toEqual(table.columns.map((column) => column.name));
      for (const column of table.columns) {
        const expected = OGR_TYPES[column.type ?? 'string'];
        if (expected === undefined) continue; // a string column: GDAL may guess narrower
        const empty = table.records.every((record) => column.value(record) === undefined);
        expect(empty ? ['String'] : expected, `${table.path} ${column.name}`).toContain(layer.fields[column.name]);
      }
    });
  }

  it('ogrinfo places history-places.csv as Points from its longitude and latitude columns', async () => {
    const layer = await summary(file(rawPath('history-places', 'csv')), ['X_POSSIBLE_NAMES=longitude', 'Y_POSSIBLE_NAMES=latitude']);
    expect(layer).toMatchObject({ geometry: 'Point', featureCount: 17 });
  });
});
