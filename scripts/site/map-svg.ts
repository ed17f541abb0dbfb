/**
 * Emits `docs/map.svg`: the 1920 Article II line, the territory and the
 * waypoints from the package data, over today's borders (Natural Earth,
 * faint). The sides of the territory the treaty left undetermined (the
 * Polish and Latvian sides, Art. II note 1: closing edges with no accuracy)
 * are hatched, apart from the treaty side. d3-geo, conformal conic projection.
 */
import { readFile } from 'node:fs/promises';
import { type GeoPermissibleObjects, geoConicConformal, geoPath } from 'd3-geo';
import { borderLine, territory, waypoints } from '../../src/border/index.js';
import { KM_PER_DEGREE, RADIANS_PER_DEGREE } from '../../src/internal/units.js';
import type { Emitter } from '../emitter.js';
import { LINE_STYLE, TERRITORY_STYLE } from './colour-scheme.js';
import { escapeMarkup } from './escape-markup.js';

const CONTEXT_FILE = new URL('../../data-src/ne_10m_admin0_baltic_clip.geojson', import.meta.url);
const WIDTH = 880;
const HEIGHT = 780;
const VIEW: [[number, number], [number, number]] = [
  [20.9, 52.85],
  [28.1, 56.75],
];

/** Reference towns for orientation (GeoNames cities500, CC BY 4.0). */
const TOWNS: [string, number, number][] = [
  ['Vilnius', 25.2798, 54.68916],
  ['Kaunas', 23.90961, 54.90272],
  ['Klaipėda', 21.13912, 55.7068],
  ['Lida', 25.29972, 53.88333],
  ['Minsk', 27.56667, 53.9],
  ['Daugavpils', 26.53333, 55.88333],
  ['Białystok', 23.16433, 53.13333],
  ['Suwałki', 22.93087, 54.11175],
];

/** Label placement [dx, dy, anchor] where the default (right of the point) would collide. */
const LABEL_AT: Record<string, [number, number, 'start' | 'middle' | 'end']> = {
  'grodno-arc': [0, 16, 'middle'],
  'svislach-mouth': [-6, 14, 'end'],
  mosty: [0, 16, 'middle'],
  'berezina-mouth': [0, 16, 'middle'],
  'myadzelka-source': [8, -6, 'start'],
  'lake-myadzel': [8, 5, 'start'],
  'lake-myastra': [8, 9, 'start'],
  'narach-river': [8, 21, 'start'],
  'lake-narach': [-7, 4, 'end'],
  'druika-mouth': [-8, 10, 'end'],
  safronovo: [-6, -8, 'end'],
};

/** The SVG stroke of the line for one basis, from the shared colour scheme. */
function lineStroke(basis: string): string {
  const style = LINE_STYLE[basis];
  if (style === undefined) throw new Error(`map-svg: no line style for basis "${basis}"`);
  return `stroke="${style.color}" stroke-width="3"${style.dashArray ? ` stroke-dasharray="${style.dashArray}"` : ''}`;
}

/**
 * The stretches of the territory's outline the treaty left undetermined
 * (closing edges whose accuracy is null), each as a LineString cut from the
 * exterior ring between its first and last vertex, with its side.
 */
export function undeterminedSides(): { side: string; line: GeoJSON.LineString }[] {
  if (territory.geometry.type !== 'Polygon') throw new Error('map-svg: the territory is expected to be one polygon');
  const ring = territory.geometry.coordinates[0] as readonly (readonly number[])[];
  const at = (position: readonly number[]): number => ring.findIndex((vertex) => vertex[0] === position[0] && vertex[1] === position[1]);
  return territory.properties.closure
    .filter((edge) => edge.accuracyKm === null)
    .map((edge) => {
      const from = at(edge.from);
      const to = at(edge.to);
      if (from < 0 || to < 0) throw new Error(`map-svg: closing edge ${edge.id} does not start and end on the ring`);
      const coordinates = (to >= from ? ring.slice(from, to + 1) : [...ring.slice(from), ...ring.slice(1, to + 1)]).map((vertex) => [...vertex]);
      return { side: edge.side, line: { type: 'LineString', coordinates } };
    });
}

