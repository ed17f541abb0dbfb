/**
 * Emits the places of `lt-ru-1920/history` as GeoJSON for GIS tools and
 * time-slider maps: `data/history-places.geo.json` (one Point per place) and
 * `data/control-periods.geo.json` (one Point per place and control period,
 * with OpenHistoricalMap's `start_date` and `end_date`). Properties are flat
 * (no nested objects), so each file converts to a Shapefile as it is.
 */
import { historyRange } from '../../src/history/history-range.js';
import { rawPath } from '../../src/internal/raw-files.js';
import type { Emitter } from '../emitter.js';
import { toGeoJsonText } from './border.js';
import { controlPeriodTable, dayAfter, historyPlaceTable, type NamedPlace, namedPlaces } from './history-tables.js';
import type { Cell, Column } from './table.js';

const NOTE_PLACES =
  'The 17 places of lt-ru-1920/history: GeoNames points (WGS84 [longitude, latitude], © GeoNames, CC BY 4.0), names in each language, and whether the 1920 treaty put each inside its line. Columns as in history-places.csv.';
const NOTE_PERIODS = `Who held each of the 17 places, in fact, ${historyRange.from} … ${historyRange.to}: one Point per place and period. start_date is the first day, end_date the day after the last (OpenHistoricalMap's convention: the day the period went out of existence), so at any day of the range exactly one feature per place is current. range_end is true where the period reaches ${historyRange.to}, the last day the data covers: there end_date marks where the data stops, not an end of the holding. Columns as in control-periods.csv.`;

/** The properties a row gives through `columns`, skipping `skip` and empty cells. */
function properties<T>(columns: readonly Column<T>[], record: T, skip: readonly string[] = []): Record<string, Cell> {
  return Object.fromEntries(columns.filter((column) => !skip.includes(column.name)).map((column) => [column.name, column.value(record)]));
}

const point = (row: NamedPlace) => ({ type: 'Point' as const, coordinates: [...row.place.position] });

/**
 * The places as a FeatureCollection of Points.
 *
 * @example
 * ```ts
 * historyPlacesGeoJson().features[0].properties.geonames_url; //=> 'https://www.geonames.org/593116'
 * ```
 */
export function historyPlacesGeoJson() {
  return {
    type: 'FeatureCollection' as const,
    name: 'history-places',
    note: NOTE_PLACES,
    features: namedPlaces.map((row) => ({
      type: 'Feature' as const,
      id: row.place.id,
      geometry: point(row),
      properties: properties(historyPlaceTable.columns, row, ['longitude', 'latitude']),
    })),
  };
}

/**
 * The control periods as a FeatureCollection of Points, one per place and period.
 *
 * @example
 * ```ts
 * controlPeriodsGeoJson().features.find((f) => f.id === 'vilnius-1920-07-12')?.properties.end_date; //=> '1920-07-14'
 * ```
 */
export function controlPeriodsGeoJson() {
  return {
    type: 'FeatureCollection' as const,
    name: 'control-periods',
    note: NOTE_PERIODS,
    features: controlPeriodTable.records.map((period) => {
      const row = namedPlaces.find((candidate) => candidate.place.id === period.place);
      if (row === undefined) throw new Error(`history-geo: no place ${period.place} for ${period.id}`);
      return {
        type: 'Feature' as const,
        id: period.id,
        geometry: point(row),
        properties: {
          id: period.id,
          place: period.place,
          name_en: row.names.name.en,
          start_date: period.from,
          end_date: dayAfter(period.to),
          range_end: period.to === historyRange.to,
          ...properties(controlPeriodTable.columns, period, ['id', 'place']),
        },
      };
    }),
  };
}

const emitHistoryGeo: Emitter = () => [
  { path: rawPath('history-places', 'geojson'), content: toGeoJsonText(historyPlacesGeoJson()) },
  { path: rawPath('control-periods', 'geojson'), content: toGeoJsonText(controlPeriodsGeoJson()) },
];

export default emitHistoryGeo;
