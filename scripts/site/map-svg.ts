/**
 * Renders `docs/map.svg` (`npm run map`): the 1920 Article II line, the
 * territory and the waypoints from the package data, over today's borders
 * (Natural Earth, faint). d3-geo, conformal conic projection.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { borderLine, territory, waypoints } from '../../src/border/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WIDTH = 880;
const HEIGHT = 780;
const VIEW: [[number, number], [number, number]] = [[20.9, 52.85], [28.1, 56.75]];

/** Reference towns for orientation (GeoNames cities500, CC BY 4.0). */
const TOWNS: [string, number, number][] = [
  ['Vilnius', 25.2798, 54.68916], ['Kaunas', 23.90961, 54.90272], ['Klaipėda', 21.13912, 55.7068], ['Lida', 25.29972, 53.88333],
  ['Minsk', 27.56667, 53.9], ['Daugavpils', 26.53333, 55.88333], ['Białystok', 23.16433, 53.13333], ['Suwałki', 22.93087, 54.11175],
];

/** Label placement [dx, dy, anchor] where the default (right of the point) would collide. */
const LABEL_AT: Record<string, [number, number, 'start' | 'middle' | 'end']> = {
  'grodno-arc': [0, 16, 'middle'], 'svislach-mouth': [-6, 14, 'end'], mosty: [0, 16, 'middle'], 'berezina-mouth': [0, 16, 'middle'],
  'myadzelka-source': [8, -6, 'start'], 'lake-myadzel': [8, 5, 'start'], 'lake-myastra': [8, 9, 'start'], 'narach-river': [8, 21, 'start'],
  'lake-narach': [-7, 4, 'end'], 'druika-mouth': [-8, 10, 'end'], safronovo: [-6, -8, 'end'],
};

const STYLE: Record<string, string> = {
  'treaty-text': 'stroke="#b2182b" stroke-width="3"',
  'contemporary-summary': 'stroke="#b2182b" stroke-width="3" stroke-dasharray="9 4"',
  interpolation: 'stroke="#b2182b" stroke-width="2.5" stroke-dasharray="2 4"',
};