/** d3 treats a spherical polygon's exterior as clockwise; RFC 7946 is counter-clockwise, so rings are reversed for drawing. */
function forD3(geometry: { type: string; coordinates: unknown }): GeoPermissibleObjects {
  const rewind = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewind(geometry.coordinates as number[][][]) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: (geometry.coordinates as number[][][][]).map(rewind) };
  return geometry as GeoPermissibleObjects;
}

/** The SVG text of the map. */
export async function mapSvg(): Promise<string> {
  const clip = JSON.parse(await readFile(CONTEXT_FILE, 'utf8')) as {
    features: { properties: { iso_a2: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  const projection = geoConicConformal().parallels([53.5, 56]).rotate([-24.5, 0]);
  projection.fitExtent(
    [
      [10, 10],
      [WIDTH - 10, HEIGHT - 10],
    ],
    { type: 'MultiPoint', coordinates: [VIEW[0], VIEW[1], [VIEW[0][0], VIEW[1][1]], [VIEW[1][0], VIEW[0][1]]] },
  );
  projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
  const path = geoPath(projection).digits(1);
  const xy = (lon: number, lat: number): [number, number] => (projection([lon, lat]) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as [number, number];

  const located = waypoints.features.filter((feature) => feature.geometry !== null).length;
  const countries = clip.features.map((f) => `<path d="${path(forD3(f.geometry))}"/>`).join('');
  const area = `<path d="${path(forD3(territory.geometry as { type: string; coordinates: unknown }))}" fill="${TERRITORY_STYLE.fill}" fill-opacity="${TERRITORY_STYLE.fillOpacity}" stroke="${TERRITORY_STYLE.fill}" stroke-width="1.2" stroke-opacity="0.7"/>`;
  const open = undeterminedSides()
    .map(
      ({ side, line }) =>
        `<path d="${path(line as GeoPermissibleObjects)}"><title>${escapeMarkup(side)}: left undetermined by the treaty (Art. II note 1)</title></path>`,
    )
    .join('');
  const lines = borderLine.features
    .map(
      (f) =>
        `<path d="${path(f.geometry as GeoPermissibleObjects)}" ${lineStroke(f.properties.basis)}><title>${escapeMarkup(f.properties.id)}: ${f.properties.basis}, ${f.properties.feature}, ±${f.properties.accuracyKm} km</title></path>`,
    )
    .join('');
  const points = waypoints.features.flatMap((f) => {
    if (!f.geometry) return [];
    const [x, y] = xy(f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number);
    const name = f.properties.names.en ?? f.properties.nameInTreaty;
    const label = `${f.properties.order}. ${name}`;
    const [dx, dy, textAnchor] = LABEL_AT[f.properties.id] ?? [7, 4, 'start'];
    const anchor = `x="${x + dx}" y="${y + dy}" text-anchor="${textAnchor}"`;
    const dot =
      f.properties.method === 'arc-centre'
        ? `<circle cx="${x}" cy="${y}" r="3" fill="none" stroke="#333"/>`
        : `<circle cx="${x}" cy="${y}" r="3.2" fill="#fff" stroke="#333"/>`;
    return [`${dot}<text ${anchor}>${escapeMarkup(label)}</text>`];
  });
  const labelAt = (lon: number, lat: number): string => {
    const [x, y] = xy(lon, lat);
    return `x="${x}" y="${y}"`;
  };
  const towns = TOWNS.map(([name, lon, lat]) => {
    const [x, y] = xy(lon, lat);
    const left = name === 'Daugavpils';
    return `<rect x="${x - 2.5}" y="${y - 2.5}" width="5" height="5" fill="#555"/><text x="${left ? x - 6 : x + 6}" y="${y - 4}"${left ? ' text-anchor="end"' : ''}>${escapeMarkup(name)}</text>`;
  });
  // Scale bar: 100 km measured along the parallel through the view centre.
  const midLat = (VIEW[0][1] + VIEW[1][1]) / 2;
  const [sx] = xy(21.3, midLat - 1.8);
  const dLon = 100 / (KM_PER_DEGREE * Math.cos(midLat * RADIANS_PER_DEGREE));
  const px = (projection([24.5 + dLon, midLat])?.[0] ?? 0) - (projection([24.5, midLat])?.[0] ?? 0);
  const barY = HEIGHT - 62;
  const scale = `<g font-size="11"><rect x="${sx}" y="${barY}" width="${px.toFixed(1)}" height="5" fill="#333"/><rect x="${sx}" y="${barY}" width="${(px / 2).toFixed(1)}" height="5" fill="#fff" stroke="#333" stroke-width="0.8"/><text x="${sx}" y="${barY - 4}">0</text><text x="${(sx + px).toFixed(1)}" y="${barY - 4}" text-anchor="middle">100 km</text></g>`;
  const legend =
    [
      ['treaty-text', 'treaty line: verbatim treaty text (LNTS)'],
      ['contemporary-summary', 'treaty line: 1921 Year-Book summary'],
      ['interpolation', 'treaty line: interpolated chord'],
    ]
      .map(
        ([basis, text], i) =>
          `<path d="M${WIDTH - 290},${28 + i * 20}h40" ${lineStroke(basis as string)}/><text x="${WIDTH - 242}" y="${32 + i * 20}">${escapeMarkup(text as string)}</text>`,
      )
      .join('') +
    `<rect x="${WIDTH - 290}" y="${84}" width="40" height="12" fill="${TERRITORY_STYLE.fill}" fill-opacity="${TERRITORY_STYLE.fillOpacity}" stroke="${TERRITORY_STYLE.fill}"/><text x="${WIDTH - 242}" y="${94}">territory recognised 12 July 1920</text>` +
    `<path d="M${WIDTH - 290},${110}h40" stroke="url(#undetermined)" stroke-width="10"/><text x="${WIDTH - 242}" y="${114}">side left undetermined (Polish, Latvian;</text>` +
    `<text x="${WIDTH - 242}" y="${128}">Art. II note 1), drawn along today’s borders</text>` +
    `<text x="${WIDTH - 290}" y="${148}" fill="#777">faint: today’s borders · Memel Territory excluded</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="11">
<!-- Generated by scripts/site/map-svg.ts from the border records of lt-ru-1920. Do not edit: run \`npm run generate\`. -->
<defs><pattern id="undetermined" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${TERRITORY_STYLE.undetermined}"/></pattern></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#eef3f7"/>
<g fill="#fbfaf6" stroke="#9a9a9a" stroke-width="0.7" stroke-linejoin="round">${countries}</g>
${area}
<g fill="none" stroke="url(#undetermined)" stroke-width="9" stroke-linejoin="round">${open}</g>
<g fill="none" stroke-linejoin="round" stroke-linecap="round">${lines}</g>
<g fill="#555" font-size="10">${towns.join('')}</g>
<g fill="#222" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${points.join('')}</g>
<text ${labelAt(21.55, 55.42)} fill="#777" font-style="italic" font-size="10" text-anchor="middle">Memel Territory</text><text ${labelAt(21.55, 55.33)} fill="#777" font-style="italic" font-size="10" text-anchor="middle">(excluded)</text>
<rect x="${WIDTH - 300}" y="10" width="290" height="148" fill="#fff" fill-opacity="0.85"/>
<g fill="#222">${legend}</g>
<text x="14" y="26" font-size="16" font-weight="bold">Soviet–Lithuanian Peace Treaty, 12 July 1920 — Article II line</text>
<text x="14" y="44" fill="#444">Schematic reconstruction from the treaty text and the Statesman's Year-Book 1921 summary; not a survey.</text>
${scale}
<text x="14" y="${HEIGHT - 26}" fill="#444" font-size="10">${located} of ${waypoints.features.length} treaty places located; the Grodno arc's western end and the Polish and Latvian sides are undetermined by the treaty (Art. II note 1).</text>
<text x="14" y="${HEIGHT - 12}" fill="#444" font-size="10">Place coordinates © GeoNames (geonames.org), CC BY 4.0 · Borders: Natural Earth (public domain) · lt-ru-1920</text>
</svg>
`;
  return svg;
}

/** The emitter: `docs/map.svg`. */
const emitMapSvg: Emitter = async () => [{ path: 'docs/map.svg', content: await mapSvg() }];
export default emitMapSvg;
