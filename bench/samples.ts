import type * as Border from '../src/border/index.js';
import type * as Data from '../src/index.js';
import type { RecordKind } from '../src/schemas/record-schemas.js';

/** One record and the kind (`validate` / JSON Schema name) it is an instance of. */
export type Sample = readonly [RecordKind, unknown];

/**
 * Every record the package ships, each under its kind: what the validation
 * figure validates and what the fuzz suite corrupts. Takes the entries'
 * namespaces, so it works on src/ (tests) and on dist/ (bench) alike.
 */
export function samplesOf(data: typeof Data, border: typeof Border): Sample[] {
  return [
    ['Treaty', data.treaty],
    ['LeagueRegistration', data.registration],
    ...data.events.map((record): Sample => ['Event', record]),
    ...data.signatories.map((record): Sample => ['Signatory', record]),
    ...data.parties.map((record): Sample => ['Party', record]),
    ...data.articles.map((record): Sample => ['Article', record]),
    ...data.places.map((record): Sample => ['Place', record]),
    ...data.sources.map((record): Sample => ['Source', record]),
    ...data.ratifications.map((record): Sample => ['Ratification', record]),
    ['WaypointCollection', border.waypoints],
    ...border.waypoints.features.map((record): Sample => ['Waypoint', record]),
    ['BorderLineCollection', border.borderLine],
    ...border.borderLine.features.map((record): Sample => ['BorderSegment', record]),
    ['Territory', border.territory],
  ];
}
