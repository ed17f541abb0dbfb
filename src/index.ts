export { treaty, events, signatories, parties, articles, sources, places, ratifications, registration } from './data/index.js';
export { SIGNED_ON, RATIFICATIONS_EXCHANGED_ON, ENTERED_INTO_FORCE_ON, REGISTERED_ON } from './data/dates.generated.js';
export { meta, type Meta } from './meta.js';
export { getEvent } from './helpers/get-event.js';
export { getSignatory } from './helpers/get-signatory.js';
export { timeline, type TimelineOptions } from './helpers/timeline.js';
export { cite, type CiteOptions } from './helpers/cite.js';
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
