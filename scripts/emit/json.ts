import * as data from '../../src/data/index.js';
import { toJsonText, type Emitter } from '../emitter.js';

/** The raw JSON files for non-JavaScript users, and the export each holds. */
export const jsonFiles = {
  'data/treaty.json': data.treaty,
  'data/events.json': data.events,
  'data/signatories.json': data.signatories,
  'data/parties.json': data.parties,
  'data/articles.json': data.articles,
  'data/places.json': data.places,
  'data/sources.json': data.sources,
} as const;

/** Emits `data/*.json`, one file per record collection, from the same records the JS entry exports. */
const emitJson: Emitter = () =>
  Object.entries(jsonFiles).map(([path, value]) => ({ path, content: toJsonText(value) }));

export default emitJson;
