import { describe, expect, it } from 'vitest';
import { borderLine, territory, waypoints } from '../../src/border/index.js';
import { BorderSegmentSchema, LinearRingSchema, PositionSchema, TerritorySchema, WaypointSchema } from '../../src/schemas/border.js';
import { recordSchemas } from '../../src/schemas/record-schemas.js';

const clone = <T>(value: T): T => structuredClone(value) as T;
/** A writable deep copy of the territory, to break on purpose. */
const editableTerritory = () => structuredClone(territory) as unknown as { geometry: { coordinates: number[][][] } };
const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('border schemas', () => {
  it('are registered by name for validate() and the JSON Schema files', () => {
    expect(recordSchemas.Waypoint).toBe(WaypointSchema);
    expect(recordSchemas.BorderSegment).toBe(BorderSegmentSchema);
    expect(recordSchemas.Territory).toBe(TerritorySchema);
    expect(Object.keys(recordSchemas)).toEqual(expect.arrayContaining(['WaypointCollection', 'BorderLineCollection']));
  });

  it('accept every shipped feature', () => {
    for (const f of waypoints.features) expect(WaypointSchema.safeParse(f).success).toBe(true);
    for (const f of borderLine.features) expect(BorderSegmentSchema.safeParse(f).success).toBe(true);
    expect(TerritorySchema.safeParse(territory).success).toBe(true);
  });

  it('reject positions with latitude 91, longitude 181, 7 decimals, NaN or an altitude', () => {
    expect(PositionSchema.safeParse([25, 54]).success).toBe(true);
    expect(PositionSchema.safeParse([25.123456, 54]).success).toBe(true);
    expect(PositionSchema.safeParse([25, 91]).success).toBe(false);
    expect(PositionSchema.safeParse([181, 54]).success).toBe(false);
    expect(PositionSchema.safeParse([25.1234567, 54]).success).toBe(false);
    expect(PositionSchema.safeParse([Number.NaN, 54]).success).toBe(false);
    expect(PositionSchema.safeParse([25, 54, 100]).success).toBe(false);
  });

  it('reject open rings and rings of fewer than 4 positions', () => {
    expect(LinearRingSchema.safeParse(square).success).toBe(true);
    expect(LinearRingSchema.safeParse(square.slice(0, -1)).success).toBe(false);
    expect(
      LinearRingSchema.safeParse([
        [0, 0],
        [1, 1],
        [0, 0],
      ]).success,
    ).toBe(false);
  });

  it('reject a territory that is open, clockwise, out of range or over-precise', () => {
    const open = editableTerritory();
    open.geometry.coordinates[0]?.pop();
    expect(TerritorySchema.safeParse(open).success).toBe(false);

    const clockwise = editableTerritory();
    clockwise.geometry.coordinates[0]?.reverse();
    const result = TerritorySchema.safeParse(clockwise);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('the exterior ring must be counter-clockwise (RFC 7946 right-hand rule)');

    const lat91 = editableTerritory();
    (lat91.geometry.coordinates[0]?.[5] as number[])[1] = 91;
    expect(TerritorySchema.safeParse(lat91).success).toBe(false);

    const precise = editableTerritory();
    (precise.geometry.coordinates[0]?.[5] as number[])[0] = 25.1234567;
    expect(TerritorySchema.safeParse(precise).success).toBe(false);
  });

  it('reject a segment with an unknown basis, a waypoint without sources, and unknown properties', () => {
    const segment = clone(borderLine.features[0]) as { properties: Record<string, unknown> };
    segment.properties.basis = 'guess';
    expect(BorderSegmentSchema.safeParse(segment).success).toBe(false);
    const waypoint = clone(waypoints.features[0]) as { properties: Record<string, unknown> };
    waypoint.properties.sources = [];
    expect(WaypointSchema.safeParse(waypoint).success).toBe(false);
    const extra = clone(waypoints.features[0]) as { properties: Record<string, unknown> };
    extra.properties.population = 1;
    expect(WaypointSchema.safeParse(extra).success).toBe(false);
  });
});
