/**
 * Citation builders for the border generator. Source ids are records of the
 * package bibliography: keys of the research dossier lowercased (`syb-1921`,
 * `tfdd`, `w-pl`, `harrison`) or geo sources in `src/data/sources-geo.ts`.
 */
import type { SourceRef } from '../../schemas/source-ref.js';

/**
 * Cites the Statesman's Year-Book 1921 summary of Article II (public domain).
 *
 * @example
 * ```ts
 * syb('along the Drujka River').source; //=> 'syb-1921'
 * ```
 */
export const syb = (quote: string): SourceRef => ({ source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)', quote });

/**
 * Cites the LNTS English translation of Article II as transcribed by TFDD (text after the missing pp. 123–124).
 *
 * @example
 * ```ts
 * tfdd('across the Miastra lake').source; //=> 'tfdd'
 * ```
 */
export const tfdd = (quote: string): SourceRef => ({ source: 'tfdd', locator: 'Art. II (LNTS English translation, text after pp. 123–124)', quote });

/**
 * Cites a GeoNames cities500 record by geonameid (CC BY 4.0).
 *
 * @example
 * ```ts
 * geonames(627904, 'Hrodna').locator; //=> 'geonameid 627904 (Hrodna)'
 * ```
 */
export const geonames = (geonameid: number, name: string): SourceRef => ({
  source: 'geonames-cities500',
  locator: `geonameid ${geonameid} (${name})`,
});

/**
 * Cites an infobox coordinate of a Wikipedia article (or a mirror of it).
 *
 * @example
 * ```ts
 * infobox('ruwiki-druika', 'mouth 55°47′37″N 27°26′36″E');
 * ```
 */
export const infobox = (source: string, coordinate: string): SourceRef => ({ source, locator: `infobox coordinates: ${coordinate}` });

/**
 * Cites Natural Earth admin-0, 1:10m.
 *
 * @example
 * ```ts
 * naturalEarth('Lithuania–Poland border').source; //=> 'natural-earth-admin0'
 * ```
 */
export const naturalEarth = (what: string): SourceRef => ({ source: 'natural-earth-admin0', locator: what });
