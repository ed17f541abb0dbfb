/**
 * Builds the border features (waypoints, segments, territory) from the
 * hand-written records in `src/border/records/`. Pure: the emitter writes what this returns.
 */

import { segmentInputs } from '../../../src/border/records/segments.js';
import { territoryInput } from '../../../src/border/records/territory.js';
import { waypointInputs } from '../../../src/border/records/waypoints.js';
import type { BorderLineCollection, BorderSegment, Territory, Waypoint, WaypointCollection } from '../../../src/schemas/border.js';
import { bearing, destination, type Position, roundPosition, signedArea2, sphericalRingAreaKm2, VERST_KM } from './geo.js';
import { closeTerritory } from './territory.js';

/**
 * The top-level note every collection carries.
 *
 * @example
 * ```ts
 * NOTE.startsWith('Schematic reconstruction'); //=> true
 * ```
 */
export const NOTE =
  "Schematic reconstruction from the treaty text and the Statesman's Year-Book 1921 summary; not a survey. Positional uncertainty about 3–5 km on river and lake sectors and up to 15 km elsewhere: see each feature's accuracyKm.";
/**
 * The credits the data requires (GeoNames CC BY 4.0).
 *
 * @example
 * ```ts
 * ATTRIBUTION.includes('CC BY 4.0'); //=> true
 * ```
 */
export const ATTRIBUTION =
  'Place coordinates © GeoNames (geonames.org), CC BY 4.0. Closing borders from Natural Earth (public domain). River and lake points from Wikipedia infoboxes, cited per feature.';

/**
 * Radius of the Grodno arc: 17.5 versts, the middle of the summary's "15 to 20 versts".
 *
 * @example
 * ```ts
 * ARC_RADIUS_KM; //=> 18.669
 * ```
 */
export const ARC_RADIUS_KM = 17.5 * VERST_KM;
const ARC_WEST_BEARING = 270;
const ARC_STEP_DEG = 5;

function positionOf(id: string): Position {
  const input = waypointInputs.find((w) => w.id === id);
  if (!input?.position) throw new Error(`segment endpoint ${id} is not a located waypoint`);
  return input.position;
}

/** The arc round Grodno from due west, through south, to the bearing of the Svislach mouth, then to the mouth itself. */
function grodnoArc(centre: Position, end: Position): Position[] {
  const endBearing = bearing(centre, end);
  const points: Position[] = [];
  for (let b = ARC_WEST_BEARING; b > endBearing; b -= ARC_STEP_DEG) points.push(destination(centre, b, ARC_RADIUS_KM));
  points.push(destination(centre, endBearing, ARC_RADIUS_KM), end);
  return points;
}

function buildWaypoints(): Waypoint[] {
  return waypointInputs.map(({ position, ...props }) => ({
    type: 'Feature',
    geometry: position ? { type: 'Point', coordinates: roundPosition(position) } : null,
    properties: { kind: 'waypoint', ...props },
  }));
}

function buildSegments(): BorderSegment[] {
  return segmentInputs.map(({ extraVertices = [], ...props }) => {
    const coordinates =
      props.feature === 'arc' ? grodnoArc(positionOf(props.from), positionOf(props.to)) : [positionOf(props.from), ...extraVertices, positionOf(props.to)];
    return { type: 'Feature', geometry: { type: 'LineString', coordinates: coordinates.map(roundPosition) }, properties: { kind: 'segment', ...props } };
  });
}

/** Every vertex of the line, south-west → north-east, joints not repeated. */
function lineVertices(segments: readonly BorderSegment[]): Position[] {
  const line: Position[] = [];
  for (const segment of segments) {
    const coords = segment.geometry.coordinates;
    line.push(...(line.length === 0 ? coords : coords.slice(1)));
  }
  return line;
}

function buildTerritory(line: readonly Position[], clip: Parameters<typeof closeTerritory>[1]): Territory {
  const { ring, closure } = closeTerritory(line, clip);
  const rounded = ring.map(roundPosition);
  if (!(signedArea2(rounded) > 0)) throw new Error('territory exterior ring is not counter-clockwise');
  const { id, name, status, precision, excludes, sources } = territoryInput;
  const areaKm2 = Math.round(sphericalRingAreaKm2(rounded) / 10) * 10;
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [rounded] },
    properties: { kind: 'territory', id, name, status, precision, areaKm2, excludes, closure, sources },
  };
}

/**
 * The three collections the package ships, built from the inputs and the Natural Earth clip.
 *
 * @example
 * ```ts
 * buildBorder(clip).territory.properties.areaKm2;
 * ```
 */
export function buildBorder(clip: Parameters<typeof closeTerritory>[1]): {
  waypoints: WaypointCollection;
  borderLine: BorderLineCollection;
  territory: Territory;
} {
  const segments = buildSegments();
  const members = { note: NOTE, attribution: ATTRIBUTION } as const;
  return {
    waypoints: { type: 'FeatureCollection', name: 'Article II waypoints, 1920', ...members, features: buildWaypoints() },
    borderLine: { type: 'FeatureCollection', name: 'Article II line, 1920', ...members, features: segments },
    territory: buildTerritory(lineVertices(segments), clip),
  };
}
