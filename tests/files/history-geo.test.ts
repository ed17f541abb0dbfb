/**
 * The GeoJSON views of `lt-ru-1920/history`: valid GeoJSON, one Point per
 * place (and per place and period), and OpenHistoricalMap dates a time slider
 * can filter by as they are: on every day of the range exactly one period of
 * each place is current (start_date ≤ day < end_date).
 */
import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { historyRange } from '../../src/history/history-range.js';
import { statusOn } from '../../src/history/index.js';
import { controlPeriods, historyPlaces } from '../../src/history/records/index.js';
import { rawPath } from '../../src/internal/raw-files.js';

type Properties = Record<string, string | number | boolean | undefined>;
interface Collection {
  readonly features: readonly {
    readonly id: string;
    readonly geometry: { readonly type: string; readonly coordinates: readonly number[] };
    readonly properties: Properties;
  }[];
}
const text = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const placesPath = rawPath('history-places', 'geojson');
const periodsPath = rawPath('control-periods', 'geojson');
const placesGeo = JSON.parse(text(placesPath)) as Collection;
const periodsGeo = JSON.parse(text(periodsPath)) as Collection;

/** Every day from `from` to `to`, both inclusive, ISO. */
function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

describe('history places and control periods as GeoJSON', () => {
  it.each([placesPath, periodsPath])('%s passes @placemarkio/check-geojson', (path) => {
    expect(() => check(text(path))).not.toThrow();
  });

  it('has one Point per place, at its GeoNames position, with flat properties only', () => {
    expect(placesGeo.features.map((feature) => feature.id)).toEqual(historyPlaces.map((place) => place.id));
    placesGeo.features.forEach((feature, index) => {
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [...(historyPlaces[index]?.position ?? [])] });
      expect(feature.properties.geonames_url).toBe(`https://www.geonames.org/${historyPlaces[index]?.geonameId}`);
      for (const value of Object.values(feature.properties)) expect(['string', 'number', 'boolean']).toContain(typeof value);
    });
  });

  it('has one Point per place and period, with start_date the first day and end_date the day after the last', () => {
    expect(periodsGeo.features.map((feature) => feature.id)).toEqual(controlPeriods.map((period) => period.id));
    periodsGeo.features.forEach((feature, index) => {
      const period = controlPeriods[index];
      expect(feature.properties.start_date).toBe(period?.from);
      expect(feature.properties.range_end).toBe(period?.to === historyRange.to);
      expect(String(feature.properties.end_date) > String(period?.to)).toBe(true);
      expect(feature.properties.end_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('a time slider filtering start_date ≤ day < end_date shows exactly the period statusOn gives, for every place on every day of the range', () => {
    for (const place of historyPlaces) {
      const features = periodsGeo.features.filter((feature) => feature.properties.place === place.id);
      for (const day of days(historyRange.from, historyRange.to)) {
        const current = features.filter((feature) => String(feature.properties.start_date) <= day && day < String(feature.properties.end_date));
        expect(
          current.map((feature) => feature.id),
          `${place.id} ${day}`,
        ).toEqual([statusOn(place.id, day).period.id]);
      }
    }
  });
});
