/**
 * Emits `docs/timeline.svg`: every event of `events` on a 1919–1940 axis,
 * with 1920, the treaty year, enlarged in a band of its own. Kinds differ by
 * shape and colour (legend), a bar spans the dates the sources dispute
 * (variants) or the days an event lasted, and the last line counts the works
 * the events cite, by tier. Reads only the records: new events appear on the
 * next `npm run generate`.
 */
import { events } from '../../src/data/events.js';
import { sources } from '../../src/generated/sources.generated.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import type { Event, EventKind } from '../../src/schemas/event.js';
import { EventKindSchema } from '../../src/schemas/event.js';
import { SourceTierSchema } from '../../src/schemas/source.js';
import type { Emitter } from '../emitter.js';
import { readManifest } from '../manifest.js';
import { escapeMarkup } from './escape-markup.js';
import { LABEL_OFFSET, type Placement, placeLabels } from './timeline/lanes.js';

const WIDTH = 1200;
const AXIS_LEFT = 30;
/** The overview axis ends short of the right edge, so that labels of the last years fit. */
const OVERVIEW_RIGHT = 990;
const ZOOM_RIGHT = WIDTH - 30;
const LANE_HEIGHT = 15;
const FONT_SIZE = 11;
/** Average advance of a character of the label font, px (Helvetica/Arial at 11 px: about 5.1, with margin). */
const CHAR_WIDTH = 5.5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Style {
  readonly shape: Shape;
  readonly colour: string;
}

/** Shape and colour of each kind of event (Tableau 10 colours; shapes tell kinds apart without colour). */
const STYLE: Readonly<Partial<Record<string, Style>>> = {
  'diplomatic-note': { shape: 'circle', colour: '#4e79a7' },
  negotiations: { shape: 'square', colour: '#76b7b2' },
  agreement: { shape: 'diamond', colour: '#59a14f' },
  signing: { shape: 'star', colour: '#e15759' },
  ratification: { shape: 'triangle', colour: '#f28e2b' },
  'exchange-of-ratifications': { shape: 'triangle-down', colour: '#b07aa1' },
  'entry-into-force': { shape: 'square', colour: '#9c755f' },
  registration: { shape: 'circle', colour: '#bab0ac' },
  military: { shape: 'cross', colour: '#333333' },
  proclamation: { shape: 'triangle', colour: '#ff9da7' },
  'end-of-force': { shape: 'bar', colour: '#000000' },
};

/** Styles for kinds the table above does not list yet, handed out in the schema's order of kinds. */
const SPARE_STYLES: readonly Style[] = [
  { shape: 'ring', colour: '#edc948' },
  { shape: 'hexagon', colour: '#17becf' },
  { shape: 'ring', colour: '#7f7f7f' },
  { shape: 'hexagon', colour: '#bcbd22' },
  { shape: 'ring', colour: '#8c564b' },
  { shape: 'hexagon', colour: '#e377c2' },
];

/** The style of `kind`: its own, or a spare one by its place among the unlisted kinds. */
function styleOf(kind: EventKind): Style {
  const own = STYLE[kind];
  if (own) return own;
  const unlisted = [...EventKindSchema.options, kind].filter((candidate) => STYLE[candidate] === undefined);
  const spare = SPARE_STYLES[unlisted.indexOf(kind) % SPARE_STYLES.length];
  if (!spare) throw new Error(`emit-timeline-svg: no style for the event kind "${kind}"`);
  return spare;
}

type Shape = 'circle' | 'ring' | 'square' | 'diamond' | 'star' | 'triangle' | 'triangle-down' | 'hexagon' | 'cross' | 'bar';

const fixed = (value: number): string => (Math.round(value * 10) / 10).toString();

