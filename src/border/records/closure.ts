/**
 * How the 1920 line is closed into the territory the treaty recognised as
 * Lithuania's: one record per stretch of the exterior ring, counter-clockwise,
 * starting at the west end of the Grodno arc:
 *   1. the Article II line, south-west → north-east, to its start on the Dvina
 *      west of Druja, which lies on today's Belarus–Latvia border;
 *   2. that border and today's Lithuania–Latvia border west to the Baltic
 *      (Natural Earth);
 *   3. the coast south to Nemirseta (Nimmersatt), the northern tip of the
 *      Memel Territory, which is EXCLUDED (Allied administration in July 1920);
 *   4. the pre-1914 Russo-German frontier round the Memel Territory to the
 *      Neman east of Smalininkai (schematic, see MEMEL_FRONTIER);
 *   5. today's Lithuania–Russia (Kaliningrad) border = the 1914 frontier of
 *      East Prussia, and today's Lithuania–Poland border (Natural Earth);
 *   6. a straight connector from the Lithuania–Poland–Belarus tripoint back to
 *      the arc's west end: the Polish side was left open by Art. II note 1.
 * `scripts/emit/border-geometry/territory.ts` walks these paths to build the ring.
 */
import type { ClosingEdge } from '../../schemas/border.js';
import type { Position } from '../../schemas/geojson.js';
import { naturalEarth } from './refs.js';

const LT_LV_BY_TRIPOINT: Position = [26.59527, 55.6662];
const LT_LV_COAST: Position = [21.05481, 56.07314];
const NEMIRSETA: Position = [21.04401, 55.87389];
const NEMAN_EAST_OF_SMALININKAI: Position = [22.58123, 55.05831];
const LT_PL_RU_TRIPOINT: Position = [22.76843, 54.35586];
const LT_PL_BY_TRIPOINT: Position = [23.48483, 53.93878];

/**
 * Schematic pre-1914 frontier between Nemirseta and the Neman: vertices placed
 * between GeoNames towns on either side (Russian: Kretinga, Gargždai,
 * Žemaičių Naumiestis, Tauragė, Jurbarkas; German: Priekulė, Šilutė,
 * Pagėgiai, Smalininkai). Side assignments are the developer's, not cited.
 */
const MEMEL_FRONTIER: Position[] = [
  [21.17, 55.84],
  [21.36, 55.72],
  [21.5, 55.55],
  [21.65, 55.37],
  [21.95, 55.22],
  [22.25, 55.17],
  [22.61, 55.085],
];

/**
 * Where a stretch of the ring runs: the treaty line itself; fixed vertices
 * (`'line-start'` / `'line-end'` stand for the ends of the treaty line); or
 * along the outer rings of today's countries in the Natural Earth clip, each
 * leg from one of their vertices (or the line's end, which lies on one) to a
 * later one.
 *
 * @example
 * ```ts
 * const path: ClosurePath = { kind: 'vertices', vertices: [[23.48483, 53.93878], 'line-start'] };
 * ```
 */
export type ClosurePath =
  | { readonly kind: 'treaty-line' }
  | { readonly kind: 'vertices'; readonly vertices: readonly (Position | 'line-start' | 'line-end')[] }
  | { readonly kind: 'natural-earth'; readonly legs: readonly { readonly iso: 'BY' | 'LT'; readonly from: Position | 'line-end'; readonly to: Position }[] };

/**
 * One stretch of the ring as written by hand; the generator adds `from` and `to`.
 *
 * @example
 * ```ts
 * const edge: ClosingEdgeInput = closingEdgeInputs[0]!;
 * ```
 */
export type ClosingEdgeInput = Omit<ClosingEdge, 'from' | 'to'> & { readonly path: ClosurePath };

/**
 * The stretches of the territory's exterior ring, counter-clockwise from the west end of the Grodno arc.
 *
 * @example
 * ```ts
 * closingEdgeInputs.map((e) => e.side);
 * ```
 */
/**
 * The stretches of the territory's exterior ring, counter-clockwise from the
 * west end of the Grodno arc. Ids are stable: `closure-2`, the connector from
 * the former Druja stand-in to the Dvina, is gone since the line itself
 * starts on the river.
 *
 * @example
 * ```ts
 * closingEdgeInputs.map((e) => e.side);
 * ```
 */
