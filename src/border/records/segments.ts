/**
 * The segments of the 1920 line between consecutive located waypoints, in
 * treaty order (south-west → north-east), with their basis and honest
 * accuracy. Geometry: straight chords between the waypoints (plus the named
 * extra river points), and a true arc round Grodno.
 */
import type { BorderSegment } from '../../schemas/border.js';
import type { Position } from '../../schemas/geojson.js';
import { infobox, syb, tfdd } from './refs.js';

/**
 * One segment as written by hand; the emitter draws its geometry from the waypoints.
 *
 * @example
 * ```ts
 * const s: SegmentInput = segmentInputs[0]!;
 * ```
 */
export type SegmentInput = Omit<BorderSegment['properties'], 'kind'> & {
  /** River points between `from` and `to` that are not treaty waypoints. */
  readonly extraVertices?: readonly Position[];
};

const CHORD = 'The treaty follows the river here; we only have points on it, so this is a chord and the river meanders up to a few km either side.';

/**
 * The 14 segments of the line, south-west → north-east.
 *
 * @example
 * ```ts
 * segmentInputs.map((s) => s.basis);
 * ```
 */
export const segmentInputs: SegmentInput[] = [
  {
    id: 'arc-grodno',
    from: 'grodno-arc',
    to: 'svislach-mouth',
    via: [],
    basis: 'contemporary-summary',
    feature: 'arc',
    accuracyKm: 5,
    note: 'Arc of 17.5 versts (18.67 km; the summary says 15 to 20 versts) round Grodno, south side. Its WESTERN END IS UNDEFINED: the Lithuanian–Polish line was left out of the treaty (Art. II note 1); we stop the arc due west of Grodno (bearing 270°). At its east end a straight 7 km radial connector joins the Svislach mouth, 25.7 km from Grodno.',
    sources: [syb('further on it circles the city of Gardinas at a radius of 15 to 20 versts to the south')],
  },
  {
    id: 'neman-svislach-mosty',
    from: 'svislach-mouth',
    to: 'mosty',
    via: [],
    basis: 'contemporary-summary',
    feature: 'river',
    accuracyKm: 5,
    note: CHORD,
    sources: [syb('further to the west along the Niemen to the Svislocis River')],
  },
  {
    id: 'neman-mosty-berezina',
    from: 'mosty',
    to: 'berezina-mouth',
    via: [],
    basis: 'contemporary-summary',
    feature: 'river',
    accuracyKm: 10,
    note: 'The treaty follows the Neman between the Berezina mouth and Mosty; this 100 km chord cuts its bends, which reach about 10 km from it.',
    sources: [syb('along the Beresina River, and further to the west along the Niemen')],
  },
  {
    id: 'berezina-valozhyn',
    from: 'berezina-mouth',
    to: 'valozhyn',
    via: [],
    basis: 'contemporary-summary',
    feature: 'river',
    accuracyKm: 10,
    note: 'The line runs by Valozhyn and then along the Western Berezina to the Neman; where it reaches the river is not stated. Chord.',
    sources: [syb('runs by Volozino, along the Beresina River')],
  },
  {
    id: 'valozhyn-molodechno',
    from: 'valozhyn',
    to: 'molodechno',
    via: [],
    basis: 'contemporary-summary',
    feature: 'chord',
    accuracyKm: 10,
    sources: [syb('then it cuts in half the Molodecno railway junction, runs by Volozino')],
  },
  {
    id: 'molodechno-narach',
    from: 'molodechno',
    to: 'narach-river',
    via: ['slobodka', 'dolgaya', 'prenta'],
    basis: 'interpolation',
    feature: 'chord',
    accuracyKm: 10,
    note: 'Between Molodechno and the Narach the treaty names Slobodka, Dolgaya and Prenta (unlocated) and then follows the Narach upstream; drawn as a chord to the Narach at its Uzlyanka confluence (Izha), then a chord up the river to its source.',
    extraVertices: [[26.78583, 54.66278]],
    sources: [
      syb('along the Narocz River ; then it cuts in half the Molodecno railway junction'),
      tfdd('of Slobodka, Dolgaya and Prenta; from there along the small stream Narotch'),
      infobox('ruwiki-uzlyanka', 'Устье', '54°39′46″N 26°47′09″E'),
    ],
  },
  {
    id: 'narach-myastra',
    from: 'narach-river',
    to: 'lake-myastra',
    via: ['tsheremstchitza', 'lake-narach', 'lake-bliada'],
    basis: 'treaty-text',
    feature: 'lake-shore',
    accuracyKm: 5,
    note: 'The treaty turns north about one verst from Tsheremstchitza and follows the eastern shore of Lake Bliada (the summary: of Lake Narach); none of these shores is located, so this is a chord from the Narach source to Lake Myastra.',
    sources: [syb('by the eastern shore of Lake Narocz'), tfdd('it turns north-ward and passes along the eastern shore of the Bliada lake')],
  },
  {
    id: 'myastra-myadzel',
    from: 'lake-myastra',
    to: 'lake-myadzel',
    via: ['pikoltzy', 'mintshaki', 'volotshek'],
    basis: 'treaty-text',
    feature: 'lake-crossing',
    accuracyKm: 4,
    note: 'Across Lake Myastra, then along a dried-up watercourse between Pikoltzy (W) and Mintshaki (E) and one verst west of Volotshek — none located; chord between the lake centroids.',
    sources: [tfdd('it proceeds northward across the Miastra lake, upon issuing from this lake, along the dried-up watercourse')],
  },
  {
    id: 'myadzel-myadzelka',
    from: 'lake-myadzel',
    to: 'myadzelka-source',
    via: ['pshegrode'],
    basis: 'treaty-text',
    feature: 'lake-crossing',
    accuracyKm: 3,
    sources: [
      tfdd(
        'from there northward across the Madziol lake to the western side of the village of Pshegrode at a distance of about one verst from same; from there towards the source of the Miadzelka smallstream',
      ),
    ],
  },
  {
    id: 'myadzelka-pastavy',
    from: 'myadzelka-source',
    to: 'pastavy',
    via: [],
    basis: 'treaty-text',
    feature: 'river',
    accuracyKm: 3,
    note: CHORD,
    sources: [syb('southward through Koziany, Postavy'), tfdd('and along this small stream to its junction with the Disna river')],
  },
  {
    id: 'myadzelka-kaziany',
    from: 'pastavy',
    to: 'kaziany',
    via: [],
    basis: 'treaty-text',
    feature: 'river',
    accuracyKm: 3,
    note: CHORD,
    sources: [syb('southward through Koziany'), tfdd('and along this small stream to its junction with the Disna river')],
  },
  {
    id: 'kaziany-dryvyaty',
    from: 'kaziany',
    to: 'lake-dryvyaty',
    via: ['borovyia', 'lake-mikhalishki', 'nistshenka'],
    basis: 'interpolation',
    feature: 'chord',
    accuracyKm: 15,
    note: 'The treaty runs north-east one verst west of Borovyia, across Lake Mikhalishiki and along the Nistshenka (none located; the available text breaks off), then the summary follows the eastern shore of Lake Driviaty. Chord across the unknown stretch.',
    sources: [syb('along the eastern shore of Lake Driviaty'), tfdd('from there the frontier proceeds along the dried –up watercourse north-eastward')],
  },
  {
    id: 'druika',
    from: 'lake-dryvyaty',
    to: 'druika-mouth',
    via: [],
    basis: 'contemporary-summary',
    feature: 'river',
    accuracyKm: 5,
    note: CHORD,
    sources: [syb('along the Drujka River')],
  },
  {
    id: 'dvina-safronovo',
    from: 'druika-mouth',
    to: 'safronovo',
    via: [],
    basis: 'contemporary-summary',
    feature: 'chord',
    accuracyKm: 5,
    note: 'The line begins on the Dvina westward from Druja at the estate of Safronovo, which is not located, and runs to the Druika; the start is taken on the river 0.6 km north-west of the Druika mouth (see the safronovo waypoint). Chord.',
    sources: [syb('Beginning at the Dvina River westward from Druja (estate of Safronovo)')],
  },
];
