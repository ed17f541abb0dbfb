import * as z from 'zod';

const hasAtMostSixDecimals = (value: number): boolean => Number(value.toFixed(6)) === value;

/**
 * A GeoJSON position as this package ships it: `[longitude, latitude]` in
 * WGS 84 degrees (RFC 7946 §3.1.1), no altitude, at most 6 decimals.
 *
 * @example
 * ```ts
 * PositionSchema.parse([25.2798, 54.6892]); //=> [25.2798, 54.6892]
 * PositionSchema.safeParse([25.2798, 91]).success; //=> false
 * ```
 */
export const PositionSchema = z
  .tuple([
    z.number().min(-180).max(180).refine(hasAtMostSixDecimals, { error: 'must have at most 6 decimals' }).meta({
      title: 'Longitude',
      description: 'Degrees east of Greenwich, −180…180, at most 6 decimals.',
    }),
    z.number().min(-90).max(90).refine(hasAtMostSixDecimals, { error: 'must have at most 6 decimals' }).meta({
      title: 'Latitude',
      description: 'Degrees north, −90…90, at most 6 decimals.',
    }),
  ])
  .meta({ title: 'Position', description: '[longitude, latitude] in WGS 84 degrees (RFC 7946), at most 6 decimals.' });

import type { Position } from '../generated/record-types.generated.js';

export type { Position };

/** Twice the signed planar area of a ring in degree space: positive when counter-clockwise. */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

const isClosed = (ring: readonly Position[]): boolean => {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
};

/**
 * A closed linear ring (RFC 7946 §3.1.6): at least four positions, the last
 * equal to the first.
 *
 * @example
 * ```ts
 * LinearRingSchema.safeParse([[0, 0], [1, 0], [1, 1], [0, 0]]).success; //=> true
 * LinearRingSchema.safeParse([[0, 0], [1, 0], [1, 1], [0, 1]]).success; //=> false (open)
 * ```
 */
export const LinearRingSchema = z
  .array(PositionSchema)
  .min(4, { error: 'a linear ring needs at least 4 positions' })
  .refine(isClosed, { error: 'a linear ring must end where it starts (closed)' })
  .meta({ title: 'Linear ring', description: 'Closed ring of at least 4 positions, last = first (RFC 7946 §3.1.6).' });

/**
 * Polygon rings: the exterior ring counter-clockwise, holes clockwise (the
 * RFC 7946 §3.1.6 right-hand rule).
 *
 * @example
 * ```ts
 * PolygonRingsSchema.safeParse([[[0, 0], [1, 0], [1, 1], [0, 0]]]).success; //=> true
 * PolygonRingsSchema.safeParse([[[0, 0], [1, 1], [1, 0], [0, 0]]]).success; //=> false (clockwise)
 * ```
 */
export const PolygonRingsSchema = z
  .array(LinearRingSchema)
  .min(1, { error: 'a polygon needs an exterior ring' })
  .superRefine((rings, ctx) => {
    rings.forEach((ring, index) => {
      const area = signedArea2(ring);
      if (index === 0 && !(area > 0))
        ctx.addIssue({ code: 'custom', path: [0], message: 'the exterior ring must be counter-clockwise (RFC 7946 right-hand rule)' });
      if (index > 0 && !(area < 0)) ctx.addIssue({ code: 'custom', path: [index], message: 'a hole must be clockwise (RFC 7946 right-hand rule)' });
    });
  })
  .meta({ title: 'Polygon rings', description: 'Exterior ring counter-clockwise, then clockwise holes (RFC 7946 right-hand rule).' });

/**
 * A GeoJSON Point geometry.
 *
 * @example
 * ```ts
 * PointGeometrySchema.parse({ type: 'Point', coordinates: [25.2798, 54.6892] });
 * ```
 */
export const PointGeometrySchema = z
  .strictObject({ type: z.literal('Point').meta({ title: 'Type', description: 'GeoJSON object type, always "Point".' }), coordinates: PositionSchema })
  .meta({ title: 'Point', description: 'A GeoJSON Point.' });

/**
 * A GeoJSON LineString geometry with at least two positions.
 *
 * @example
 * ```ts
 * LineStringGeometrySchema.parse({ type: 'LineString', coordinates: [[24, 53.5], [24.5, 53.4]] });
 * ```
 */
export const LineStringGeometrySchema = z
  .strictObject({
    type: z.literal('LineString').meta({ title: 'Type', description: 'GeoJSON object type, always "LineString".' }),
    coordinates: z
      .array(PositionSchema)
      .min(2, { error: 'a line needs at least 2 positions' })
      .meta({ title: 'Coordinates', description: 'The vertices, [lon, lat] each.' }),
  })
  .meta({ title: 'LineString', description: 'A GeoJSON LineString of at least 2 positions.' });

/**
 * A GeoJSON Polygon or MultiPolygon geometry obeying the right-hand rule.
 *
 * @example
 * ```ts
 * AreaGeometrySchema.parse({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] });
 * ```
 */
export const AreaGeometrySchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('Polygon').meta({ title: 'Type', description: 'GeoJSON object type, always "Polygon".' }),
      coordinates: PolygonRingsSchema,
    }),
    z.strictObject({
      type: z.literal('MultiPolygon').meta({ title: 'Type', description: 'GeoJSON object type, always "MultiPolygon".' }),
      coordinates: z.array(PolygonRingsSchema).min(1).meta({ title: 'Coordinates', description: 'The polygons, each a list of rings.' }),
    }),
  ])
  .meta({ title: 'Polygon or MultiPolygon', description: 'A GeoJSON Polygon or MultiPolygon (RFC 7946 right-hand rule).' });
