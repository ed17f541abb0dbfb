/**
 * `lt-ru-1920/history`: who held each place of the territory the 1920 treaty
 * recognised as Lithuanian, and who claimed it, from 12 July 1920 to the end
 * of 1940 — control periods per place, title by each side's view (never
 * merged: title was contested), the powers involved, areas and populations
 * with every reading, and `statusOn` to ask about one place on one day.
 * Place coordinates © GeoNames (geonames.org), CC BY 4.0.
 *
 * @example
 * ```ts
 * import { statusOn } from 'lt-ru-1920/history';
 * statusOn('vilnius', '1921-01-01').controller; //=> 'central-lithuania'
 * ```
 * @module lt-ru-1920/history
 */

export type { HistoryPlaceId, HolderId } from '../generated/history-ids.generated.js';
export { historySources } from '../generated/history-sources.generated.js';
export type {
  ControlPeriod,
  Figure,
  FigureMeasure,
  FigureReading,
  HistoryPlace,
  Holder,
  InTreatyBasis,
  Title,
  TitleView,
} from '../schemas/history.js';
export { type CiteHistoryRecordOptions, citeHistoryRecord, type HistoryRecordKind } from './cite-history-record.js';
export { historyRange } from './history-range.js';
export { periodsOf } from './periods-of.js';
export { controlPeriods } from './records/control-periods.js';
export { figures } from './records/figures.js';
export { holders } from './records/holders.js';
export { historyPlaces } from './records/places.js';
export { titles } from './records/titles.js';
export { type PlaceStatus, statusOn, type TitleClaim } from './status-on.js';