/** An SVG marker of `shape`, centred on (x, y), about 10 px across. */
function marker(kind: EventKind, x: number, y: number): string {
  const { shape, colour } = styleOf(kind);
  const fill = `fill="${colour}" stroke="#fff" stroke-width="0.8"`;
  const points = (list: readonly (readonly [number, number])[]) => `points="${list.map(([dx, dy]) => `${fixed(x + dx)},${fixed(y + dy)}`).join(' ')}"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="5" ${fill}/>`;
    case 'ring':
      return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="4.2" fill="#fff" stroke="${colour}" stroke-width="2.2"/>`;
    case 'hexagon':
      return `<polygon ${points(Array.from({ length: 6 }, (_, i) => [5.5 * Math.cos((Math.PI / 3) * i), 5.5 * Math.sin((Math.PI / 3) * i)] as const))} ${fill}/>`;
    case 'square':
      return `<rect x="${fixed(x - 4.5)}" y="${fixed(y - 4.5)}" width="9" height="9" ${fill}/>`;
    case 'diamond':
      return `<polygon ${points([
        [0, -6],
        [6, 0],
        [0, 6],
        [-6, 0],
      ])} ${fill}/>`;
    case 'triangle':
      return `<polygon ${points([
        [0, -6],
        [6, 4.5],
        [-6, 4.5],
      ])} ${fill}/>`;
    case 'triangle-down':
      return `<polygon ${points([
        [0, 6],
        [6, -4.5],
        [-6, -4.5],
      ])} ${fill}/>`;
    case 'star': {
      const star = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? 8 : 3.4;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        return [r * Math.cos(a), r * Math.sin(a)] as const;
      });
      return `<polygon ${points(star)} ${fill}/>`;
    }
    case 'cross':
      return `<path d="M${fixed(x - 4.5)},${fixed(y - 4.5)}L${fixed(x + 4.5)},${fixed(y + 4.5)}M${fixed(x + 4.5)},${fixed(y - 4.5)}L${fixed(x - 4.5)},${fixed(y + 4.5)}" stroke="${colour}" stroke-width="2.4"/>`;
    case 'bar':
      return `<rect x="${fixed(x - 2)}" y="${fixed(y - 7)}" width="4" height="14" ${fill}/>`;
  }
}

/** Days since 1970-01-01 of an ISO date. */
const day = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** `12 Jul` (or `12 Jul 1926` with the year). */
function shortDate(iso: string, withYear: boolean): string {
  const text = `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
  return withYear ? `${text} ${iso.slice(0, 4)}` : text;
}

/** The label of an event: its date (a range, or the other dates the sources give) and title. */
function label(event: DeepReadonly<Event>, withYear: boolean): string {
  const { date, endDate } = event;
  const sameMonth = endDate !== undefined && endDate.slice(0, 7) === date.slice(0, 7);
  const dates =
    endDate === undefined
      ? shortDate(date, withYear)
      : sameMonth
        ? `${Number(date.slice(8, 10))}–${shortDate(endDate, withYear)}`
        : `${shortDate(date, false)}–${shortDate(endDate, withYear)}`;
  const others = event.variants ? ` (or ${event.variants.map((variant) => shortDate(variant.value, false)).join(', ')})` : '';
  return `${dates}${others}  ${event.title.en}`;
}

/** A horizontal time scale from `from` to `to` (ISO dates) onto [left, right] px. */
function scale(from: string, to: string, left: number, right: number) {
  const start = day(from);
  const span = day(to) - start;
  return (iso: string): number => left + ((day(iso) - start) / span) * (right - left);
}

/** One panel: an axis at `axisY` with the events' markers, ranges, leader lines and labels stacked above. */
function panel(list: readonly DeepReadonly<Event>[], x: (iso: string) => number, axisTop: number, withYear: boolean): { svg: string; height: number } {
  const texts = list.map((event) => label(event, withYear));
  const placements = placeLabels(
    list.map((event, i) => ({ x: x(event.date), width: (texts[i] as string).length * CHAR_WIDTH })),
    WIDTH - 4,
  );
  const laneCount = Math.max(0, ...placements.map((placement) => placement.lane)) + 1;
  const axisY = axisTop + laneCount * LANE_HEIGHT + 16;
  const sameDay = new Map<string, number>();
  const parts = list.map((event, i) => {
    const stack = sameDay.get(event.date) ?? 0;
    sameDay.set(event.date, stack + 1);
    const mx = x(event.date);
    const my = axisY - 7 - stack * 13;
    const { lane, side } = placements[i] as Placement;
    const labelY = axisTop + (laneCount - 1 - lane) * LANE_HEIGHT + 11;
    const dates = [event.date, ...(event.variants ?? []).map((variant) => variant.value), ...(event.endDate ? [event.endDate] : [])].sort();
    const from = x(dates[0] as string);
    const to = x(dates[dates.length - 1] as string);
    const disputed = event.variants !== undefined;
    const range =
      // A dispute of a day or two is still drawn, at least 5 px wide, so that it shows at the overview's scale.
      disputed || to - from > 0.5
        ? `<rect x="${fixed(Math.min(from - 1, (from + to) / 2 - 2.5))}" y="${fixed(axisY + 2)}" width="${fixed(Math.max(to - from + 2, 5))}" height="6" rx="2" fill="${disputed ? 'url(#disputed)' : styleOf(event.kind).colour}" fill-opacity="${disputed ? 1 : 0.45}" stroke="${disputed ? '#c0392b' : 'none'}" stroke-width="0.8"/>`
        : '';
    return [
      `<g><title>${escapeMarkup(`${event.id}: ${texts[i] as string}`)}</title>`,
      `<path d="M${fixed(mx)},${fixed(my - 7)}V${fixed(labelY + 3)}" stroke="#bbb" stroke-width="0.7"/>`,
      range,
      marker(event.kind, mx, my),
      `<text x="${fixed(side === 'right' ? mx + LABEL_OFFSET : mx - LABEL_OFFSET)}" y="${fixed(labelY)}"${side === 'left' ? ' text-anchor="end"' : ''}${event.kind === 'signing' ? ' font-weight="bold"' : ''}>${escapeMarkup(texts[i] as string)}</text>`,
      '</g>',
    ].join('');
  });
  return { svg: parts.join('\n'), height: axisY - axisTop };
}

