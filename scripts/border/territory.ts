/**
 * Closes the 1920 line into the territory the treaty recognised as
 * Lithuania's (closure policy of research/geodata.md §6.4). The exterior ring,
 * counter-clockwise, starting at the west end of the Grodno arc:
 *   1. the Article II line, south-west → north-east, to Druja;
 *   2. a connector to today's Belarus–Latvia border at Druja, then that border
 *      and today's Lithuania–Latvia border west to the Baltic (Natural Earth);
 *   3. the coast south to Nemirseta (Nimmersatt), the northern tip of the
 *      Memel Territory, which is EXCLUDED (Allied administration in July 1920);
 *   4. the pre-1914 Russo-German frontier round the Memel Territory to the
 *      Neman east of Smalininkai (schematic, see MEMEL_FRONTIER);
 *   5. today's Lithuania–Russia (Kaliningrad) border = the 1914 frontier of
 *      East Prussia, and today's Lithuania–Poland border (Natural Earth);
 *   6. a straight connector from the Lithuania–Poland–Belarus tripoint back to
 *      the arc's west end: the Polish side was left open by Art. II note 1.
 */
import type { ClosingEdge } from '../../src/schemas/border.js';
import type { Position } from './geo.js';
import { naturalEarth } from './refs.js';

interface NaturalEarthClip {
  features: { properties: { iso_a2: string }; geometry: { type: string; coordinates: unknown } }[];
}

const LV_BY_AT_DRUJA: Position = [27.43767, 55.7979];
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
  [21.17, 55.84], [21.36, 55.72], [21.5, 55.55], [21.65, 55.37], [21.95, 55.22], [22.25, 55.17], [22.61, 55.085],
];

function outerRing(clip: NaturalEarthClip, iso: string): Position[] {
  const feature = clip.features.find((f) => f.properties.iso_a2 === iso);
  if (!feature) throw new Error(`Natural Earth clip has no ${iso}`);
  const { type, coordinates } = feature.geometry;
  const ring = type === 'Polygon' ? (coordinates as Position[][])[0] : (coordinates as Position[][][])[0]?.[0];
  if (!ring) throw new Error(`${iso}: no outer ring`);
  return ring;
}

/** Vertices of `ring` from `start` to `end` inclusive, walking forward (the ring's own, counter-clockwise order). */
function pathAlong(ring: readonly Position[], start: Position, end: Position): Position[] {
  const find = (p: Position): number => {
    const i = ring.findIndex((q) => q[0] === p[0] && q[1] === p[1]);
    if (i < 0) throw new Error(`vertex ${p.join(',')} not on the ring`);
    return i;
  };
  const i = find(start);
  const j = find(end);
  if (j < i) throw new Error(`vertex ${end.join(',')} comes before ${start.join(',')}`);
  return ring.slice(i, j + 1);
}

/**
 * The exterior ring and one record per stretch of it.
 *
 * @example
 * ```ts
 * const { ring, closure }: TerritoryOutline = closeTerritory(line, clip);
 * ```
 */
export interface TerritoryOutline {
  readonly ring: Position[];
  readonly closure: Omit<ClosingEdge, 'id'>[];
}

/**
 * Builds the exterior ring and the record of its stretches from the treaty line (SW → NE) and the Natural Earth clip.
 *
 * @example
 * ```ts
 * closeTerritory(lineVertices, clip).closure.map((e) => e.basis);
 * ```
 */
