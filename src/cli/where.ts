import { type Command, jsonOutput, NotFoundError } from './command.js';
import { findByName } from './find-by-name.js';
import { inLanguage, languageHelp, languageOption } from './language.js';
import { pointArgument, readPosition } from './point-argument.js';
import { boundingBox, inBox } from './treaty-region.js';
import { type WhereAnswer, whereVerdict } from './where-verdict.js';

/** Kilometres rounded to metres, for output. */
const km = (value: number): number => Math.round(value * 1000) / 1000;

/** How far round the territory's bounding box a point still counts as in the treaty's region, for spotting swapped coordinates. */
const REGION_MARGIN_DEGREES = 1;
/** How far from a place's GeoNames point a point still stands for the place, when its record gives no accuracy. */
const PLACE_RADIUS_KM = 1;

/** Whether `query` names the waypoint: its id, a modern name, or a form in brackets in one (`Masty (Mosty)`). */
function findsWaypoint(query: string, id: string, names: readonly string[]): boolean {
  const forms = names.flatMap((name) => [name, ...[...name.matchAll(/^(.*?) \((.*)\)$/g)].flatMap((match) => [match[1] as string, match[2] as string])]);
  try {
    findByName('waypoint', query, [{ id, names: forms }]);
    return true;
  } catch {
    return false;
  }
}