/** An axis line from `left` to `right` with a tick at each of `ticks` and each label centred below at its x. */
function axis(y: number, ticks: readonly number[], labels: readonly { readonly x: number; readonly text: string }[], left: number, right: number): string {
  return [
    `<path d="M${left},${fixed(y)}H${right}" stroke="#444" stroke-width="1"/>`,
    ...ticks.map((x) => `<path d="M${fixed(x)},${fixed(y)}v5" stroke="#444"/>`),
    ...labels.map((item) => `<text x="${fixed(item.x)}" y="${fixed(y + 16)}" text-anchor="middle" fill="#444" font-size="10">${item.text}</text>`),
  ].join('');
}

/** The legend: one entry per kind present, then the two kinds of range. */
function legend(kinds: readonly EventKind[], top: number): { svg: string; height: number } {
  const columns = 4;
  const columnWidth = (WIDTH - 2 * AXIS_LEFT) / columns;
  const entries = kinds.map((kind, i) => {
    const x = AXIS_LEFT + (i % columns) * columnWidth;
    const y = top + Math.floor(i / columns) * 18;
    return `${marker(kind, x + 6, y)}<text x="${fixed(x + 18)}" y="${fixed(y + 4)}">${kind.replace(/-/g, ' ')}</text>`;
  });
  const y = top + Math.ceil(kinds.length / columns) * 18 + 4;
  const ranges =
    `<rect x="${AXIS_LEFT}" y="${y - 3}" width="28" height="6" rx="3" fill="url(#disputed)" stroke="#c0392b" stroke-width="0.8"/>` +
    `<text x="${AXIS_LEFT + 36}" y="${y + 4}">dates the sources dispute: the marker is at the preferred date, the bar under the axis spans all the dates given</text>` +
    `<rect x="${AXIS_LEFT + 660}" y="${y - 3}" width="28" height="6" rx="3" fill="#59a14f" fill-opacity="0.45"/>` +
    `<text x="${AXIS_LEFT + 696}" y="${y + 4}">an event over several days (bar under the axis)</text>`;
  return { svg: `${entries.join('')}${ranges}`, height: y - top + 14 };
}

/** The closing line: how many works the events cite, by tier, and where each event's sources are. */
function sourcesLine(list: readonly DeepReadonly<Event>[], version: string): string {
  const cited = new Set(list.flatMap((event) => event.sources.map((ref) => ref.source)));
  const byTier = SourceTierSchema.options
    .map((tier) => [tier, sources.filter((source) => cited.has(source.id) && source.tier === tier).length] as const)
    .filter(([, count]) => count > 0)
    .map(([tier, count]) => `${count} ${tier}`);
  return `Sources: the ${cited.size} works the events cite (${byTier.join(', ')}); each event's sources, locators and variants: data/events.json · lt-ru-1920 ${version}`;
}

