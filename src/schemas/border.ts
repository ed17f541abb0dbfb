import * as z from 'zod';
import { EditorialSchema, IdSchema, TextSchema } from './common.js';
import { LineStringGeometrySchema, PointGeometrySchema } from './geojson.js';
import { SourceRefsSchema } from './source-ref.js';
import { KmSchema, TerritorySchema } from './territory.js';

export * from './geojson.js';
export * from './territory.js';

/** What a line segment or a place rests on: the verbatim treaty, the 1921 summary, or our interpolation. */
export const BorderBasisSchema = z.enum(['treaty-text', 'contemporary-summary', 'interpolation']).meta({
  title: 'Basis',
  description:
    "treaty-text: the verbatim LNTS English fragment of Article II; contemporary-summary: the Statesman's Year-Book 1921 summary; interpolation: a chord across a stretch no available text locates.",
});

/**
 * One place Article II names, in treaty order (south-west → north-east). A
 * place not identified keeps `geometry: null`.
 *
 * @example
 * ```ts
 * WaypointSchema.parse(waypoints.features[0]);
 * ```
 */
export const WaypointSchema = z
  .strictObject({
    type: z.literal('Feature').meta({ title: 'Type', description: 'GeoJSON object type, always "Feature".' }),
    geometry: PointGeometrySchema.nullable().meta({ title: 'Geometry', description: 'The located point, or null when the place is not identified.' }),
    properties: z
      .strictObject({
        kind: z.literal('waypoint').meta({ title: 'Kind', description: 'Always "waypoint".' }),
        id: IdSchema,
        order: z.int().min(1).meta({ title: 'Order', description: 'Position in the treaty description, 1 = south-west end.' }),
        nameInTreaty: TextSchema.meta({ title: 'Name in treaty', description: 'The words as printed in the source, spelling kept.' }),
        basis: BorderBasisSchema.exclude(['interpolation']).meta({
          title: 'Basis',
          description: 'What the point rests on: treaty-text (the verbatim LNTS fragment) or contemporary-summary (the Statesman’s Year-Book 1921).',
        }),
        names: z
          .strictObject({
            en: TextSchema.optional().meta({ title: 'English', description: 'Modern English name.' }),
            be: TextSchema.optional().meta({ title: 'Belarusian', description: 'Modern Belarusian name.' }),
            ru: TextSchema.optional().meta({ title: 'Russian', description: 'Modern Russian name.' }),
            pl: TextSchema.optional().meta({ title: 'Polish', description: 'Modern Polish name.' }),
            lt: TextSchema.optional().meta({ title: 'Lithuanian', description: 'Modern Lithuanian name.' }),
          })
          .meta({ title: 'Modern names', description: 'Only the names the research gives; empty when the place is not identified.' }),
        identification: TextSchema.meta({ title: 'Identification', description: 'What the place is thought to be today, and how sure.' }),
        method: z
          .enum(['gazetteer', 'town-on-line', 'river-mouth', 'river-source', 'river-confluence', 'river-point', 'lake-centroid', 'arc-centre', 'unlocated'])
          .meta({
            title: 'Method',
            description: 'How the point was located ("river-point": on the river by the rule in identification); "unlocated" when it was not.',
          }),
        accuracyKm: KmSchema.nullable().meta({ title: 'Accuracy (km)', description: 'How far the true place may be from the point; null when unlocated.' }),
        lineOffsetKm: KmSchema.nullable().meta({
          title: 'Line offset (km)',
          description:
            'How far the treaty puts the line from this place: 0 on the line, ~1.07 for "about one verst", the radius for the arc centre; null when unstated.',
        }),
        confidence: z
          .enum(['high', 'medium', 'low', 'none'])
          .meta({ title: 'Confidence', description: 'Confidence in the identification; none when unlocated.' }),
        sources: SourceRefsSchema,
        editorial: EditorialSchema.optional(),
      })
      .meta({ title: 'Properties', description: 'The feature’s data: what it is, how it was located, how precise it is and its sources.' }),
  })
  .meta({ title: 'Waypoint', description: 'One place named by Article II, in treaty order.' });

export type { Waypoint } from '../generated/record-types.generated.js';

