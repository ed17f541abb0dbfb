import { controlPeriods, figures, historyPlaces, historySources, holders, titles } from '../../src/history/records/index.js';
import { toCsv } from './csv.js';
import { toJsonText, type Emitter } from '../emitter.js';

/** The raw JSON files of `lt-ru-1920/history`, and the export each holds. */
export const historyJsonFiles = {
  'data/control-periods.json': controlPeriods,
  'data/history-places.json': historyPlaces,
  'data/holders.json': holders,
  'data/titles.json': titles,
  'data/figures.json': figures,
  'data/history-sources.json': historySources,
} as const;

/** Source ids of a record, joined by `;`. */
const sourceIds = (refs: readonly { source: string }[]): string => [...new Set(refs.map((ref) => ref.source))].join(';');

/** `data/control-periods.csv`: one row per place and stretch of time, for spreadsheets. */
function controlPeriodsCsv(): string {
  return toCsv([
    ['id', 'place', 'from', 'to', 'controller', 'event', 'confidence', 'from_variants', 'note', 'sources'],
    ...controlPeriods.map((period) => [
      period.id,
      period.place,
      period.from,
      period.to,
      period.controller ?? '',
      period.event ?? '',
      period.confidence,
      period.variants?.map((variant) => variant.value).join(';'),
      period.note,
      sourceIds(period.sources),
    ]),
  ]);
}

/**
 * Emits the raw files of `lt-ru-1920/history`: `data/control-periods.csv`
 * and one JSON file per record collection (control periods, places, holders,
 * titles, figures, sources), from the records the entry exports.
 */
const emitHistoryData: Emitter = () => [
  ...Object.entries(historyJsonFiles).map(([path, value]) => ({ path, content: toJsonText(value) })),
  { path: 'data/control-periods.csv', content: controlPeriodsCsv() },
];

export default emitHistoryData;