/** The whole picture. */
export function timelineSvg(list: readonly DeepReadonly<Event>[], version: string): string {
  const inZoom = (event: DeepReadonly<Event>) => event.date.startsWith('1920-');
  const overviewX = scale('1919-01-01', '1941-01-01', AXIS_LEFT, OVERVIEW_RIGHT);
  const zoomX = scale('1920-01-01', '1921-01-01', AXIS_LEFT, ZOOM_RIGHT);
  const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const overviewTop = 70;
  const overview = panel(
    sorted.filter((event) => !inZoom(event)),
    overviewX,
    overviewTop,
    true,
  );
  const overviewAxis = overviewTop + overview.height;
  const years = Array.from({ length: 23 }, (_, i) => 1919 + i);
  const yearTicks = years.map((year) => overviewX(`${year}-01-01`));
  const yearLabels = years.slice(0, -1).map((year) => ({ x: (overviewX(`${year}-01-01`) + overviewX(`${year + 1}-01-01`)) / 2, text: String(year) }));
  const band = { left: overviewX('1920-01-01'), right: overviewX('1921-01-01') };
  const zoomCount = list.filter(inZoom).length;

  const zoomTop = overviewAxis + 70;
  const zoom = panel(sorted.filter(inZoom), zoomX, zoomTop, false);
  const zoomAxis = zoomTop + zoom.height;
  const monthStarts = [...MONTHS.map((_, m) => `1920-${String(m + 1).padStart(2, '0')}-01`), '1921-01-01'].map(zoomX);
  const monthLabels = MONTHS.map((name, m) => ({
    x: ((monthStarts[m] as number) + (monthStarts[m + 1] as number)) / 2,
    text: m === 0 ? `${name} 1920` : name,
  }));

  const kinds = [...new Set([...EventKindSchema.options, ...list.map((event) => event.kind)])].filter((kind) => list.some((event) => event.kind === kind));
  const legendTop = zoomAxis + 48;
  const key = legend(kinds, legendTop);
  const height = legendTop + key.height + 30;

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="Helvetica, Arial, sans-serif" font-size="${FONT_SIZE}">
<!-- Generated by scripts/site/timeline-svg.ts from src/data/events.ts. Do not edit. -->
<defs><pattern id="disputed" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fbe3df"/><path d="M0,0V5" stroke="#c0392b" stroke-width="1.6"/></pattern></defs>
<rect width="${WIDTH}" height="${height}" fill="#fff"/>
<text x="${AXIS_LEFT}" y="28" font-size="16" font-weight="bold">Soviet–Lithuanian Peace Treaty of 12 July 1920: the events, 1919–1940</text>
<text x="${AXIS_LEFT}" y="46" fill="#444">${list.length} dated events of the dataset: top, the whole period; below, the treaty year 1920 enlarged.</text>
<rect x="${fixed(band.left)}" y="${overviewTop - 4}" width="${fixed(band.right - band.left)}" height="${overview.height + 4}" fill="#fdf1d8"/>
${overview.svg}
${axis(overviewAxis, yearTicks, yearLabels, AXIS_LEFT, OVERVIEW_RIGHT)}
<path d="M${fixed(band.left)},${fixed(overviewAxis + 22)}L${AXIS_LEFT},${fixed(zoomTop - 8)}M${fixed(band.right)},${fixed(overviewAxis + 22)}L${ZOOM_RIGHT},${fixed(zoomTop - 8)}" stroke="#e0b25c" stroke-dasharray="4 3" fill="none"/>
<rect x="${AXIS_LEFT}" y="${zoomTop - 6}" width="${ZOOM_RIGHT - AXIS_LEFT}" height="${zoom.height + 6}" fill="#fdf1d8" fill-opacity="0.45"/>
<text x="${AXIS_LEFT + 6}" y="${zoomTop + 10}" fill="#a0671d" font-weight="bold">1920, enlarged: ${zoomCount} events</text>
${zoom.svg}
${axis(zoomAxis, monthStarts, monthLabels, AXIS_LEFT, ZOOM_RIGHT)}
${key.svg}
<text x="${AXIS_LEFT}" y="${height - 12}" fill="#444" font-size="10">${escapeMarkup(sourcesLine(list, version))}</text>
</svg>
`;
}

/** Emits `docs/timeline.svg` from the event records. */
const emitTimelineSvg: Emitter = async () => {
  const { version } = await readManifest();
  return [{ path: 'docs/timeline.svg', content: timelineSvg(events, version) }];
};

export default emitTimelineSvg;
