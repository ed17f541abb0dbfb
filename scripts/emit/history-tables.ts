/**
 * The tables of `lt-ru-1920/history` for people who open files without code:
 * the 17 places (names, GeoNames link, position) and the control periods.
 * `csv.ts` writes them as CSV and `history-geo.ts` as GeoJSON, from these
 * same columns.
 */
import { places } from '../../src/data/index.js';
import { historyRange } from '../../src/history/history-range.js';
import { controlPeriods, historyPlaces } from '../../src/history/records/index.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import { rawPath } from '../../src/internal/raw-files.js';
import type { ControlPeriod, HistoryPlace } from '../../src/schemas/history.js';
import type { Place } from '../../src/schemas/place.js';
import { SOURCES, sourceIds, type Table, VARIANTS, variantValues } from './table.js';

/** A history place with the names `places` holds for it. */
export interface NamedPlace {
  readonly place: DeepReadonly<HistoryPlace>;
  readonly names: DeepReadonly<Place>;
}

/** The languages every history place has a name in, in column order. */
export const NAME_LANGUAGES = ['en', 'lt', 'pl', 'ru', 'be'] as const;
const LANGUAGE = { en: 'English', lt: 'Lithuanian', pl: 'Polish', ru: 'Russian', be: 'Belarusian' } as const;

/** The 17 places with their names, in the order of `historyPlaces`. */
export const namedPlaces: readonly NamedPlace[] = historyPlaces.map((place) => {
  const names = places.find((candidate) => candidate.id === place.id);
  if (names === undefined) throw new Error(`history-tables: no names in places for ${place.id}`);
  return { place, names };
});

/**
 * The GeoNames page of a GeoNames id.
 *
 * @example
 * ```ts
 * geonamesUrl(593116); //=> 'https://www.geonames.org/593116'
 * ```
 */
export const geonamesUrl = (geonameId: number): string => `https://www.geonames.org/${geonameId}`;

/**
 * The day after an ISO date: OpenHistoricalMap's `end_date` is the day a
 * feature went out of existence, so a period held through 13 July ends on 14 July.
 *
 * @example
 * ```ts
 * dayAfter('1920-12-31'); //=> '1921-01-01'
 * ```
 */
export const dayAfter = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export const historyPlaceTable: Table<NamedPlace> = {
  path: rawPath('history-places', 'csv'),
  records: namedPlaces,
  primaryKey: 'id',
  columns: [
    {
      name: 'id',
      description: 'Stable id of the place (the same in places.json, history-places.json and the place column of control-periods.csv).',
      value: (row) => row.place.id,
    },
    ...NAME_LANGUAGES.map((lang) => ({
      name: `name_${lang}`,
      description: `Name in ${LANGUAGE[lang]}${lang === 'en' ? '' : ', empty where no source shows one'}.`,
      value: (row: NamedPlace) => row.names.name[lang],
    })),
    {
      name: 'editorial_names',
      description:
        'The names the dataset formed itself because no source shows them (e.g. “name.pl”), joined by “;”; empty where every name comes from a source.',
      value: (row) => row.names.editorial?.join(';'),
    },
    { name: 'geonames_id', type: 'integer', description: 'Id of the GeoNames feature the position comes from.', value: (row) => row.place.geonameId },
    { name: 'geonames_url', format: 'uri', description: 'The GeoNames page of that feature.', value: (row) => geonamesUrl(row.place.geonameId) },
    { name: 'longitude', type: 'number', description: 'WGS84 longitude of the GeoNames point, degrees east.', value: (row) => row.place.position[0] },
    { name: 'latitude', type: 'number', description: 'WGS84 latitude of the GeoNames point, degrees north.', value: (row) => row.place.position[1] },
    {
      name: 'accuracy_km',
      type: 'number',
      description: 'How far the point may lie from what it stands for, in km; empty where not stated.',
      value: (row) => row.place.accuracyKm,
    },
    {
      name: 'in_treaty_territory',
      type: 'boolean',
      description: 'true where the 1920 treaty (Art. II) put the place on the Lithuanian side of its line.',
      value: (row) => row.place.inTreatyTerritory,
    },
    {
      name: 'in_treaty_basis',
      description:
        'How in_treaty_territory was decided: contains-point (the border geometry, the place lying farther from the line than its accuracy) or sources (the cited sources).',
      value: (row) => row.place.inTreatyBasis,
    },
    { name: 'note', description: 'What to keep in mind about the place, in the dataset’s own words.', value: (row) => row.place.note },
    { name: 'sources', description: SOURCES.replace('sources.json', 'sources.json and history-sources.json'), value: (row) => sourceIds(row.place.sources) },
  ],
};

type Period = DeepReadonly<ControlPeriod>;

export const controlPeriodTable: Table<Period> = {
  path: rawPath('control-periods', 'csv'),
  records: controlPeriods,
  primaryKey: 'id',
  foreignKeys: [
    { column: 'place', path: rawPath('history-places', 'csv'), references: 'id' },
    { column: 'event', path: rawPath('events', 'csv'), references: 'id' },
  ],
  columns: [
    { name: 'id', description: 'Stable id of the period: the place id and the first day.', value: (period) => period.id },
    { name: 'place', description: 'Id of the place (the id column of history-places.csv).', value: (period) => period.place },
    { name: 'from', type: 'date', description: 'First day of the period (inclusive).', value: (period) => period.from },
    {
      name: 'to',
      type: 'date',
      description: `Last day of the period (inclusive); ${historyRange.to} is the last day the data covers, not an end of the holding.`,
      value: (period) => period.to,
    },
    {
      name: 'controller',
      description: 'Id of the party (parties.json) or holder (holders.json) whose troops or administration held the place; empty where the sources do not say.',
      value: (period) => period.controller ?? undefined,
    },
    {
      name: 'event',
      description: 'Id of the event (the id column of events.csv) that began the period; empty where no dated event did.',
      value: (period) => period.event ?? undefined,
    },
    { name: 'confidence', description: 'high, medium or low.', value: (period) => period.confidence },
    {
      name: 'kind',
      description: 'What kind of control it was, where the cited sources name it: occupation, annexation or administration; empty where they do not.',
      value: (period) => period.kind,
    },
    { name: 'from_variants', description: `First days: ${VARIANTS}.`, value: (period) => variantValues(period.variants) },
    { name: 'note', description: 'What the period was and what is not known, in the dataset’s own words.', value: (period) => period.note },
    { name: 'sources', description: SOURCES.replace('sources.json', 'sources.json and history-sources.json'), value: (period) => sourceIds(period.sources) },
  ],
};
