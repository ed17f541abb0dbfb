/**
 * Emits `docs/history.svg`: four small maps side by side, each showing who
 * held the 17 places of `lt-ru-1920/history` on one date (`statusOn`), over
 * the 1920 treaty line and today's borders (Natural Earth, faint). Inputs:
 * the history records, `./border` and `data-src/`.
 */
import { readFile } from 'node:fs/promises';
import { type GeoPermissibleObjects, geoConicConformal, geoPath } from 'd3-geo';
import { borderLine } from '../../src/border/index.js';
import { places } from '../../src/data/places.js';
import { historyPlaces, statusOn } from '../../src/history/index.js';
import type { Emitter } from '../emitter.js';
import { HOLDER_ORDER, holderColor, holderName, UNKNOWN_STYLE } from './colour-scheme.js';
import { escapeMarkup } from './escape-markup.js';

/** The four dates shown, and where the picture is written. */
export const PICTURE_DATES = ['1920-08-31', '1921-06-01', '1930-06-01', '1939-11-15'] as const;
const PATH = 'docs/history.svg';
const CONTEXT_FILE = new URL('../../data-src/ne_10m_admin0_baltic_clip.geojson', import.meta.url);

const PANEL_W = 300;
const PANEL_H = 250;
const GAP = 12;
const TOP = 92;
const WIDTH = GAP + PICTURE_DATES.length * (PANEL_W + GAP);
const LEGEND_Y = TOP + PANEL_H + 30;
/** The key of the numbered places: two rows under the legend. */
const KEY_Y = LEGEND_Y + 80;
const KEY_COLUMNS = 9;
const HEIGHT = KEY_Y + 2 * 22 + 24;
/** The view of each panel: the 17 places with a margin ([lon, lat] south-west and north-east corners). */
const VIEW: [[number, number], [number, number]] = [
  [20.9, 53.3],
  [28.3, 56.2],
];
/** Places whose number goes left of the dot, clear of a neighbour. */
const NUMBER_LEFT: ReadonlySet<string> = new Set(['trakai', 'suwalki', 'ashmyany', 'varena', 'svencionys']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `1920-08-31` → `31 August 1920`. */
const longDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

/** d3 treats a spherical polygon's exterior as clockwise; RFC 7946 is counter-clockwise, so rings are reversed for drawing. */
function forD3(geometry: { type: string; coordinates: unknown }): GeoPermissibleObjects {
  const rewind = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewind(geometry.coordinates as number[][][]) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: (geometry.coordinates as number[][][][]).map(rewind) };
  return geometry as GeoPermissibleObjects;
}

/** The English name of a place (a record of `.`'s `places`). */
function placeName(id: string): string {
  const name = places.find((place) => place.id === id)?.name.en;
  if (name === undefined) throw new Error(`emit-history-picture: no name for place "${id}"`);
  return name;
}

