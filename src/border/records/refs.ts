/**
 * Citation builders for the border records. Source ids are records of the
 * package bibliography (`src/data/sources/`).
 * Every builder yields a citation a reader can find in the work: a quote, a
 * page or article, a table row or an infobox field named in quotes.
 */
import type { SourceRef } from '../../schemas/source-ref.js';

/**
 * Cites the Statesman's Year-Book 1921 summary of Article II (public domain) with its words.
 *
 * @example
 * ```ts
 * syb('along the Drujka River').source; //=> 'syb-1921'
 * ```
 */
export const syb = (quote: string): SourceRef => ({ source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)', quote });

/**
 * Cites the LNTS English translation of Article II as transcribed by TFDD, with its words.
 *
 * @example
 * ```ts
 * tfdd('across the Miastra lake').source; //=> 'tfdd'
 * ```
 */
export const tfdd = (quote: string): SourceRef => ({ source: 'tfdd', locator: 'Art. II (LNTS English translation, text after pp. 123–124)', quote });

/**
 * Cites a row of GeoNames cities500 by its geonameid and name (CC BY 4.0).
 *
 * @example
 * ```ts
 * geonames(627904, 'Hrodna').locator; //=> 'row 627904 (geonameid; name “Hrodna”; https://www.geonames.org/627904)'
 * ```
 */
export const geonames = (geonameid: number, name: string): SourceRef => ({
  source: 'geonames-cities500',
  locator: `row ${geonameid} (geonameid; name “${name}”; https://www.geonames.org/${geonameid})`,
});

/**
 * Cites a coordinate in the infobox of a Wikipedia article (or a mirror of
 * it), naming the infobox field as the article prints it.
 *
 * @example
 * ```ts
 * infobox('ruwiki-druika', 'Устье', '55°47′37″N 27°26′36″E').locator;
 * //=> 'infobox field “Устье” → “Координаты”: 55°47′37″N 27°26′36″E'
 * ```
 */
export const infobox = (source: string, field: string, coordinate: string, quote?: string): SourceRef => ({
  source,
  locator: `infobox field “${field}” → “${field === 'Выток' || field === 'Вусце' ? 'Каардынаты' : 'Координаты'}”: ${coordinate}`,
  ...(quote === undefined ? {} : { quote }),
});

/**
 * Cites Natural Earth admin-0, 1:10m: the country row (field “ADMIN”) and what of its outline is used.
 *
 * @example
 * ```ts
 * naturalEarth('Lithuania', 'the boundary with Poland').locator;
 * //=> 'row “Lithuania” (field “ADMIN”): the boundary with Poland'
 * ```
 */
export const naturalEarth = (country: string, what: string): SourceRef => ({
  source: 'natural-earth-admin0',
  locator: `row “${country}” (field “ADMIN”): ${what}`,
});