/** d3 treats a spherical polygon's exterior as clockwise; RFC 7946 is counter-clockwise, so rings are reversed for drawing. */
function forD3(geometry: { type: string; coordinates: unknown }): GeoPermissibleObjects {
  const rewind = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewind(geometry.coordinates as number[][][]) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: (geometry.coordinates as number[][][][]).map(rewind) };
  return geometry as GeoPermissibleObjects;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function main(): Promise<void> {
  const clip = JSON.parse(await readFile(resolve(root, 'data-src/ne_10m_admin0_baltic_clip.geojson'), 'utf8')) as {
    features: { properties: { iso_a2: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  const projection = geoConicConformal().parallels([53.5, 56]).rotate([-24.5, 0]);
  projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], { type: 'MultiPoint', coordinates: [VIEW[0], VIEW[1], [VIEW[0][0], VIEW[1][1]], [VIEW[1][0], VIEW[0][1]]] });
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const xy = (lon: number, lat: number): [number, number] => (projection([lon, lat]) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as [number, number];

  const countries = clip.features.map((f) => `<path d="${path(forD3(f.geometry))}"/>`).join('');
  const area = `<path d="${path(forD3(territory.geometry as { type: string; coordinates: unknown }))}" fill="#4d9221" fill-opacity="0.16" stroke="#4d9221" stroke-width="1.2" stroke-opacity="0.6"/>`;
  const lines = borderLine.features
    .map((f) => `<path d="${path(f.geometry as GeoPermissibleObjects)}" ${STYLE[f.properties.basis]}><title>${escape(f.properties.id)}: ${f.properties.basis}, ${f.properties.feature}, ±${f.properties.accuracyKm} km</title></path>`)
    .join('');
  const points = waypoints.features.flatMap((f) => {
    if (!f.geometry) return [];
    const [x, y] = xy(f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number);
    const name = f.properties.names.en ?? f.properties.nameInTreaty;
    const label = `${f.properties.order}. ${name}`;
    const [dx, dy, textAnchor] = LABEL_AT[f.properties.id] ?? [7, 4, 'start'];
    const anchor = `x="${x + dx}" y="${y + dy}" text-anchor="${textAnchor}"`;
    const dot = f.properties.method === 'arc-centre' ? `<circle cx="${x}" cy="${y}" r="3" fill="none" stroke="#333"/>` : `<circle cx="${x}" cy="${y}" r="3.2" fill="#fff" stroke="#333"/>`;
    return [`${dot}<text ${anchor}>${escape(label)}</text>`];
  });
  const labelAt = (lon: number, lat: number): string => {
    const [x, y] = xy(lon, lat);
    return `x="${x}" y="${y}"`;
  };
  const towns = TOWNS.map(([name, lon, lat]) => {
    const [x, y] = xy(lon, lat);
    const left = name === 'Daugavpils';
    return `<rect x="${x - 2.5}" y="${y - 2.5}" width="5" height="5" fill="#555"/><text x="${left ? x - 6 : x + 6}" y="${y - 4}"${left ? ' text-anchor="end"' : ''}>${escape(name)}</text>`;
  });
  // Scale bar: 100 km measured along the parallel through the view centre.
  const midLat = (VIEW[0][1] + VIEW[1][1]) / 2;
  const [sx] = xy(21.3, midLat - 1.8);
  const dLon = 100 / (111.195 * Math.cos((midLat * Math.PI) / 180));
  const px = (projection([24.5 + dLon, midLat])?.[0] ?? 0) - (projection([24.5, midLat])?.[0] ?? 0);
  const barY = HEIGHT - 62;
  const scale = `<g font-size="11"><rect x="${sx}" y="${barY}" width="${px.toFixed(1)}" height="5" fill="#333"/><rect x="${sx}" y="${barY}" width="${(px / 2).toFixed(1)}" height="5" fill="#fff" stroke="#333" stroke-width="0.8"/><text x="${sx}" y="${barY - 4}">0</text><text x="${(sx + px).toFixed(1)}" y="${barY - 4}" text-anchor="middle">100 km</text></g>`;
  const legend = [
    ['treaty-text', 'line: verbatim treaty text (LNTS)'], ['contemporary-summary', "line: Statesman's Year-Book 1921 summary"], ['interpolation', 'line: interpolated chord'],
  ].map(([basis, text], i) => `<path d="M${WIDTH - 290},${28 + i * 20}h40" ${STYLE[basis as string]}/><text x="${WIDTH - 242}" y="${32 + i * 20}">${escape(text as string)}</text>`).join('') +
    `<rect x="${WIDTH - 290}" y="${84}" width="40" height="12" fill="#4d9221" fill-opacity="0.16" stroke="#4d9221"/><text x="${WIDTH - 242}" y="${94}">territory recognised 12 July 1920</text>` +
    `<text x="${WIDTH - 290}" y="${116}" fill="#777">faint: today’s borders · Memel Territory excluded</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="11">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#eef3f7"/>
<g fill="#fbfaf6" stroke="#9a9a9a" stroke-width="0.7" stroke-linejoin="round">${countries}</g>
${area}
<g fill="none" stroke-linejoin="round" stroke-linecap="round">${lines}</g>
<g fill="#555" font-size="10">${towns.join('')}</g>
<g fill="#222" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${points.join('')}</g>
<text ${labelAt(21.55, 55.42)} fill="#777" font-style="italic" font-size="10" text-anchor="middle">Memel Territory</text><text ${labelAt(21.55, 55.33)} fill="#777" font-style="italic" font-size="10" text-anchor="middle">(excluded)</text>
<rect x="${WIDTH - 300}" y="10" width="290" height="116" fill="#fff" fill-opacity="0.85"/>
<g fill="#222">${legend}</g>
<text x="14" y="26" font-size="16" font-weight="bold">Soviet–Lithuanian Peace Treaty, 12 July 1920 — Article II line</text>
<text x="14" y="44" fill="#444">Schematic reconstruction from the treaty text and the Statesman's Year-Book 1921 summary; not a survey.</text>
${scale}
<text x="14" y="${HEIGHT - 26}" fill="#444" font-size="10">16 of 28 treaty places located; the Grodno arc's western end and the Polish and Latvian sides are undetermined by the treaty (Art. II note 1).</text>
<text x="14" y="${HEIGHT - 12}" fill="#444" font-size="10">Place coordinates © GeoNames (geonames.org), CC BY 4.0 · Borders: Natural Earth (public domain) · lt-ru-1920</text>
</svg>
`;
  await mkdir(resolve(root, 'docs'), { recursive: true });
  await writeFile(resolve(root, 'docs/map.svg'), svg);
  console.log(`docs/map.svg: ${svg.length} bytes`);
}

await main();