/**
 * One piece of the 1920 line between two consecutive located waypoints.
 *
 * @example
 * ```ts
 * BorderSegmentSchema.parse(borderLine.features[0]);
 * ```
 */
export const BorderSegmentSchema = z
  .strictObject({
    type: z.literal('Feature').meta({ title: 'Type', description: 'GeoJSON object type, always "Feature".' }),
    geometry: LineStringGeometrySchema,
    properties: z
      .strictObject({
        kind: z.literal('segment').meta({ title: 'Kind', description: 'Always "segment".' }),
        id: IdSchema,
        from: IdSchema.meta({ title: 'From', description: 'Id of the waypoint the segment starts at (south-west end).' }),
        to: IdSchema.meta({ title: 'To', description: 'Id of the waypoint it ends at (north-east end).' }),
        via: z.array(IdSchema).meta({ title: 'Via', description: 'Waypoints the treaty names in between that are unlocated or off the line.' }),
        basis: BorderBasisSchema,
        feature: z.enum(['river', 'lake-shore', 'lake-crossing', 'chord', 'arc']).meta({ title: 'Feature', description: 'What the treaty line follows here.' }),
        accuracyKm: KmSchema.meta({ title: 'Accuracy (km)', description: 'How far the true line may be from the drawn one.' }),
        note: TextSchema.optional().meta({ title: 'Note', description: 'What the drawing simplifies, e.g. a chord where the treaty follows a river.' }),
        sources: SourceRefsSchema,
        editorial: EditorialSchema.optional(),
      })
      .meta({ title: 'Properties', description: 'The feature’s data: what it is, how it was located, how precise it is and its sources.' }),
  })
  .meta({ title: 'Border segment', description: 'One piece of the 1920 Article II line.' });

export type { BorderSegment } from '../generated/record-types.generated.js';

const collectionMembers = {
  type: z.literal('FeatureCollection').meta({ title: 'Type', description: 'GeoJSON object type, always "FeatureCollection".' }),
  name: TextSchema.meta({ title: 'Name', description: 'Name of the collection.' }),
  note: TextSchema.meta({ title: 'Note', description: 'How the geometry was made.' }),
  attribution: TextSchema.meta({ title: 'Attribution', description: 'Credits the data requires.' }),
};

/**
 * The waypoints as a FeatureCollection, in treaty order.
 *
 * @example
 * ```ts
 * WaypointCollectionSchema.parse(waypoints);
 * ```
 */
export const WaypointCollectionSchema = z
  .strictObject({ ...collectionMembers, features: z.array(WaypointSchema).min(1).meta({ title: 'Features', description: 'The waypoints, in treaty order.' }) })
  .meta({ title: 'Waypoint collection', description: 'The Article II places as a GeoJSON FeatureCollection.' });

export type { WaypointCollection } from '../generated/record-types.generated.js';

/**
 * The 1920 line as a FeatureCollection of segments, south-west → north-east.
 *
 * @example
 * ```ts
 * BorderLineCollectionSchema.parse(borderLine);
 * ```
 */
export const BorderLineCollectionSchema = z
  .strictObject({
    ...collectionMembers,
    features: z.array(BorderSegmentSchema).min(1).meta({ title: 'Features', description: 'The line segments, south-west to north-east.' }),
  })
  .meta({ title: 'Border line collection', description: 'The Article II line as GeoJSON LineString segments.' });

export type { BorderLineCollection } from '../generated/record-types.generated.js';

/**
 * Everything in one FeatureCollection: waypoints, segments and the territory.
 *
 * @example
 * ```ts
 * BorderCollectionSchema.parse(border);
 * ```
 */
export const BorderCollectionSchema = z
  .strictObject({
    ...collectionMembers,
    features: z
      .array(z.union([WaypointSchema, BorderSegmentSchema, TerritorySchema]))
      .min(1)
      .meta({ title: 'Features', description: 'Waypoints, line segments and the territory.' }),
  })
  .meta({ title: 'Border collection', description: 'Waypoints, line segments and territory in one GeoJSON FeatureCollection.' });

export type { BorderCollection } from '../generated/record-types.generated.js';
