import { controlPeriods, figures, historyPlaces, historySources, holders, titles } from '../../src/history/records/index.js';
import { rawPath } from '../../src/internal/raw-files.js';
import { type Emitter, toJsonText } from '../emitter.js';

/** The raw JSON files of `lt-ru-1920/history`, and the export each holds. */
export const historyJsonFiles = {
  [rawPath('control-periods', 'json')]: controlPeriods,
  [rawPath('history-places', 'json')]: historyPlaces,
  [rawPath('holders', 'json')]: holders,
  [rawPath('titles', 'json')]: titles,
  [rawPath('figures', 'json')]: figures,
  [rawPath('history-sources', 'json')]: historySources,
};

/**
 * Emits the raw JSON files of `lt-ru-1920/history`: one file per record collection (control periods, places, holders,
 * titles, figures, sources), from the records the entry exports.
 */
const emitHistoryData: Emitter = () => [...Object.entries(historyJsonFiles).map(([path, value]) => ({ path, content: toJsonText(value) }))];

export default emitHistoryData;
