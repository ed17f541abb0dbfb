import { jsonOutput, type Command } from './command.js';
import { parseCoordinate } from './coordinate.js';

/** Kilometres rounded to metres, for output. */
const km = (value: number): number => Math.round(value * 1000) / 1000;

/** `lt-ru-1920 where LON LAT`. */
export const where: Command = {
  usage: 'LON LAT [--json]',
  help: [
    'Says whether a point (WGS84 longitude and latitude, decimal degrees) lies inside the territory',
    'the 1920 treaty recognised as Lithuanian, how far it is from the Article II line, and which',
    'segment of the line is nearest, with what that segment rests on and how accurate it is. When',
    'the point lies within that accuracy of the line, the sources do not decide the answer: it says so.',
    'Negative numbers are fine: lt-ru-1920 where -0.1276 51.5072.',
    'Example: lt-ru-1920 where 25.2798 54.6892',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['LON', 'LAT'],
  async run({ values, positionals }) {
    const position: [number, number] = [parseCoordinate('longitude', positionals[0] as string), parseCoordinate('latitude', positionals[1] as string)];
    const { containsPoint, nearestSegment } = await import('../border/index.js');
    const inside = containsPoint(position);
    const { segment, distanceKm } = nearestSegment(position);
    const { id, basis, feature, accuracyKm } = segment.properties;
    const withinAccuracy = distanceKm <= accuracyKm;
    const warning = withinAccuracy
      ? `the point is ${km(distanceKm).toFixed(1)} km from the line, within this segment's accuracy of ±${accuracyKm} km: the sources do not decide which side it lies on, and "inside" follows the schematic drawing only`
      : undefined;
    if (values.json) {
      return jsonOutput({
        position,
        inside,
        distanceToLineKm: km(distanceKm),
        nearestSegment: { id, basis, feature, accuracyKm },
        withinAccuracy,
        ...(warning === undefined ? {} : { warning }),
      });
    }
    return [
      `position   ${position[0]}, ${position[1]} (longitude, latitude)`,
      `inside     ${inside ? 'yes, inside the territory recognised as Lithuanian in 1920' : 'no, outside the territory recognised as Lithuanian in 1920'}`,
      `distance   ${km(distanceKm).toFixed(1)} km to the Article II line`,
      `nearest    segment ${id}: ${feature}, basis ${basis}, accuracy ±${accuracyKm} km`,
      ...(warning === undefined ? [] : [`warning    ${warning}`]),
      '',
    ].join('\n');
  },
};
