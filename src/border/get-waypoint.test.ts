import { describe, expect, expectTypeOf, it } from 'vitest';
import { waypoints } from '../generated/border-data.generated.js';
import type { WaypointId } from '../generated/border-ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Waypoint } from '../schemas/border.js';
import { getWaypoint } from './get-waypoint.js';

describe('getWaypoint', () => {
  it('finds every feature by its properties.id', () => {
    for (const feature of waypoints.features) expect(getWaypoint(feature.properties.id)).toBe(feature);
  });
  it('returns svislach-mouth with its properties.method', () => {
    expect(getWaypoint('svislach-mouth').properties.method).toBe('river-mouth');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getWaypoint('nowhere')).toBeUndefined();
    expect(getWaypoint('__proto__')).toBeUndefined();
    expect(getWaypoint('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getWaypoint(42 as unknown as string)).toThrow(/^getWaypoint: id must be a string, received number$/);
  });
  it('types a known id as the feature and any other string as feature | undefined', () => {
    expectTypeOf(getWaypoint('svislach-mouth')).toEqualTypeOf<DeepReadonly<Waypoint>>();
    expectTypeOf(getWaypoint('nowhere' as string)).toEqualTypeOf<DeepReadonly<Waypoint> | undefined>();
    expectTypeOf<'svislach-mouth'>().toExtend<WaypointId>();
    // @ts-expect-error a misspelt id is not an WaypointId
    const misspelt: WaypointId = 'svislach-mouth-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
