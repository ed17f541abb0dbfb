/**
 * The 28 places of Article II in treaty order (south-west → north-east), 16
 * located and 12 not: the hand-written records behind `lt-ru-1920/border`.
 * Towns are rows of GeoNames cities500 (© GeoNames, CC BY 4.0), rivers and
 * lakes infobox coordinates of Wikipedia articles, each cited per record.
 * Unidentified places keep `position: null`. Name forms that no cited source
 * gives are listed in the record's `editorial`.
 */

import { places } from '../../data/places.js';
import type { HistoryPlaceId } from '../../generated/history-ids.generated.js';
import { historyPlaces } from '../../history/records/places.js';
import { VERST_KM } from '../../internal/units.js';
import type { Waypoint } from '../../schemas/border.js';
import type { Position } from '../../schemas/geojson.js';
import { geonames, infobox, naturalEarth, syb, tfdd } from './refs.js';

type Props = Waypoint['properties'];
/**
 * One waypoint as written by hand; the emitter adds `kind` and the GeoJSON wrapper.
 *
 * @example
 * ```ts
 * const w: WaypointInput = waypointInputs[0]!;
 * ```
 */
export type WaypointInput = Omit<Props, 'kind'> & { position: Position | null };

/** The name languages a waypoint carries, in the order it lists them. */
const NAME_LANGUAGES = ['en', 'be', 'ru', 'pl', 'lt'] as const;

/**
 * A waypoint that is a town the package already follows: its names from
 * `places` of `lt-ru-1920` and its GeoNames position from `historyPlaces` of
 * `lt-ru-1920/history`, each written once, there (and cited there):
 * `town('pastavy').position` is Pastavy's GeoNames point.
 */
function town(id: HistoryPlaceId): { names: Props['names']; position: Position } {
  const named = places.find((place) => place.id === id);
  const located = historyPlaces.find((place) => place.id === id);
  if (named === undefined || located === undefined) throw new Error(`waypoints: ${id} is not a place of places and historyPlaces`);
  const names: Props['names'] = {};
  for (const language of NAME_LANGUAGES) {
    const name = named.name[language];
    if (name !== undefined) names[language] = name;
  }
  const [lon, lat] = located.position;
  if (lon === undefined || lat === undefined) throw new Error(`waypoints: ${id} has no position`);
  return { names, position: [lon, lat] };
}

const SYB_FULL = 'circles the city of Gardinas at a radius of 15 to 20 versts to the south';
const unlocated = { names: {}, method: 'unlocated', position: null, accuracyKm: null, confidence: 'none' } as const;
const oneVerst = Math.round(VERST_KM * 100) / 100;

/**
 * The 28 Article II places, in treaty order.
 *
 * @example
 * ```ts
 * waypointInputs.filter((w) => w.position !== null).length; //=> 16
 * ```
 */
