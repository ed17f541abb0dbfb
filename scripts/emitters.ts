import type { Emitter } from './emitter.js';
import emitBorder from './emit/border.js';
import emitCitation from './emit/citation-cff.js';
import emitCitationTables from './emit/citation-tables.js';
import emitCsv from './emit/csv.js';
import emitDataDictionary from './site/data-dictionary.js';
import emitDatapackage from './emit/datapackage.js';
import emitDocs from './site/guides.js';
import emitDates from './emit/dates.js';
import emitFactSheet from './site/fact-sheet.js';
import emitOneFactSheet from './site/fact-sheet-one-page.js';
import emitHistoryData from './emit/history-data.js';
import emitHistoryGeo from './emit/history-geo.js';
import emitLpf from './emit/lpf.js';
import emitHistoryPicture from './site/history-picture.js';
import emitIds from './emit/ids.js';
import emitJson from './emit/json.js';
import emitJsonSchema from './emit/json-schema.js';
import emitMapSvg from './site/map-svg.js';
import emitMeta from './emit/meta.js';
import emitTimelineSvg from './site/timeline-svg.js';
import emitSources from './emit/sources.js';

/**
 * Every generator, in the order they run. Add one line per emitter module;
 * `npm run generate` writes their files and the test suite fails when a
 * committed file differs from what they produce.
 */
export const emitters: readonly Emitter[] = [emitSources, emitMeta, emitDates, emitCitationTables, emitJson, emitCsv, emitHistoryData, emitHistoryGeo, emitLpf, emitJsonSchema, emitBorder, emitIds, emitDataDictionary, emitCitation, emitDatapackage, emitDocs, emitFactSheet, emitOneFactSheet, emitHistoryPicture, emitMapSvg, emitTimelineSvg];
