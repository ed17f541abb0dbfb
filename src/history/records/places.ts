import type { HistoryPlaceId } from '../../generated/history-ids.generated.js';
import { type DeepReadonly, deepFreeze } from '../../internal/deep-freeze.js';
import type { HistoryPlace } from '../../schemas/history.js';

/** The GeoNames record a position comes from, as a citation. */
// @__NO_SIDE_EFFECTS__
const geonames = (name: string, geonameId: number) => ({
  source: 'geonames-cities500',
  locator: `record “${name}” (geonameid ${geonameId}, https://www.geonames.org/${geonameId}), latitude and longitude`,
});

/**
 * The 17 places `lt-ru-1920/history` follows: their GeoNames position
 * (WGS84 `[lon, lat]`, © GeoNames, CC BY 4.0) and whether the treaty of 12
 * July 1920 put them inside its line. Where a place lies farther from the
 * drawn line of `lt-ru-1920/border` than that line's stated accuracy there,
 * `inTreatyTerritory` is what `containsPoint` says (`inTreatyBasis:
 * 'contains-point'`); otherwise it is what the cited sources say. Their
 * names are in `places` of `lt-ru-1920`.
 *
 * @example
 * historyPlaces.find((p) => p.id === 'pastavy')?.inTreatyBasis //=> 'sources'
 */
export const historyPlaces: DeepReadonly<(HistoryPlace & { id: HistoryPlaceId })[]> = deepFreeze<(HistoryPlace & { id: HistoryPlaceId })[]>([
  {
    id: 'vilnius',
    geonameId: 593116,
    position: [25.2798, 54.68916],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 97 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Vilnius', 593116)],
  },
  {
    id: 'hrodna',
    geonameId: 627904,
    position: [23.8258, 53.6884],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 19 km inside the drawn arc round the city (accuracy there 5 km).',
    sources: [geonames('Hrodna', 627904)],
  },
  {
    id: 'lida',
    geonameId: 626081,
    position: [25.29972, 53.88333],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 27 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Lida', 626081)],
  },
  {
    id: 'ashmyany',
    geonameId: 630515,
    position: [25.936, 54.421],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 53 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Ashmyany', 630515)],
  },
  {
    id: 'svencionys',
    geonameId: 594064,
    position: [26.159, 55.135],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 43 km inside the drawn line (accuracy there 3 km).',
    sources: [geonames('Švenčionys', 594064)],
  },
  {
    id: 'braslaw',
    geonameId: 629640,
    position: [27.0418, 55.6413],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 5.4 km inside the drawn line, just beyond its 5 km accuracy there; the sources that list the towns the treaty gave Lithuania name it too.',
    sources: [
      geonames('Braslaw', 629640),
      { source: 'w-be-x-old', locator: 'map caption', quote: 'Горадня, Шчучын, Ліда, Ашмяны, Смаргонь, Паставы і Браслаў' },
    ],
  },
  {
    id: 'pastavy',
    geonameId: 623760,
    position: [26.83263, 55.11676],
    inTreatyTerritory: true,
    inTreatyBasis: 'sources',
    note: 'The line runs through the town (the drawn line passes through the point; accuracy there 3 km), so the geometry cannot decide; the map caption of the Belarusian Wikipedia lists Pastavy among the towns the treaty gave Lithuania.',
    sources: [
      { source: 'syb-1921', locator: 'p. 1248', quote: 'southward through Koziany, Postavy' },
      { source: 'w-be-x-old', locator: 'map caption', quote: 'Горадня, Шчучын, Ліда, Ашмяны, Смаргонь, Паставы і Браслаў' },
      geonames('Pastavy', 623760),
    ],
  },
  {
    id: 'smarhon',
    geonameId: 621713,
    position: [26.3957, 54.4798],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 27 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Smarhoń', 621713)],
  },
  {
    id: 'druskininkai',
    geonameId: 599757,
    position: [23.98703, 54.01573],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 47 km inside the drawn line (accuracy there 5 km).',
    sources: [geonames('Druskininkai', 599757)],
  },
  {
    id: 'varena',
    geonameId: 593406,
    position: [24.57538, 54.21546],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 80 km inside the drawn line (accuracy there 10 km). The point is the modern town, which grew round the Orany railway station.',
    sources: [geonames('Varėna', 593406)],
  },
  {
    id: 'eisiskes',
    geonameId: 599614,
    position: [24.99917, 54.17414],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 64 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Eišiškės', 599614)],
  },
  {
    id: 'trakai',
    geonameId: 593871,
    position: [24.93433, 54.63783],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 112 km inside the drawn line (accuracy there 10 km).',
    sources: [geonames('Trakai', 593871)],
  },
  {
    id: 'suwalki',
    geonameId: 757718,
    position: [22.93087, 54.11175],
    inTreatyTerritory: false,
    inTreatyBasis: 'contains-point',
    note: 'About 62 km outside the drawn line (accuracy there 5 km). The treaty left the Suwałki region to an agreement between Lithuania and Poland.',
    sources: [geonames('Suwałki', 757718), { source: 'w-pl', locator: 'lead, on Art. II note 1', quote: 'nie regulował przynależności Suwałk ani Augustowa' }],
  },
  {
    id: 'sejny',
    geonameId: 759503,
    position: [23.34698, 54.10802],
    inTreatyTerritory: false,
    inTreatyBasis: 'contains-point',
    note: 'About 48 km outside the drawn line (accuracy there 5 km).',
    sources: [geonames('Sejny', 759503)],
  },
  {
    id: 'augustow',
    geonameId: 776597,
    position: [22.97979, 53.84321],
    inTreatyTerritory: false,
    inTreatyBasis: 'contains-point',
    note: 'About 41 km outside the drawn line (accuracy there 5 km). The treaty left Augustów to an agreement between Lithuania and Poland.',
    sources: [geonames('Augustów', 776597), { source: 'w-pl', locator: 'lead, on Art. II note 1', quote: 'nie regulował przynależności Suwałk ani Augustowa' }],
  },
  {
    id: 'kaunas',
    geonameId: 598316,
    position: [23.90961, 54.90272],
    inTreatyTerritory: true,
    inTreatyBasis: 'contains-point',
    note: 'About 137 km inside the drawn line (accuracy there 5 km); Lithuania’s temporary capital, a reference point.',
    sources: [geonames('Kaunas', 598316)],
  },
  {
    id: 'klaipeda',
    geonameId: 598098,
    position: [21.13912, 55.7068],
    inTreatyTerritory: false,
    inTreatyBasis: 'contains-point',
    note: 'Far outside the territory, which the treaty line and its closing edges bound on the west; the Klaipėda Territory was not part of the treaty.',
    sources: [geonames('Klaipėda', 598098)],
  },
]);