export const waypointInputs: WaypointInput[] = [
  // Hrodna's names and position are the place's (places, historyPlaces); the English form adds the older name.
  {
    id: 'grodno-arc',
    order: 1,
    nameInTreaty: 'Gardinas',
    basis: 'contemporary-summary',
    ...town('hrodna'),
    names: { ...town('hrodna').names, en: 'Hrodna (Grodno)' },
    identification:
      'Centre of the arc the line draws 15–20 versts (16–21 km) south of Grodno; the point is the city (GeoNames). Where the arc ends in the west is not stated: the Lithuanian–Polish line was left out of the treaty.',
    method: 'arc-centre',
    accuracyKm: 2.7,
    lineOffsetKm: 18.67,
    confidence: 'medium',
    sources: [syb(SYB_FULL), geonames(627904, 'Hrodna')],
  },
  {
    id: 'svislach-mouth',
    order: 2,
    nameInTreaty: 'Svislocis River',
    basis: 'contemporary-summary',
    names: { en: 'Svislach (Neman tributary), mouth', be: 'Свіслач' },
    identification: 'Mouth of the Svislach, left tributary of the Neman, above Grodno.',
    method: 'river-mouth',
    position: [24.06639, 53.50694],
    accuracyKm: 1,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('further to the west along the Niemen to the Svislocis River'), infobox('bewiki-svislach-neman', 'Вусце', '53°30′25″N 24°03′59″E')],
    editorial: ['names.en'],
  },
  {
    id: 'mosty',
    order: 3,
    nameInTreaty: 'Niemen',
    basis: 'contemporary-summary',
    names: { en: 'Masty (Mosty)', be: 'Масты', ru: 'Мосты', pl: 'Mosty', lt: 'Mastai' },
    identification: 'Reference point on the Neman: the town of Masty, on the river; the line runs along the Neman here.',
    method: 'town-on-line',
    position: [24.5387, 53.4122],
    accuracyKm: 2,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('further to the west along the Niemen'), geonames(625367, 'Mosty')],
  },
  {
    id: 'berezina-mouth',
    order: 4,
    nameInTreaty: 'Beresina River',
    basis: 'contemporary-summary',
    names: { en: 'Western Berezina (Neman tributary), mouth', be: 'Бярэзіна' },
    identification: 'Mouth of the Western Berezina into the Neman (not the Dnieper Berezina).',
    method: 'river-mouth',
    position: [25.98394, 53.80597],
    accuracyKm: 1,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('along the Beresina River'), infobox('bewiki-berezina-neman', 'Вусце', '53°48′21.5″N 25°59′02.2″E')],
    editorial: ['names.en'],
  },
  {
    id: 'valozhyn',
    order: 5,
    nameInTreaty: 'Volozino',
    basis: 'contemporary-summary',
    names: { en: 'Valozhyn', be: 'Валожын' },
    identification: 'Valozhyn; the line "runs by" it, on which side is not stated.',
    method: 'gazetteer',
    position: [26.5266, 54.0892],
    accuracyKm: 10,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('runs by Volozino'), geonames(620445, 'Valozhyn')],
  },
  {
    id: 'molodechno',
    order: 6,
    nameInTreaty: 'Molodecno railway junction',
    basis: 'contemporary-summary',
    names: { en: 'Maladzyechna (Molodechno)', be: 'Маладзечна' },
    identification: 'Maladzyechna railway junction, which the line cuts in half; the point is the town centre.',
    method: 'town-on-line',
    position: [26.854, 54.3167],
    accuracyKm: 2,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('then it cuts in half the Molodecno railway junction'), geonames(625625, 'Maladziečna')],
  },
  {
    id: 'slobodka',
    order: 7,
    nameInTreaty: 'Slobodka',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Probably Sloboda, a village on the Narach river (Narochanka) in the Myadzyel district; tentative, not located.',
    lineOffsetKm: null,
    sources: [
      tfdd('of Slobodka, Dolgaya and Prenta'),
      { source: 'myadel-tourism', locator: 'heading “МАРШРУТ №1”', quote: 'Стоянку можно сделать не доходя 3 км. до д.Слобода' },
    ],
  },
  {
    id: 'dolgaya',
    order: 8,
    nameInTreaty: 'Dolgaya',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified.',
    lineOffsetKm: null,
    sources: [tfdd('of Slobodka, Dolgaya and Prenta')],
  },
  {
    id: 'prenta',
    order: 9,
    nameInTreaty: 'Prenta',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified.',
    lineOffsetKm: null,
    sources: [tfdd('of Slobodka, Dolgaya and Prenta')],
  },
  {
    id: 'narach-river',
    order: 10,
    nameInTreaty: 'Narotch',
    basis: 'treaty-text',
    names: { en: 'Narach river', be: 'Нарач', ru: 'Нарочь' },
    identification:
      'The Narach river (Narochanka); the point is its source at the south shore of Lake Narach (mouth into the Viliya 54.43944 N 26.64944 E; Uzlyanka confluence at Izha 54.66278 N 26.78583 E).',
    method: 'river-source',
    position: [26.82056, 54.81861],
    accuracyKm: 5,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [
      syb('along the Narocz River'),
      tfdd('from there along the small stream Narotch'),
      infobox('ruwiki-naroch-river', 'Исток', '54°49′07″N 26°49′14″E', '54°49′07″ с. ш. 26°49′14″ в. д.'),
      infobox('ruwiki-uzlyanka', 'Устье', '54°39′46″N 26°47′09″E'),
    ],
    editorial: ['names.en'],
  },
  {
    id: 'tsheremstchitza',
    order: 11,
    nameInTreaty: 'Tsheremstchitza',
    basis: 'treaty-text',
    ...unlocated,
    names: { en: 'Cheremshitsy', be: 'Черамшыцы' },
    identification: 'Cheremshitsy: the hydrological reserve of that name lies between the Narach and Uzlyanka rivers; the village is not located.',
    lineOffsetKm: oneVerst,
    sources: [
      {
        source: 'naroch-river-de-mirror',
        locator: 'article body',
        quote: 'Im Zwischenfluss von Naroch und Uzlyanka gibt es eine hydrologische Reserve Cheremshits',
      },
      tfdd('near the village of Tsheremstchitza, at a distance of about one verst from the same'),
    ],
    editorial: ['names.en', 'names.be'],
  },
  {
    id: 'lake-narach',
    order: 12,
    nameInTreaty: 'Lake Narocz',
    basis: 'contemporary-summary',
    names: { en: 'Lake Narach', be: 'Нарач', ru: 'Нарочь' },
    identification: 'Lake Narach; the point is the lake centroid, the line passes its EASTERN shore (about 26.83 E, ~5.2 km east of the centroid).',
    method: 'lake-centroid',
    position: [26.74972, 54.8525],
    accuracyKm: 3,
    lineOffsetKm: 5.2,
    confidence: 'medium',
    sources: [
      syb('by the eastern shore of Lake Narocz'),
      infobox('ruwiki-naroch-lake', 'Координаты', '54°51′09″N 26°44′59″E', '54°51′09″ с. ш. 26°44′59″ в. д.'),
    ],
    editorial: ['names.en'],
  },
  {
    id: 'lake-bliada',
    order: 13,
    nameInTreaty: 'Bliada lake',
    basis: 'treaty-text',
    ...unlocated,
    names: { en: 'Lake Blednaye', be: 'Бледнае', ru: 'Бледное' },
    identification: 'Lake Blednaye/Blednoe (older "Блядо"), Narach lake group; coordinates not found.',
    lineOffsetKm: null,
    sources: [
      { source: 'ruwiki-naroch-lake', locator: 'lead', quote: 'Входит в Нарочанскую группу озёр (Мястро, Баторино, Бледное)' },
      tfdd('it turns north-ward and passes along the eastern shore of the Bliada lake'),
      { source: 'lifeby-myadel', locator: 'heading “Озёра Мядельского района”', quote: 'В составе зооценозов озер Блядо и Дягили' },
    ],
    editorial: ['names.en', 'names.be'],
  },
  {
    id: 'lake-myastra',
    order: 14,
    nameInTreaty: 'Miastra lake',
    basis: 'treaty-text',
    names: { en: 'Lake Myastra', be: 'Мястра', ru: 'Мястро' },
    identification: 'Lake Myastra; the point is the lake centroid (the line crosses it south → north).',
    method: 'lake-centroid',
    position: [26.9, 54.86667],
    accuracyKm: 3,
    lineOffsetKm: 0,
    confidence: 'low',
    sources: [tfdd('it proceeds northward across the Miastra lake'), infobox('ruwiki-myastro', 'Координаты', '54°52′00″N 26°54′00″E')],
    editorial: ['names.en', 'names.be'],
  },
  {
    id: 'pikoltzy',
    order: 15,
    nameInTreaty: 'Pikoltzy',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Probably Nikaltsy/Nikoltsy by the north shore of Lake Myastra ("P" a misreading of "N"?); on the western (Lithuanian) side; not located.',
    lineOffsetKm: null,
    sources: [
      tfdd('between the village of Pikoltzy on the western side, and the village of Mintshaki on the eastern side'),
      { source: 'myadel-tourism', locator: 'heading “МАРШРУТ №1”', quote: 'Около д.Никольцы расположен дендрологический парк' },
    ],
  },
  {
    id: 'mintshaki',
    order: 16,
    nameInTreaty: 'Mintshaki',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified; on the eastern (Russian) side.',
    lineOffsetKm: null,
    sources: [tfdd('the village of Mintshaki on the eastern side')],
  },
  {
    id: 'volotshek',
    order: 17,
    nameInTreaty: 'Volotshek',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified; the line passes about one verst west of it.',
    lineOffsetKm: oneVerst,
    sources: [tfdd('on the western side of the village of Volotshek at a distance of about one verst from it')],
  },
  {
    id: 'lake-myadzel',
    order: 18,
    nameInTreaty: 'Madziol lake',
    basis: 'treaty-text',
    names: { en: 'Lake Myadzel', be: 'Мядзел', ru: 'Мядель', pl: 'Miadzioł' },
    identification: 'Lake Myadzel; the point is the lake centroid (the line crosses it northward).',
    method: 'lake-centroid',
    position: [26.85, 54.93333],
    accuracyKm: 3,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [infobox('ruwiki-myadel-lake', 'Координаты', '54°56′N 26°51′E'), tfdd('from there northward across the Madziol lake')],
    editorial: ['names.en', 'names.be', 'names.pl'],
  },
  {
    id: 'pshegrode',
    order: 19,
    nameInTreaty: 'Pshegrode',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified; the line passes about one verst west of it.',
    lineOffsetKm: oneVerst,
    sources: [tfdd('to the western side of the village of Pshegrode at a distance of about one verst from same')],
  },
  {
    id: 'myadzelka-source',
    order: 20,
    nameInTreaty: 'Miadzelka',
    basis: 'treaty-text',
    names: { en: 'Myadzelka river, source', be: 'Мядзелка', ru: 'Мяделка' },
    identification: 'Outflow of the Myadzelka from Lake Myadzel.',
    method: 'river-source',
    position: [26.85111, 54.96139],
    accuracyKm: 1,
    lineOffsetKm: 0,
    confidence: 'low',
    sources: [tfdd('from there towards the source of the Miadzelka smallstream'), infobox('ruwiki-myadelka', 'Исток', '54°57′41″N 26°51′04″E')],
    editorial: ['names.en', 'names.be'],
  },
  // Pastavy's names and position are the place's (places, historyPlaces).
  {
    id: 'pastavy',
    order: 21,
    nameInTreaty: 'Postavy',
    basis: 'contemporary-summary',
    ...town('pastavy'),
    identification: 'Pastavy, a town on the Myadzelka, which the line follows.',
    method: 'town-on-line',
    accuracyKm: 2,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [
      syb('southward through Koziany, Postavy'),
      geonames(623760, 'Pastavy'),
      { source: 'ruwiki-myadelka', locator: 'article body, last paragraph but one', quote: 'Miasto Postavy leży nad rzeką' },
    ],
  },
  {
    id: 'kaziany',
    order: 22,
    nameInTreaty: 'Disna river',
    basis: 'treaty-text',
    names: { en: 'Kaziany', be: 'Казяны' },
    identification:
      'Junction of the Myadzelka with the Dzisna at Kaziany (SYB "Koziany"): today the Myadzelka enters the Birveta 2.5 km above the Birveta–Dzisna confluence; the point is that confluence.',
    method: 'river-confluence',
    position: [26.87194, 55.28194],
    accuracyKm: 2,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [
      syb('southward through Koziany'),
      tfdd('along this small stream to its junction with the Disna river'),
      infobox('wiki-birveta', 'Устье', '55°16′55″N 26°52′19″E', 'Er mündet in der Nähe der landwirtschaftlichen Stadt Kozyany in die Disna'),
    ],
    editorial: ['names.en', 'names.be'],
  },
  {
    id: 'borovyia',
    order: 23,
    nameInTreaty: 'Borovyia',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified; the line passes about one verst west of it, heading north-east from the Dzisna.',
    lineOffsetKm: oneVerst,
    sources: [tfdd('north-eastward towards the western side of the village of Borovyia, at a distance of about one verst from the same')],
  },
  {
    id: 'lake-mikhalishki',
    order: 24,
    nameInTreaty: 'Mikhalishiki lake',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified.',
    lineOffsetKm: 0,
    sources: [tfdd('farther, north-eastward in a direction across the Mikhalishiki lake')],
  },
  {
    id: 'nistshenka',
    order: 25,
    nameInTreaty: 'Nistshenka',
    basis: 'treaty-text',
    ...unlocated,
    identification: 'Not identified; the available treaty text breaks off here.',
    lineOffsetKm: 0,
    sources: [tfdd('farther, along the small streamNistshenka')],
  },
  {
    id: 'lake-dryvyaty',
    order: 26,
    nameInTreaty: 'Lake Driviaty',
    basis: 'contemporary-summary',
    names: { en: 'Lake Dryvyaty', be: 'Дрывяты' },
    identification: 'Lake Dryvyaty (Braslaw lakes); the point is the Druika outflow at the east end of the lake, whose eastern shore the line follows.',
    method: 'river-source',
    position: [27.10333, 55.60694],
    accuracyKm: 3,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [
      syb('along the eastern shore of Lake Driviaty'),
      infobox('ruwiki-druika', 'Исток', '55°36′25″N 27°06′12″E', '55°36′25″ с. ш. 27°06′12″ в. д.'),
      { source: 'braff-mus', locator: 'paragraph beginning “Рака Друйка”', quote: 'Рака Друйка – асноўная водная артэрыя Браслаўскай групы азёраў' },
    ],
    editorial: ['names.en', 'names.be'],
  },
  {
    id: 'druika-mouth',
    order: 27,
    nameInTreaty: 'Drujka River',
    basis: 'contemporary-summary',
    names: { en: 'Druika river, mouth', ru: 'Друйка' },
    identification: 'Mouth of the Druika into the Western Dvina at Druja.',
    method: 'river-mouth',
    position: [27.44333, 55.79361],
    accuracyKm: 1,
    lineOffsetKm: 0,
    confidence: 'medium',
    sources: [syb('along the Drujka River'), infobox('ruwiki-druika', 'Устье', '55°47′37″N 27°26′36″E', '55°47′37″ с. ш. 27°26′36″ в. д.')],
    editorial: ['names.en'],
  },
  {
    id: 'safronovo',
    order: 28,
    nameInTreaty: 'Safronovo',
    basis: 'contemporary-summary',
    names: {},
    identification:
      'Where the line begins: on the Western Dvina (Daugava) westward from Druja, at the estate of Safronovo — the "ferme de Chafranovo" where the Latvian–Russian line of 11 August 1920 ends. The estate itself is not located. The point is taken on the Dvina where the river passes Druja on its west side: the vertex of today’s Belarus–Latvia boundary, which follows the river here (Natural Earth 1:10m), nearest the Druika mouth — 0.6 km north-west of the mouth and 1.1 km north-west of Druja (GeoNames). Druja is the reference, not the place.',
    method: 'river-point',
    position: [27.43767, 55.7979],
    accuracyKm: 5,
    lineOffsetKm: 0,
    confidence: 'low',
    sources: [
      syb('Beginning at the Dvina River westward from Druja (estate of Safronovo)'),
      { source: 'lnts-latvia-russia-1920', locator: 'Art. III, p. 214', quote: "le long de la Dvina occidentale jusqu'à la ferme de Chafranovo" },
      naturalEarth('Belarus', 'outer ring vertex 27.43767 E 55.7979 N on the boundary with Latvia'),
      geonames(628871, 'Druja'),
      { source: 'braff-mus', locator: 'first paragraph', quote: 'на левым беразе Заходняй Дзвіны, там, дзе ў яе ўпадае рака Друйка' },
    ],
  },
];
