import { ArticleSchema } from './article.js';
import {
  BorderCollectionSchema,
  BorderLineCollectionSchema,
  BorderSegmentSchema,
  TerritorySchema,
  WaypointCollectionSchema,
  WaypointSchema,
} from './border.js';
import { EventSchema } from './event.js';
import { ControlPeriodSchema, FigureSchema, HistoryPlaceSchema, HolderSchema, TitleSchema } from './history.js';
import { LeagueRegistrationSchema } from './league-registration.js';
import { LocalizedTextSchema } from './localized-text.js';
import { PartySchema } from './party.js';
import { PlaceSchema } from './place.js';
import { RatificationSchema } from './ratification.js';
import { SignatorySchema } from './signatory.js';
import { SourceSchema } from './source.js';
import { SourceRefSchema } from './source-ref.js';
import { TreatySchema } from './treaty.js';
import { TreatyNameSchema } from './treaty-name.js';

/**
 * Every record schema by the name `validate` and the JSON Schema files use
 * (`schemas/<Name>.schema.json`).
 *
 * @example
 * ```ts
 * recordSchemas.Signatory === SignatorySchema; //=> true
 * ```
 */
export const recordSchemas = {
  Article: ArticleSchema,
  BorderCollection: BorderCollectionSchema,
  BorderLineCollection: BorderLineCollectionSchema,
  BorderSegment: BorderSegmentSchema,
  ControlPeriod: ControlPeriodSchema,
  Event: EventSchema,
  Figure: FigureSchema,
  HistoryPlace: HistoryPlaceSchema,
  Holder: HolderSchema,
  LeagueRegistration: LeagueRegistrationSchema,
  LocalizedText: LocalizedTextSchema,
  Party: PartySchema,
  Place: PlaceSchema,
  Ratification: RatificationSchema,
  Signatory: SignatorySchema,
  Source: SourceSchema,
  SourceRef: SourceRefSchema,
  Territory: TerritorySchema,
  Title: TitleSchema,
  Treaty: TreatySchema,
  TreatyName: TreatyNameSchema,
  Waypoint: WaypointSchema,
  WaypointCollection: WaypointCollectionSchema,
} as const;

/** The name of a record type that `validate` knows, such as `'Signatory'`. */
export type RecordKind = keyof typeof recordSchemas;
