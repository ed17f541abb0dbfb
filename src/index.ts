/**
 * `lt-ru-1920`: the Soviet–Lithuanian Peace Treaty of 12 July 1920 as typed,
 * deeply frozen, sourced records — names, dates, parties, signatories,
 * ratifications, League of Nations registration and articles — with
 * helpers to look records up, filter the timeline and cite the data
 * version. It holds no coordinate and never loads zod.
 *
 * @example
 * ```ts
 * import { SIGNED_ON, getEvent, cite } from 'lt-ru-1920';
 * SIGNED_ON; //=> '1920-07-12'
 * getEvent('ratification-lithuania').date; //=> '1920-08-06'
 * ```
 * @module lt-ru-1920
 */
export { treaty, events, signatories, parties, articles, sources, places, ratifications, registration } from './data/index.js';
export { SIGNED_ON, RATIFICATIONS_EXCHANGED_ON, ENTERED_INTO_FORCE_ON, REGISTERED_ON } from './generated/dates.generated.js';
export { meta, type Meta } from './meta.js';
export { getEvent } from './helpers/get-event.js';
export { getSignatory } from './helpers/get-signatory.js';
export { getArticle } from './helpers/get-article.js';
export { getSource } from './helpers/get-source.js';
export { getPlace } from './helpers/get-place.js';
export type { ArticleId, EventId, PlaceId, SignatoryId, SourceId } from './generated/ids.generated.js';
export { timeline, type TimelineOptions } from './helpers/timeline.js';
export { cite, type CiteOptions } from './helpers/cite.js';
export { citeRecord, type CiteRecordOptions, type RecordKind } from './helpers/cite-record.js';
export type { DeepReadonly } from './internal/deep-freeze.js';
export type {
  Article,
  DatedFact,
  Event,
  EventKind,
  LeagueRegistration,
  LocalizedText,
  Party,
  Place,
  Ratification,
  Signatory,
  Source,
  SourceRef,
  Treaty,
  TreatyName,
  Variant,
} from './schemas/index.js';
