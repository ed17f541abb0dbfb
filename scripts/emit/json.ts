import * as data from '../../src/data/index.js';
import { rawPath } from '../../src/internal/raw-files.js';
import { type Emitter, toJsonText } from '../emitter.js';

/** The raw JSON files for non-JavaScript users, and the export each holds. */
export const jsonFiles = {
  [rawPath('treaty', 'json')]: data.treaty,
  [rawPath('events', 'json')]: data.events,
  [rawPath('signatories', 'json')]: data.signatories,
  [rawPath('parties', 'json')]: data.parties,
  [rawPath('articles', 'json')]: data.articles,
  [rawPath('places', 'json')]: data.places,
  [rawPath('sources', 'json')]: data.sources,
};

/** Emits `data/*.json`, one file per record collection, from the same records the JS entry exports. */
const emitJson: Emitter = () => Object.entries(jsonFiles).map(([path, value]) => ({ path, content: toJsonText(value) }));

export default emitJson;
