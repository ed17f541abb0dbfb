/**
 * The 28 places of Article II in treaty order (south-west → north-east): the
 * checked-in input of the border generator. Transcribed from the project
 * research (`shared/research/waypoints.csv`, 16 located, 12 not); coordinates
 * as given there — towns from GeoNames cities500 (© GeoNames, CC BY 4.0), rivers
 * and lakes from Wikipedia infoboxes. Unidentified places keep `position: null`.
 */
import type { Waypoint } from '../../schemas/border.js';
import type { Position } from '../../schemas/geojson.js';
import { VERST_KM } from '../../internal/units.js';
import { geonames, infobox, syb, tfdd } from './refs.js';

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

const SYB_FULL = "circles the city of Gardinas at a radius of 15 to 20 versts to the south";
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
  { id: 'grodno-arc', order: 1, nameInTreaty: 'Gardinas', basis: 'contemporary-summary', names: { en: 'Hrodna (Grodno)', be: 'Гродна', ru: 'Гродно', pl: 'Grodno', lt: 'Gardinas' },
    identification: 'Centre of the arc the line draws 15–20 versts (16–21 km) south of Grodno; the point is the city (GeoNames). Where the arc ends in the west is not stated: the Lithuanian–Polish line was left out of the treaty.',
    method: 'arc-centre', position: [23.8258, 53.6884], accuracyKm: 2.7, lineOffsetKm: 18.67, confidence: 'medium', sources: [syb(SYB_FULL), geonames(627904, 'Hrodna')] },
  { id: 'svislach-mouth', order: 2, nameInTreaty: 'Svislocis River', basis: 'contemporary-summary', names: { en: 'Svislach (Neman tributary), mouth', be: 'Свіслач' },
    identification: 'Mouth of the Svislach, left tributary of the Neman, above Grodno.', method: 'river-mouth', position: [24.06639, 53.50694], accuracyKm: 1, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('further to the west along the Niemen to the Svislocis River'), infobox('bewiki-svislach-neman', 'mouth 53°30′25″N 24°03′59″E')] },
  { id: 'mosty', order: 3, nameInTreaty: 'Niemen', basis: 'contemporary-summary', names: { en: 'Masty (Mosty)', be: 'Масты', ru: 'Мосты', pl: 'Mosty', lt: 'Mastai' },
    identification: 'Reference point on the Neman: the town of Masty, on the river; the line runs along the Neman here.', method: 'town-on-line', position: [24.5387, 53.4122], accuracyKm: 2, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('further to the west along the Niemen'), geonames(625367, 'Mosty')] },
  { id: 'berezina-mouth', order: 4, nameInTreaty: 'Beresina River', basis: 'contemporary-summary', names: { en: 'Western Berezina (Neman tributary), mouth', be: 'Бярэзіна' },
    identification: 'Mouth of the Western Berezina into the Neman (not the Dnieper Berezina).', method: 'river-mouth', position: [25.98394, 53.80597], accuracyKm: 1, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('along the Beresina River'), infobox('bewiki-berezina-neman', 'mouth 53°48′21.5″N 25°59′02.2″E')] },
  { id: 'valozhyn', order: 5, nameInTreaty: 'Volozino', basis: 'contemporary-summary', names: { en: 'Valozhyn', be: 'Валожын' },
    identification: 'Valozhyn; the line "runs by" it, on which side is not stated.', method: 'gazetteer', position: [26.5266, 54.0892], accuracyKm: 10, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('runs by Volozino'), geonames(620445, 'Valozhyn')] },
  { id: 'molodechno', order: 6, nameInTreaty: 'Molodecno railway junction', basis: 'contemporary-summary', names: { en: 'Maladzyechna (Molodechno)', be: 'Маладзечна' },
    identification: 'Maladzyechna railway junction, which the line cuts in half; the point is the town centre.', method: 'town-on-line', position: [26.854, 54.3167], accuracyKm: 2, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('then it cuts in half the Molodecno railway junction'), geonames(625625, 'Maladziečna')] },
  { id: 'slobodka', order: 7, nameInTreaty: 'Slobodka', basis: 'treaty-text', ...unlocated,
    identification: 'Probably Sloboda, a village on the Narach river (Myadzyel district); tentative, not located.', lineOffsetKm: null,
    sources: [tfdd('of Slobodka, Dolgaya and Prenta'), { source: 'myadel-tourism', locator: 'water trips (village Sloboda on the Narochanka)' }] },
  { id: 'dolgaya', order: 8, nameInTreaty: 'Dolgaya', basis: 'treaty-text', ...unlocated, identification: 'Not identified.', lineOffsetKm: null, sources: [tfdd('of Slobodka, Dolgaya and Prenta')] },
  { id: 'prenta', order: 9, nameInTreaty: 'Prenta', basis: 'treaty-text', ...unlocated, identification: 'Not identified.', lineOffsetKm: null, sources: [tfdd('of Slobodka, Dolgaya and Prenta')] },
  { id: 'narach-river', order: 10, nameInTreaty: 'Narotch', basis: 'treaty-text', names: { en: 'Narach river', be: 'Нарач', ru: 'Нарочь' },
    identification: 'The Narach river (Narochanka); the point is its source at the south shore of Lake Narach (mouth into the Viliya 54.43944 N 26.64944 E; Uzlyanka confluence at Izha 54.66278 N 26.78583 E).',
    method: 'river-source', position: [26.82056, 54.81861], accuracyKm: 5, lineOffsetKm: 0, confidence: 'medium',
    sources: [tfdd('from there along the small stream Narotch'), syb('along the Narocz River'), infobox('ruwiki-naroch-river', 'source 54°49′07″N 26°49′14″E')] },
  { id: 'tsheremstchitza', order: 11, nameInTreaty: 'Tsheremstchitza', basis: 'treaty-text', ...unlocated, names: { en: 'Cheremshitsy', be: 'Черамшыцы' },
    identification: 'Cheremshitsy area between the Narach and Uzlyanka rivers south of Lake Myastra; village point not found.', lineOffsetKm: oneVerst,
    sources: [tfdd('near the village of Tsheremstchitza, at a distance of about one verst from the same'), { source: 'ruwiki-naroch-river', locator: 'course of the river (Cheremshitsy hydrological reserve)' }] },
  { id: 'lake-narach', order: 12, nameInTreaty: 'Lake Narocz', basis: 'contemporary-summary', names: { en: 'Lake Narach', be: 'Нарач', ru: 'Нарочь' },
    identification: 'Lake Narach; the point is the lake centroid, the line passes its EASTERN shore (about 26.83 E, ~5.2 km east of the centroid).',
    method: 'lake-centroid', position: [26.74972, 54.8525], accuracyKm: 3, lineOffsetKm: 5.2, confidence: 'medium',
    sources: [syb('by the eastern shore of Lake Narocz'), infobox('ruwiki-naroch-lake', '54°51′09″N 26°44′59″E')] },
  { id: 'lake-bliada', order: 13, nameInTreaty: 'Bliada lake', basis: 'treaty-text', ...unlocated, names: { en: 'Lake Blednaye', be: 'Бледнае' },
    identification: 'Lake Blednaye/Blednoe (older "Блядо"), Narach lake group; coordinates not found.', lineOffsetKm: null,
    sources: [tfdd('it turns north-ward and passes along the eastern shore of the Bliada lake'), { source: 'lifeby-myadel', locator: 'Myadzyel lakes list' }] },
  { id: 'lake-myastra', order: 14, nameInTreaty: 'Miastra lake', basis: 'treaty-text', names: { en: 'Lake Myastra', be: 'Мястра', ru: 'Мястро' },
    identification: 'Lake Myastra; the point is the lake centroid (the line crosses it south → north).', method: 'lake-centroid', position: [26.9, 54.86667], accuracyKm: 3, lineOffsetKm: 0, confidence: 'medium',
    sources: [tfdd('it proceeds northward across the Miastra lake'), infobox('ruwiki-myastro', '54°52′00″N 26°54′00″E')] },
  { id: 'pikoltzy', order: 15, nameInTreaty: 'Pikoltzy', basis: 'treaty-text', ...unlocated,
    identification: 'Probably Nikaltsy/Nikoltsy on the north shore of Lake Myastra ("P" a misreading of "N"?); on the western (Lithuanian) side; not located.', lineOffsetKm: null,
    sources: [tfdd('between the village of Pikoltzy on the western side, and the village of Mintshaki on the eastern side'), { source: 'ruwiki-myastro', locator: 'shore villages (Nikoltsy, Giriny, Kochergi, Gatovichi)' }] },
  { id: 'mintshaki', order: 16, nameInTreaty: 'Mintshaki', basis: 'treaty-text', ...unlocated, identification: 'Not identified; on the eastern (Russian) side.', lineOffsetKm: null,
    sources: [tfdd('the village of Mintshaki on the eastern side')] },
  { id: 'volotshek', order: 17, nameInTreaty: 'Volotshek', basis: 'treaty-text', ...unlocated, identification: 'Not identified; the line passes about one verst west of it.', lineOffsetKm: oneVerst,
    sources: [tfdd('on the western side of the village of Volotshek at a distance of about one verst from it')] },
  { id: 'lake-myadzel', order: 18, nameInTreaty: 'Madziol lake', basis: 'treaty-text', names: { en: 'Lake Myadzel', be: 'Мядзел', ru: 'Мядель', pl: 'Miadzioł' },
    identification: 'Lake Myadzel; the point is the lake centroid (the line crosses it northward).', method: 'lake-centroid', position: [26.85, 54.93333], accuracyKm: 3, lineOffsetKm: 0, confidence: 'medium',
    sources: [tfdd('from there northward across the Madziol lake'), infobox('ruwiki-myadel-lake', '54°56′N 26°51′E')] },
  { id: 'pshegrode', order: 19, nameInTreaty: 'Pshegrode', basis: 'treaty-text', ...unlocated, identification: 'Not identified; the line passes about one verst west of it.', lineOffsetKm: oneVerst,
    sources: [tfdd('to the western side of the village of Pshegrode at a distance of about one verst from same')] },
  { id: 'myadzelka-source', order: 20, nameInTreaty: 'Miadzelka', basis: 'treaty-text', names: { en: 'Myadzelka river, source', be: 'Мядзелка', ru: 'Мяделка' },
    identification: 'Outflow of the Myadzelka from Lake Myadzel.', method: 'river-source', position: [26.85111, 54.96139], accuracyKm: 1, lineOffsetKm: 0, confidence: 'high',
    sources: [tfdd('from there towards the source of the Miadzelka smallstream'), infobox('ruwiki-myadelka', 'source 54°57′41″N 26°51′04″E')] },
  { id: 'pastavy', order: 21, nameInTreaty: 'Postavy', basis: 'contemporary-summary', names: { en: 'Pastavy', be: 'Паставы', ru: 'Поставы', pl: 'Postawy', lt: 'Pastovys' },
    identification: 'Pastavy, a town on the Myadzelka, which the line follows.', method: 'town-on-line', position: [26.83263, 55.11676], accuracyKm: 2, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('southward through Koziany, Postavy'), geonames(623760, 'Pastavy'), { source: 'plwiki-miadziolka', locator: 'course of the river (Postawy)' }] },
  { id: 'kaziany', order: 22, nameInTreaty: 'Disna river', basis: 'treaty-text', names: { en: 'Kaziany', be: 'Казяны' },
    identification: 'Junction of the Myadzelka with the Dzisna at Kaziany (SYB "Koziany"): today the Myadzelka enters the Birveta 2.5 km above the Birveta–Dzisna confluence; the point is that confluence.',
    method: 'river-confluence', position: [26.87194, 55.28194], accuracyKm: 2, lineOffsetKm: 0, confidence: 'medium',
    sources: [tfdd('along this small stream to its junction with the Disna river'), syb('southward through Koziany'), infobox('wiki-birveta', 'mouth 55°16′55″N 26°52′19″E, near Kozyany')] },
  { id: 'borovyia', order: 23, nameInTreaty: 'Borovyia', basis: 'treaty-text', ...unlocated, identification: 'Not identified; the line passes about one verst west of it, heading north-east from the Dzisna.', lineOffsetKm: oneVerst,
    sources: [tfdd('north-eastward towards the western side of the village of Borovyia, at a distance of about one verst from the same')] },
  { id: 'lake-mikhalishki', order: 24, nameInTreaty: 'Mikhalishiki lake', basis: 'treaty-text', ...unlocated, identification: 'Not identified.', lineOffsetKm: 0,
    sources: [tfdd('farther, north-eastward in a direction across the Mikhalishiki lake')] },
  { id: 'nistshenka', order: 25, nameInTreaty: 'Nistshenka', basis: 'treaty-text', ...unlocated, identification: 'Not identified; the available treaty text breaks off here.', lineOffsetKm: 0,
    sources: [tfdd('farther, along the small streamNistshenka')] },
  { id: 'lake-dryvyaty', order: 26, nameInTreaty: 'Lake Driviaty', basis: 'contemporary-summary', names: { en: 'Lake Dryvyaty', be: 'Дрывяты' },
    identification: 'Lake Dryvyaty (Braslaw lakes); the point is the Druika outflow at the east end of the lake, whose eastern shore the line follows.', method: 'river-source', position: [27.10333, 55.60694], accuracyKm: 3, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('along the eastern shore of Lake Driviaty'), infobox('ruwiki-druika', 'source 55°36′25″N 27°06′12″E'), { source: 'braff-mus', locator: 'Druika and Lake Dryvyaty' }] },
  { id: 'druika-mouth', order: 27, nameInTreaty: 'Drujka River', basis: 'contemporary-summary', names: { en: 'Druika river, mouth', ru: 'Друйка' },
    identification: 'Mouth of the Druika into the Western Dvina at Druja.', method: 'river-mouth', position: [27.44333, 55.79361], accuracyKm: 1, lineOffsetKm: 0, confidence: 'medium',
    sources: [syb('along the Drujka River'), infobox('ruwiki-druika', 'mouth 55°47′37″N 27°26′36″E')] },
  { id: 'safronovo', order: 28, nameInTreaty: 'Safronovo', basis: 'contemporary-summary', names: { en: 'Druja', ru: 'Друя' },
    identification: 'Start of the line on the Western Dvina a little west of Druja (estate of Safronovo) — the "ferme de Chafranovo" where the Latvian–Russian line of 11 August 1920 ends. The estate is not located: the point is Druja as a placeholder.',
    method: 'gazetteer', position: [27.4505, 55.7906], accuracyKm: 5, lineOffsetKm: 0, confidence: 'low',
    sources: [syb('Beginning at the Dvina River westward from Druja (estate of Safronovo)'), { source: 'lnts-latvia-russia-1920', locator: 'Art. III, p. 214', quote: "le long de la Dvina occidentale jusqu'à la ferme de Chafranovo" }, geonames(628871, 'Druja'), { source: 'belguide-druja', locator: 'Druja at the mouth of the Drujka' }] },
];