export const closingEdgeInputs: ClosingEdgeInput[] = [
  {
    id: 'closure-1',
    side: 'Soviet Russia',
    basis: 'treaty-line',
    accuracyKm: 15,
    note: 'The Article II line as drawn in borderLine (accuracy 3–15 km by segment).',
    sources: [
      { source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)' },
      { source: 'tfdd', locator: 'Art. II (LNTS English translation)' },
    ],
    path: { kind: 'treaty-line' },
  },
  {
    id: 'closure-3',
    side: 'Latvia',
    basis: 'modern-border',
    accuracyKm: null,
    note: 'The Lithuanian–Latvian line was left to a separate agreement (Art. II note 1); closed along today’s Belarus–Latvia and Lithuania–Latvia borders from the line’s start on the Dvina. Undetermined in July 1920; the Palanga strip, Courland in 1920, went to Lithuania only by the 1921 arbitration.',
    sources: [
      naturalEarth('Belarus', 'the boundary with Latvia, west of Druja'),
      naturalEarth('Lithuania', 'the boundary with Latvia'),
      { source: 'iskauskas', locator: 'article body', quote: 'Sienų su Latvija ir Lenkija demarkacija buvo palikta apspręsti atskiromis sutartimis' },
    ],
    path: {
      kind: 'natural-earth',
      legs: [
        { iso: 'BY', from: 'line-end', to: LT_LV_BY_TRIPOINT },
        { iso: 'LT', from: LT_LV_BY_TRIPOINT, to: LT_LV_COAST },
      ],
    },
  },
  {
    id: 'closure-4',
    side: 'Baltic Sea',
    basis: 'modern-border',
    accuracyKm: 1,
    note: 'Today’s coastline south to Nemirseta (Nimmersatt), the northern tip of the Memel Territory.',
    sources: [
      naturalEarth('Lithuania', 'the Baltic coast'),
      { source: 'enwiki-nemirseta', locator: 'lead', quote: 'marked for about five centuries the northernmost point of Prussia' },
    ],
    path: { kind: 'natural-earth', legs: [{ iso: 'LT', from: LT_LV_COAST, to: NEMIRSETA }] },
  },
  {
    id: 'closure-5',
    side: 'Memel Territory (Allied administration)',
    basis: 'pre-1914-frontier',
    accuracyKm: 6,
    note: 'The Memel (Klaipėda) Territory is EXCLUDED: detached from Germany by Versailles Art. 99 and under Allied administration in July 1920; Lithuanian only from 1923. Its boundary is the old Russo-German frontier from Nemirseta to the Neman east of Smalininkai (Schmalleningken), drawn schematically between towns on either side.',
    sources: [
      { source: 'versailles-1919', locator: 'Art. 28 and Art. 99', quote: 'the old frontier of Russia to a point east of Schmalleningken' },
      { source: 'britannica-memel-territory', locator: 'entry “Memel Territory”', quote: 'area 1,099 sq mi (2,846 sq km)' },
    ],
    path: { kind: 'vertices', vertices: [NEMIRSETA, ...MEMEL_FRONTIER, NEMAN_EAST_OF_SMALININKAI] },
  },
  {
    id: 'closure-6',
    side: 'Germany (East Prussia)',
    basis: 'modern-border',
    accuracyKm: 1,
    note: 'Today’s Lithuania–Russia (Kaliningrad) border south of the Neman, which is the 1914 frontier that Versailles kept for East Prussia.',
    sources: [{ source: 'versailles-1919', locator: 'Art. 28' }, naturalEarth('Lithuania', 'the boundary with Russia (Kaliningrad)')],
    path: { kind: 'natural-earth', legs: [{ iso: 'LT', from: NEMAN_EAST_OF_SMALININKAI, to: LT_PL_RU_TRIPOINT }] },
  },
  {
    id: 'closure-7',
    side: 'Poland (undetermined)',
    basis: 'modern-border',
    accuracyKm: null,
    note: 'Undetermined by the treaty (Art. II note 1: the Lithuanian–Polish line, Suwałki and Augustów included, was left to Lithuania and Poland). Closed along today’s Lithuania–Poland border.',
    sources: [
      naturalEarth('Lithuania', 'the boundary with Poland'),
      { source: 'w-pl', locator: 'Art. II, uwaga 1', quote: 'Traktat nie regulował granicy między Litwą a Polską' },
    ],
    path: { kind: 'natural-earth', legs: [{ iso: 'LT', from: LT_PL_RU_TRIPOINT, to: LT_PL_BY_TRIPOINT }] },
  },
  {
    id: 'closure-8',
    side: 'Poland (undetermined)',
    basis: 'connector',
    accuracyKm: null,
    note: 'Undetermined by the treaty (Art. II note 1). Straight connector from the Lithuania–Poland–Belarus tripoint to the west end of the Grodno arc.',
    sources: [{ source: 'w-pl', locator: 'Art. II, uwaga 1', quote: 'Traktat nie regulował granicy między Litwą a Polską' }],
    path: { kind: 'vertices', vertices: [LT_PL_BY_TRIPOINT, 'line-start'] },
  },
];
