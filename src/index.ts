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
export { articles, events, parties, places, ratifications, registration, signatories, sources, treaty } from './data/index.js';
export { ENTERED_INTO_FORCE_ON, RATIFICATIONS_EXCHANGED_ON, REGISTERED_ON, SIGNED_ON } from './generated/dates.generated.js';
export type { ArticleId, EventId, PartyId, PlaceId, SignatoryId, SourceId } from './generated/ids.generated.js';
export { type CiteOptions, cite } from './helpers/cite.js';
export { type CitedRecordKind, type CiteRecordOptions, citeRecord } from './helpers/cite-record.js';
export { getArticle } from './helpers/get-article.js';
export { getEvent } from './helpers/get-event.js';
export { getPlace } from './helpers/get-place.js';
export { getSignatory } from './helpers/get-signatory.js';
export { getSource } from './helpers/get-source.js';
export { type TimelineOptions, timeline } from './helpers/timeline.js';
export type { DeepReadonly } from './internal/deep-freeze.js';
export { type Meta, meta } from './meta.js';
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
