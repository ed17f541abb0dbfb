/** The formats a raw file comes in. `lpf` is Linked Places Format (GeoJSON-LD for gazetteers). */
export type RawFormat = 'json' | 'csv' | 'geojson' | 'lpf';

/** One raw file the package ships under `data/`: what it holds and in which format. */
export interface RawFile {
  /** Path from the package root, e.g. `data/events.csv`. */
  readonly path: string;
  /** The collection it holds, as `lt-ru-1920 export COLLECTION` names it. */
  readonly collection: string;
  readonly format: RawFormat;
  /** One line for the Data Package resource: what the file holds and how to use it. */
  readonly description: string;
}

const SHAPEFILE = 'One geometry type, so it converts to a Shapefile as it is.';

/**
 * Every raw file under `data/`, once: the Data Package emitter lists and
 * hashes exactly these (with the JSON Schemas under `schemas/`), the
 * data-version gate hashes them, `lt-ru-1920 export` serves them, and the
 * tests check each one. A generator that writes a `data/` file missing here
 * fails `npm run generate`.
 *
 * @example
 * ```ts
 * rawFiles.filter((file) => file.collection === 'control-periods').map((file) => file.path);
 * //=> ['data/control-periods.json', 'data/control-periods.csv', 'data/control-periods.geo.json']
 * ```
 */
export const rawFiles: readonly RawFile[] = [
  { path: 'data/events.json', collection: 'events', format: 'json', description: 'The dated events of the timeline, with variants and sources.' },
  { path: 'data/events.csv', collection: 'events', format: 'csv', description: 'The events as a flat table (one row per event).' },
  { path: 'data/signatories.json', collection: 'signatories', format: 'json', description: 'The plenipotentiaries who signed the treaty.' },
  { path: 'data/signatories.csv', collection: 'signatories', format: 'csv', description: 'The signatories as a flat table (one row per person).' },
  { path: 'data/articles.json', collection: 'articles', format: 'json', description: 'The articles of the treaty, summarised.' },
  { path: 'data/sources.json', collection: 'sources', format: 'json', description: 'The bibliography of lt-ru-1920 and lt-ru-1920/border.' },
  { path: 'data/places.json', collection: 'places', format: 'json', description: 'Named places (no coordinates) in each language the sources show.' },
  {
    path: 'data/waypoints.geo.json',
    collection: 'waypoints',
    format: 'geojson',
    description: `The 28 places of Article II as Points (null geometry where unidentified). ${SHAPEFILE}`,
  },
  { path: 'data/border-line.geo.json', collection: 'segments', format: 'geojson', description: `The Article II line as LineString segments. ${SHAPEFILE}` },
  {
    path: 'data/territory.geo.json',
    collection: 'territory',
    format: 'geojson',
    description: `The territory the treaty recognised as Lithuanian, one Polygon feature. ${SHAPEFILE}`,
  },
  {
    path: 'data/border.geo.json',
    collection: 'border',
    format: 'geojson',
    description:
      'Waypoints, segments and territory in one FeatureCollection. It mixes Points, LineStrings and a Polygon, which a Shapefile cannot hold: for a Shapefile take waypoints.geo.json, border-line.geo.json and territory.geo.json, the same features one geometry type each.',
  },
  {
    path: 'data/control-periods.json',
    collection: 'control-periods',
    format: 'json',
    description: 'Who held each place, in fact, from one day to another (1920-07-12 … 1940-12-31).',
  },
  {
    path: 'data/control-periods.csv',
    collection: 'control-periods',
    format: 'csv',
    description: 'The control periods as a flat table, joinable to history-places.csv on place = id.',
  },
  {
    path: 'data/control-periods.geo.json',
    collection: 'control-periods',
    format: 'geojson',
    description: `One Point per place and control period, with OpenHistoricalMap start_date and end_date, for time-slider maps. ${SHAPEFILE}`,
  },
  { path: 'data/titles.json', collection: 'titles', format: 'json', description: 'Title to places in each side’s view, under the instruments it rested on.' },
  {
    path: 'data/treaty.json',
    collection: 'treaty',
    format: 'json',
    description: 'The treaty: names, dates, ratifications and League of Nations registration.',
  },
  { path: 'data/parties.json', collection: 'parties', format: 'json', description: 'The two parties to the treaty.' },
  {
    path: 'data/history-places.json',
    collection: 'history-places',
    format: 'json',
    description: 'The 17 places of lt-ru-1920/history: GeoNames position and whether the treaty put them inside its line.',
  },
  {
    path: 'data/history-places.csv',
    collection: 'history-places',
    format: 'csv',
    description: 'The 17 places as a flat table: names in each language, GeoNames id and link, longitude and latitude.',
  },
  {
    path: 'data/history-places.geo.json',
    collection: 'history-places',
    format: 'geojson',
    description: `The 17 places as GeoJSON Points with their names and GeoNames links. ${SHAPEFILE}`,
  },
  {
    path: 'data/history-places.lpf.json',
    collection: 'history-places',
    format: 'lpf',
    description:
      'The 17 places in Linked Places Format (World Historical Gazetteer): names with citations, GeoNames links, and who held each place as dated relations.',
  },
  {
    path: 'data/holders.json',
    collection: 'holders',
    format: 'json',
    description: 'The powers besides the treaty parties that held or claimed places, 1920–1940.',
  },
  { path: 'data/figures.json', collection: 'figures', format: 'json', description: 'Areas and populations as the sources give them.' },
  { path: 'data/history-sources.json', collection: 'history-sources', format: 'json', description: 'The bibliography of lt-ru-1920/history.' },
];

const byPath = new Map(rawFiles.map((file) => [file.path, file]));

/**
 * "The data" whose bytes a data version stands for: a raw file of
 * {@link rawFiles}, or a JSON Schema under `schemas/` that describes them.
 *
 * @example
 * ```ts
 * isDataFile('data/events.csv'); //=> true
 * isDataFile('schemas/Event.schema.json'); //=> true
 * isDataFile('data/notes.txt'); //=> false
 * ```
 */
export const isDataFile = (path: string): boolean => byPath.has(path) || /^schemas\/[^/]+\.schema\.json$/.test(path);

/**
 * The raw file at `path`, or undefined.
 *
 * @example
 * ```ts
 * rawFile('data/events.csv')?.format; //=> 'csv'
 * ```
 */
export const rawFile = (path: string): RawFile | undefined => byPath.get(path);

/**
 * The path of a collection's file in a format; throws when there is none
 * (so a generator cannot write a file the list does not name).
 *
 * @example
 * ```ts
 * rawPath('control-periods', 'csv'); //=> 'data/control-periods.csv'
 * ```
 */
export function rawPath(collection: string, format: RawFormat): string {
  const file = rawFiles.find((candidate) => candidate.collection === collection && candidate.format === format);
  if (file === undefined) throw new Error(`raw-files: no ${format} file for ${collection}`);
  return file.path;
}