/** Great-circle distance in km between two `[lon, lat]` positions (haversine, mean Earth radius). */
function kmBetween([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin((((lat2 as number) - (lat1 as number)) * rad) / 2) ** 2 +
    Math.cos((lat1 as number) * rad) * Math.cos((lat2 as number) * rad) * Math.sin((((lon2 as number) - (lon1 as number)) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const ANSWERS: Readonly<Record<WhereAnswer, string>> = {
  inside: 'yes, inside the territory recognised as Lithuanian in 1920',
  outside: 'no, outside the territory recognised as Lithuanian in 1920',
  undetermined:
    'not in the territory recognised as Lithuanian in 1920, but not on the far side of a treaty line either: beyond a side the treaty left undetermined (Art. II note 1)',
  undecided: 'not decided: the point lies within the line’s accuracy, and neither the geometry nor a source for this point says which side it is on',
};

/**
 * `lt-ru-1920 where LON LAT | "LAT, LON" | PLACE`.
 *
 * @example
 * ```ts
 * JSON.parse(await where.run({ values: { json: true }, positionals: ['Pastavy'] })).basis; //=> 'sources'
 * ```
 */
export const where: Command = {
  usage: 'LON LAT | "LAT, LON" | PLACE [--as-given] [--lang LANG] [--json]',
  help: [
    'Says whether a point lies inside the territory the 1920 treaty recognised as Lithuanian, and',
    'what that answer rests on: the border geometry, or — for a place too close to the line for the',
    'geometry to decide — the sources of lt-ru-1920/history, which it always agrees with. Give',
    'LON LAT (WGS84 decimal degrees, negative numbers fine), a pair pasted as one argument and read',
    'as latitude, longitude as map apps copy it ("54.6892, 25.2798"), or a place by any name the data',
    'holds (vilnius, Wilno, Гродно; also the located places Article II names: Mosty, Lake Narach).',
    'When the numbers lie in the treaty’s region only the other way',
    'round (its bounding box and 1° round it), it answers for the swapped point and says so. Beyond',
    'the sides the treaty left undetermined (Art. II note 1: the Polish side toward Suwałki, Sejny',
    'and Augustów, and the Latvian side) it says that instead of a distance to the Article II line.',
    '  --as-given    never swap the numbers',
    languageHelp,
    '  --json        print the answer as one JSON object',
    'Examples: lt-ru-1920 where 25.2798 54.6892',
    '          lt-ru-1920 where Pastavy',
  ].join('\n'),
  options: { json: { type: 'boolean' }, lang: { type: 'string' }, 'as-given': { type: 'boolean' } },
  positionals: ['LON'],
  optionalPositionals: ['LAT'],
  async run({ values, positionals }) {
    const language = languageOption(values.lang);
    const argument = pointArgument(positionals);
    const border = await import('../border/index.js');
    const { historyPlaces } = await import('../history/index.js');
    const box = boundingBox(border.territory.geometry, 0);
    const region = boundingBox(border.territory.geometry, REGION_MARGIN_DEGREES);

    let position: readonly [number, number] = [0, 0];
    let swapped = false;
    let named: { readonly id: string; readonly name: string } | undefined;
    let waypoint: { readonly id: string; readonly name: string; readonly method: string; readonly accuracyKm: number | null } | undefined;
    if (argument.kind === 'name') {
      const { places } = await import('../index.js');
      const candidates = places.map((place) => ({ id: place.id, name: place.name, names: Object.values(place.name) as string[] }));
      let found: (typeof candidates)[number] | undefined;
      try {
        found = findByName('place', argument.name, candidates);
      } catch (error) {
        // Not a place of the data: perhaps a place Article II names, located on the border.
        const located = border.waypoints.features.filter((feature) => feature.geometry !== null);
        const match = located.find((feature) => findsWaypoint(argument.name, feature.properties.id, Object.values(feature.properties.names) as string[]));
        if (match === undefined || match.geometry === null) throw error;
        const { id, names, method, accuracyKm } = match.properties;
        position = match.geometry.coordinates as unknown as readonly [number, number];
        waypoint = { id, name: names.en ?? id, method, accuracyKm };
      }
      if (found !== undefined) {
        const history = historyPlaces.find((place) => place.id === found.id);
        if (history === undefined) {
          throw new NotFoundError(
            `${found.name.en} (${found.id}) has no position in the data: where knows the ${historyPlaces.length} places of lt-ru-1920/history (${historyPlaces.map((place) => place.id).join(', ')}) and the located places Article II names; give LON LAT for others`,
          );
        }
        position = history.position as readonly [number, number];
        named = { id: found.id, name: inLanguage(found.name, language) };
      }
    } else {
      ({ position, swapped } = readPosition(argument, (point) => inBox(region, point), values['as-given'] === true));
    }

    const inDrawnTerritory = border.containsPoint(position);
    const { segment, distanceKm } = border.nearestSegment(position);
    const { side, distanceKm: sideKm } = border.nearestSide(position);
    const { id, basis, feature, accuracyKm } = segment.properties;
    const withinAccuracy = distanceKm <= accuracyKm;
    const beyondTreatyLine = side.basis === 'treaty-line';

    // A place of lt-ru-1920/history this point stands for: the one named, or one within its accuracy (else 1 km) of the point.
    const nearPlace = historyPlaces
      .map((place) => ({ place, away: kmBetween(place.position, position) }))
      .filter(
        ({ place, away }) =>
          place.id === named?.id || (named === undefined && away <= ((place as { readonly accuracyKm?: number }).accuracyKm ?? PLACE_RADIUS_KM)),
      )
      .sort((a, b) => a.away - b.away)[0];
    // The names live in lt-ru-1920, loaded only for a name asked for or --lang: a point given by coordinates answers with the id (start-up).
    let placeName = named?.name;
    if (nearPlace !== undefined && placeName === undefined && values.lang !== undefined) {
      const { places } = await import('../index.js');
      const record = places.find((candidate) => candidate.id === nearPlace.place.id);
      placeName = record === undefined ? nearPlace.place.id : inLanguage(record.name, language);
    }

    const {
      answer,
      basis: answerBasis,
      explanation: basisText,
    } = whereVerdict({
      inDrawnTerritory,
      lineKm: distanceKm,
      lineAccuracyKm: accuracyKm,
      side,
      inTreatyBox: inBox(box, position),
      ...(nearPlace === undefined
        ? {}
        : {
            place: {
              name: placeName ?? nearPlace.place.id,
              inTreatyTerritory: nearPlace.place.inTreatyTerritory,
              inTreatyBasis: nearPlace.place.inTreatyBasis,
              sources: [...new Set(nearPlace.place.sources.map((ref) => ref.source))],
            },
          }),
    });

    const notes: string[] = [];
    if (swapped) {
      const [lon, lat] = position;
      notes.push(
        `read in the order given (${argument.kind === 'numbers' && argument.order === 'lat-lon' ? 'latitude, longitude' : 'longitude, latitude'}) the numbers lie outside the treaty's region (${region.west}–${region.east}° E, ${region.south}–${region.north}° N); the other way round they lie in it: this answer is for longitude ${lon}, latitude ${lat} (--as-given answers for the order given)`,
      );
    }
    const showLine = inDrawnTerritory || beyondTreatyLine || answer === 'undecided';
    const sideFacts = { id: side.id, side: side.side, basis: side.basis, accuracyKm: side.accuracyKm, distanceKm: km(sideKm) };
    const sideText =
      side.accuracyKm === null
        ? `${side.side}, ${km(sideKm).toFixed(1)} km ${inDrawnTerritory ? 'away' : 'beyond the drawn edge'} (${side.id}, drawn along ${side.basis === 'connector' ? 'a straight connector' : 'today’s border'}, not a treaty line): ${side.note}`
        : `${side.side}, ${km(sideKm).toFixed(1)} km ${inDrawnTerritory ? 'away' : 'beyond the edge'} (${side.id}, ${side.basis}, accuracy ±${side.accuracyKm} km)`;

    if (values.json) {
      return jsonOutput({
        position,
        ...(argument.kind === 'name' ? { query: argument.name } : {}),
        swapped,
        ...(nearPlace === undefined
          ? {}
          : { place: { id: nearPlace.place.id, ...(placeName === undefined ? {} : { name: placeName }), distanceKm: km(nearPlace.away) } }),
        ...(waypoint === undefined ? {} : { waypoint }),
        answer,
        inside: answer === 'inside' ? true : answer === 'undecided' ? null : false,
        basis: answerBasis,
        inDrawnTerritory,
        ...(showLine ? { distanceToLineKm: km(distanceKm), nearestSegment: { id, basis, feature, accuracyKm }, withinAccuracy } : {}),
        nearestSide: sideFacts,
        explanation: basisText,
        notes,
      });
    }
    return [
      `position   ${position[0]}, ${position[1]} (longitude, latitude)`,
      ...(nearPlace === undefined
        ? []
        : [
            `place      ${placeName === undefined ? `${nearPlace.place.id} (a place of lt-ru-1920/history)` : `${placeName} (${nearPlace.place.id})`}, ${nearPlace.away < 0.05 ? 'its GeoNames position' : `${km(nearPlace.away).toFixed(1)} km from its GeoNames position`}`,
          ]),
      ...(waypoint === undefined || nearPlace !== undefined
        ? []
        : [
            `waypoint   ${waypoint.name} (${waypoint.id}), a place Article II names (located by method ${waypoint.method}, accuracy ±${waypoint.accuracyKm} km)`,
          ]),
      ...notes.map((note) => `note       ${note}`),
      `inside     ${ANSWERS[answer]}`,
      `basis      ${basisText}`,
      ...(showLine
        ? [
            `distance   ${km(distanceKm).toFixed(1)} km to the Article II line`,
            `nearest    segment ${id}: ${feature}, basis ${basis}, accuracy ±${accuracyKm} km`,
          ]
        : []),
      ...(beyondTreatyLine ? [] : [`side       ${sideText}`]),
      '',
    ].join('\n');
  },
};
