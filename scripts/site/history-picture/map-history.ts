/**
 * The history part of the map page's inlined data: for each of the places of
 * `lt-ru-1920/history`, its name, position and control periods (with the
 * event that began each one and its sources), and the colour and name of
 * every holder. The page's date control picks the period containing the day.
 */
import { events } from '../../../src/data/events.js';
import { places } from '../../../src/data/places.js';
import { sources } from '../../../src/generated/sources.generated.js';
import { controlPeriods, historyPlaces, historyRange, historySources, periodsOf, titles } from '../../../src/history/index.js';
import { HOLDER_ORDER, holderColor, holderName } from '../colour-scheme.js';

/** How the popup names each view of title. */
const VIEW_LABEL: Readonly<Record<string, string>> = {
  lithuania: 'Lithuania’s view',
  poland: 'Poland’s view',
  'conference-of-ambassadors': 'Conference of Ambassadors',
  soviet: 'Soviet view',
  germany: 'Germany’s view',
};

/** Places whose label the map page puts left of the dot, clear of a neighbour's dot or label. */
const LABEL_LEFT: ReadonlySet<string> = new Set(['trakai', 'suwalki', 'svencionys', 'ashmyany', 'varena']);

/** How the popup names the holder of a title: a power, or the powers a view left the question to. */
function titleHolderName(title: { readonly holder: string | null; readonly leftTo?: readonly string[] }): string {
  if (title.holder !== null) return holderName(title.holder);
  return `no claim; left to ${(title.leftTo ?? []).map(holderName).join(' and ')}`;
}

/** A source as the popup shows it. */
interface PopupSource {
  readonly title: string;
  readonly url?: string;
}

/** Title and URL of every source a control period cites, by id. */
function periodSources(): Record<string, PopupSource> {
  const cited = new Set(controlPeriods.flatMap((period) => period.sources.map((ref) => ref.source)));
  return Object.fromEntries(
    [...sources, ...historySources]
      .filter((source) => cited.has(source.id))
      .map((source) => [source.id, { title: source.title, ...(source.url ? { url: source.url } : {}) }]),
  );
}

/** Everything the date control needs, as plain JSON; `holders` is keyed by id, with `"null"` for an unknown controller. */
export function mapHistory(): Record<string, unknown> {
  const rank = (id: string | null): number => (id === null ? HOLDER_ORDER.length : HOLDER_ORDER.indexOf(id));
  const holderIds = [...new Set(controlPeriods.map((period) => period.controller))].sort((a, b) => rank(a) - rank(b));
  const eventIds = new Set(controlPeriods.map((period) => period.event));
  return {
    range: historyRange,
    initialDate: '1930-06-01',
    places: historyPlaces.map((place) => ({
      id: place.id,
      name: places.find((named) => named.id === place.id)?.name.en ?? place.id,
      position: place.position,
      inTreatyTerritory: place.inTreatyTerritory,
      labelSide: LABEL_LEFT.has(place.id) ? 'left' : 'right',
      periods: periodsOf(place.id).map((period) => ({
        id: period.id,
        from: period.from,
        to: period.to,
        controller: period.controller,
        event: period.event,
        confidence: period.confidence,
        ...(period.note ? { note: period.note } : {}),
        ...(period.variants ? { variants: period.variants.map((variant) => variant.value) } : {}),
        sources: period.sources,
      })),
      titles: titles
        .filter((title) => title.places.includes(place.id))
        .map((title) => ({ view: VIEW_LABEL[title.view], holder: titleHolderName(title), from: title.from, ...(title.to ? { to: title.to } : {}) })),
    })),
    holders: Object.fromEntries(holderIds.map((id) => [String(id), { name: holderName(id), color: holderColor(id) }])),
    events: Object.fromEntries(events.filter((event) => eventIds.has(event.id)).map((event) => [event.id, { date: event.date, title: event.title.en }])),
    sources: periodSources(),
  };
}