export function closeTerritory(line: readonly Position[], clip: NaturalEarthClip): TerritoryOutline {
  const by = outerRing(clip, 'BY');
  const lt = outerRing(clip, 'LT');
  const arcWest = line[0] as Position;
  const druja = line[line.length - 1] as Position;
  const stretches: [Omit<ClosingEdge, 'id' | 'from' | 'to'>, Position[]][] = [
    [{ side: 'Soviet Russia', basis: 'treaty-line', accuracyKm: 15, note: 'The Article II line as drawn in borderLine (accuracy 3–15 km by segment).',
      sources: [{ source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)' }, { source: 'tfdd', locator: 'Art. II (LNTS English translation)' }] }, [...line]],
    [{ side: 'Latvia', basis: 'connector', accuracyKm: 5, note: 'From the Safronovo placeholder at Druja to today’s Belarus–Latvia border on the Dvina, 1 km away.',
      sources: [naturalEarth('Belarus–Latvia border at Druja')] }, [druja, LV_BY_AT_DRUJA]],
    [{ side: 'Latvia', basis: 'modern-border', accuracyKm: null,
      note: 'The Lithuanian–Latvian line was left to a separate agreement (Art. II note 1); closed along today’s Belarus–Latvia and Lithuania–Latvia borders. Undetermined in July 1920; the Palanga strip, Courland in 1920, went to Lithuania only by the 1921 arbitration.',
      sources: [naturalEarth('Belarus–Latvia and Lithuania–Latvia borders'), { source: 'w-pl', locator: 'Art. II, uwaga 1' }] },
      [...pathAlong(by, LV_BY_AT_DRUJA, LT_LV_BY_TRIPOINT), ...pathAlong(lt, LT_LV_BY_TRIPOINT, LT_LV_COAST).slice(1)]],
    [{ side: 'Baltic Sea', basis: 'modern-border', accuracyKm: 1, note: 'Today’s coastline south to Nemirseta (Nimmersatt), the northern tip of the Memel Territory.',
      sources: [naturalEarth('Lithuanian Baltic coast'), { source: 'enwiki-nemirseta', locator: 'lead: northernmost point of Prussia' }] }, pathAlong(lt, LT_LV_COAST, NEMIRSETA)],
    [{ side: 'Memel Territory (Allied administration)', basis: 'pre-1914-frontier', accuracyKm: 6,
      note: 'The Memel (Klaipėda) Territory is EXCLUDED: detached from Germany by Versailles Art. 99 and under Allied administration in July 1920; Lithuanian only from 1923. Its boundary is the old Russo-German frontier from Nemirseta to the Neman east of Smalininkai (Schmalleningken), drawn schematically between towns on either side.',
      sources: [{ source: 'versailles-1919', locator: 'Art. 28 (East Prussia: "the old frontier of Russia to a point east of Schmalleningken") and Art. 99 (Memel)' }, { source: 'britannica-memel-territory', locator: 'area 2,846 km²' }] },
      [NEMIRSETA, ...MEMEL_FRONTIER, NEMAN_EAST_OF_SMALININKAI]],
    [{ side: 'Germany (East Prussia)', basis: 'modern-border', accuracyKm: 1, note: 'Today’s Lithuania–Russia (Kaliningrad) border south of the Neman, which is the 1914 frontier that Versailles kept for East Prussia.',
      sources: [naturalEarth('Lithuania–Russia border'), { source: 'versailles-1919', locator: 'Art. 28' }] }, pathAlong(lt, NEMAN_EAST_OF_SMALININKAI, LT_PL_RU_TRIPOINT)],
    [{ side: 'Poland (undetermined)', basis: 'modern-border', accuracyKm: null,
      note: 'Undetermined by the treaty (Art. II note 1: the Lithuanian–Polish line, Suwałki and Augustów included, was left to Lithuania and Poland). Closed along today’s Lithuania–Poland border.',
      sources: [naturalEarth('Lithuania–Poland border'), { source: 'w-pl', locator: 'Art. II, uwaga 1' }] }, pathAlong(lt, LT_PL_RU_TRIPOINT, LT_PL_BY_TRIPOINT)],
    [{ side: 'Poland (undetermined)', basis: 'connector', accuracyKm: null,
      note: 'Undetermined by the treaty (Art. II note 1). Straight connector from the Lithuania–Poland–Belarus tripoint to the west end of the Grodno arc.',
      sources: [{ source: 'w-pl', locator: 'Art. II, uwaga 1' }] }, [LT_PL_BY_TRIPOINT, arcWest]],
  ];
  const ring: Position[] = [];
  const closure: Omit<ClosingEdge, 'id'>[] = [];
  for (const [edge, path] of stretches) {
    const last = ring[ring.length - 1];
    const first = path[0] as Position;
    if (last && (last[0] !== first[0] || last[1] !== first[1])) throw new Error(`gap before ${edge.side}`);
    ring.push(...(last ? path.slice(1) : path));
    closure.push({ ...edge, from: first, to: path[path.length - 1] as Position });
  }
  return { ring, closure };
}