/** The SVG text of the picture. */
export async function historyPicture(): Promise<string> {
  const context = JSON.parse(await readFile(CONTEXT_FILE, 'utf8')) as { features: { geometry: { type: string; coordinates: unknown } }[] };
  const projection = geoConicConformal().parallels([53.5, 56]).rotate([-24.5, 0]);
  const corners: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [VIEW[0], VIEW[1], [VIEW[0][0], VIEW[1][1]], [VIEW[1][0], VIEW[0][1]]] };
  projection.fitExtent(
    [
      [4, 4],
      [PANEL_W - 4, PANEL_H - 4],
    ],
    corners,
  );
  projection.clipExtent([
    [0, 0],
    [PANEL_W, PANEL_H],
  ]);
  const path = geoPath(projection).digits(1);
  const xy = (position: readonly number[]): [number, number] =>
    (projection([position[0] as number, position[1] as number]) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as [number, number];

  // Drawn once and reused by every panel.
  const base =
    `<g id="base"><rect width="${PANEL_W}" height="${PANEL_H}" fill="#eef3f7"/>` +
    `<g fill="#fbfaf6" stroke="#a8a8a8" stroke-width="0.6" stroke-linejoin="round">${context.features.map((f) => `<path d="${path(forD3(f.geometry))}"/>`).join('')}</g>` +
    `<g fill="none" stroke="#1f1f1f" stroke-width="1.6" stroke-linejoin="round">${borderLine.features.map((f) => `<path d="${path(f.geometry as GeoPermissibleObjects)}"/>`).join('')}</g></g>`;

  const shown = new Set<string | null>();
  const panels = PICTURE_DATES.map((date, index) => {
    const dots = historyPlaces.map((place) => {
      const { controller } = statusOn(place.id, date);
      shown.add(controller);
      const [x, y] = xy(place.position);
      const stroke = controller === null ? `stroke="${UNKNOWN_STYLE.stroke}" stroke-dasharray="2 1.5"` : 'stroke="#222"';
      const number = historyPlaces.indexOf(place) + 1;
      const left = NUMBER_LEFT.has(place.id);
      const label = `<text x="${left ? x - 8 : x + 8}" y="${y + 4}" text-anchor="${left ? 'end' : 'start'}">${number}</text>`;
      return `<circle cx="${x}" cy="${y}" r="6.5" fill="${holderColor(controller)}" ${stroke} stroke-width="1"><title>${escapeMarkup(placeName(place.id))}: ${escapeMarkup(holderName(controller))}</title></circle>${label}`;
    });
    const x0 = GAP + index * (PANEL_W + GAP);
    return (
      `<g transform="translate(${x0} ${TOP})"><use href="#base"/>` +
      `<rect width="${PANEL_W}" height="${PANEL_H}" fill="none" stroke="#999"/>` +
      `<g font-size="11" font-weight="bold" fill="#222" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${dots.join('')}</g>` +
      `<text x="${PANEL_W / 2}" y="-8" text-anchor="middle" font-size="17" font-weight="bold">${longDate(date)}</text></g>`
    );
  });

  const keys = [...shown].sort((a, b) => (a === null ? 1 : b === null ? -1 : HOLDER_ORDER.indexOf(a) - HOLDER_ORDER.indexOf(b)));
  let next = GAP;
  const legend = keys.map((id) => {
    const x = next;
    next += 44 + holderName(id).length * 8;
    const stroke = id === null ? `stroke="${UNKNOWN_STYLE.stroke}" stroke-dasharray="2 1.5"` : 'stroke="#222"';
    return `<circle cx="${x + 7}" cy="${LEGEND_Y}" r="6.5" fill="${holderColor(id)}" ${stroke}/><text x="${x + 18}" y="${LEGEND_Y + 5}">${escapeMarkup(holderName(id))}</text>`;
  });
  const lineKey = `<path d="M${GAP},${LEGEND_Y + 26}h26" stroke="#1f1f1f" stroke-width="1.6"/><text x="${GAP + 32}" y="${LEGEND_Y + 31}">Article II line of the treaty of 12 July 1920 (schematic)</text>`;
  const columnWidth = (WIDTH - 2 * GAP) / KEY_COLUMNS;
  const placeKey = historyPlaces.map((place, index) => {
    const x = GAP + (index % KEY_COLUMNS) * columnWidth;
    const y = KEY_Y + Math.floor(index / KEY_COLUMNS) * 22;
    return `<text x="${x.toFixed(1)}" y="${y}"><tspan font-weight="bold">${index + 1}</tspan> ${escapeMarkup(placeName(place.id))}</text>`;
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="15">
<!-- Generated by scripts/site/history-picture.ts from the records of lt-ru-1920/history. Do not edit: run \`npm run generate\`. -->
<defs>${base}</defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<text x="${GAP}" y="26" font-size="20" font-weight="bold">Who held the places of the 1920 treaty territory — lt-ru-1920/history</text>
<text x="${GAP}" y="50" fill="#444">Each numbered dot is a place (key below), coloured by the power that held it in fact that day. Who had title, in each side's view, is in the data, not drawn.</text>
${panels.join('\n')}
<g fill="#222">${legend.join('')}${lineKey}</g>
<text x="${GAP}" y="${KEY_Y - 20}" fill="#222" font-weight="bold">Places</text>
<g fill="#222" font-size="14">${placeKey.join('')}</g>
<text x="${GAP}" y="${HEIGHT - 8}" fill="#555" font-size="12">Place coordinates © GeoNames (geonames.org), CC BY 4.0 · Borders of today: Natural Earth (public domain) · lt-ru-1920</text>
</svg>
`;
}

const emitHistoryPicture: Emitter = async () => [{ path: PATH, content: await historyPicture() }];
export default emitHistoryPicture;
