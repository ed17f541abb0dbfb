/**
 * Citation builders for the border generator. Source ids are records of the
 * package bibliography: keys of the research dossier lowercased (`syb-1921`,
 * `tfdd`, `w-pl`, `harrison`) or geo sources in `src/data/sources-geo.ts`.
 */
import type { SourceRef } from '../../src/schemas/source-ref.js';

/** The Statesman's Year-Book 1921 summary of Article II (public domain). */
export const syb = (quote: string): SourceRef => ({ source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)', quote });

/** The LNTS English translation of Article II as transcribed by TFDD (text after the missing pp. 123–124). */
export const tfdd = (quote: string): SourceRef => ({ source: 'tfdd', locator: 'Art. II (LNTS English translation, text after pp. 123–124)', quote });

/** A GeoNames cities500 record, by geonameid (CC BY 4.0). */
export const geonames = (geonameid: number, name: string): SourceRef => ({
  source: 'geonames-cities500',
  locator: `geonameid ${geonameid} (${name})`,
});

/** An infobox coordinate of a Wikipedia article (or a mirror of it). */
export const infobox = (source: string, coordinate: string): SourceRef => ({ source, locator: `infobox coordinates: ${coordinate}` });

/** Natural Earth admin-0, 1:10m. */
export const naturalEarth = (what: string): SourceRef => ({ source: 'natural-earth-admin0', locator: what });
