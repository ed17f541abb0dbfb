import { describe, expect, it } from 'vitest';
import { distanceToLineKm, nearestSegment } from '../border/index.js';
import { run } from './run.js';

/** `where --json` for a position, parsed. */
async function whereJson(lon: string, lat: string) {
  const { code, stdout } = await run(['where', lon, lat, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as {
    position: [number, number];
    inside: boolean;
    distanceToLineKm: number;
    nearestSegment: { id: string; basis: string; feature: string; accuracyKm: number };
    withinAccuracy: boolean;
    warning?: string;
  };
}

describe('lt-ru-1920 where', () => {
  it('--json gives the distance to the line rounded to metres and the nearest segment’s properties', async () => {
    for (const [lon, lat] of [['25.2798', '54.6892'], ['27.5667', '53.9'], ['26.83263', '55.11676'], ['23.9', '54.9']] as const) {
      const answer = await whereJson(lon, lat);
      const position: [number, number] = [Number(lon), Number(lat)];
      expect(answer.distanceToLineKm).toBe(Math.round(distanceToLineKm(position) * 1000) / 1000);
      const { id, basis, feature, accuracyKm } = nearestSegment(position).segment.properties;
      expect(answer.nearestSegment).toEqual({ id, basis, feature, accuracyKm });
      expect(answer.withinAccuracy).toBe(distanceToLineKm(position) <= accuracyKm);
    }
  });
  it('prints the same answer as lines, with the distance to 0.1 km', async () => {
    for (const [lon, lat] of [['25.2798', '54.6892'], ['-0.5', '54'], ['26.83263', '55.11676']] as const) {
      const answer = await whereJson(lon, lat);
      const { id, basis, feature, accuracyKm } = answer.nearestSegment;
      const distance = answer.distanceToLineKm.toFixed(1);
      expect(await run(['where', lon, lat])).toEqual({
        code: 0,
        stdout: [
          `position   ${Number(lon)}, ${Number(lat)} (longitude, latitude)`,
          `inside     ${answer.inside ? 'yes, inside' : 'no, outside'} the territory recognised as Lithuanian in 1920`,
          `distance   ${distance} km to the Article II line`,
          `nearest    segment ${id}: ${feature}, basis ${basis}, accuracy ±${accuracyKm} km`,
          ...(answer.withinAccuracy
            ? [
                `warning    the point is ${distance} km from the line, within this segment's accuracy of ±${accuracyKm} km: the sources do not decide which side it lies on, and "inside" follows the schematic drawing only`,
              ]
            : []),
          '',
        ].join('\n'),
        stderr: '',
      });
    }
  });
  it('the warning in --json is the one printed', async () => {
    const answer = await whereJson('26.83263', '55.11676');
    expect(answer.warning).toBe(
      `the point is ${answer.distanceToLineKm.toFixed(1)} km from the line, within this segment's accuracy of ±${answer.nearestSegment.accuracyKm} km: the sources do not decide which side it lies on, and "inside" follows the schematic drawing only`,
    );
    expect(Object.keys(answer)).toEqual(['position', 'inside', 'distanceToLineKm', 'nearestSegment', 'withinAccuracy', 'warning']);
  });
  it('takes negative numbers written with a leading point', async () => {
    expect((await whereJson('-.5', '-.25')).position).toEqual([-0.5, -0.25]);
  });
});
