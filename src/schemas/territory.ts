import * as z from 'zod';
import { IdSchema, TextSchema } from './common.js';
import { AreaGeometrySchema, PositionSchema } from './geojson.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * A non-negative distance in kilometres.
 *
 * @example
 * ```ts
 * KmSchema.parse(18.67); //=> 18.67
 * ```
 */
export const KmSchema = z.number().min(0).meta({ title: 'Kilometres', description: 'A distance in kilometres.' });

/**
 * One stretch of the territory's outline that the treaty did not draw, and
 * how it was closed.
 *
 * @example
 * ```ts
 * ClosingEdgeSchema.parse(territory.properties.closure[0]);
 * ```
 */
export const ClosingEdgeSchema = z
  .strictObject({
    id: IdSchema,
    side: TextSchema.meta({ title: 'Side', description: 'The neighbour on that side in July 1920.' }),
    basis: z.enum(['treaty-line', 'modern-border', 'pre-1914-frontier', 'connector']).meta({
      title: 'Basis',
      description:
        'treaty-line: the Article II line; modern-border: Natural Earth admin-0; pre-1914-frontier: the old Russo-German frontier; connector: a straight closing chord.',
    }),
    from: PositionSchema.meta({ title: 'From', description: 'First vertex of the stretch on the exterior ring.' }),
    to: PositionSchema.meta({ title: 'To', description: 'Last vertex of the stretch on the exterior ring.' }),
    accuracyKm: KmSchema.nullable().meta({ title: 'Accuracy (km)', description: 'Positional uncertainty; null when the treaty leaves the side undetermined.' }),
    note: TextSchema.meta({ title: 'Note', description: 'Why this closure and what it means.' }),
    sources: SourceRefsSchema,
  })
  .meta({ title: 'Closing edge', description: 'A stretch of the territory outline and its basis.' });

export type { ClosingEdge } from '../generated/record-types.generated.js';

/**
 * The territory the treaty recognised as Lithuania's, closed by a documented
 * policy on the sides the treaty did not draw.
 *
 * @example
 * ```ts
 * TerritorySchema.parse(territory);
 * ```
 */
export const TerritorySchema = z
  .strictObject({
    type: z.literal('Feature').meta({ title: 'Type', description: 'GeoJSON object type, always "Feature".' }),
    geometry: AreaGeometrySchema,
    properties: z
      .strictObject({
        kind: z.literal('territory').meta({ title: 'Kind', description: 'Always "territory".' }),
        id: IdSchema,
        name: TextSchema.meta({ title: 'Name', description: 'What the polygon is.' }),
        status: TextSchema.meta({ title: 'Status', description: 'Legal standing of the territory.' }),
        precision: z.literal('schematic').meta({ title: 'Precision', description: 'Always "schematic": not a survey.' }),
        areaKm2: KmSchema.meta({ title: 'Area (km²)', description: 'Spherical area of the polygon, rounded to 10 km².' }),
        excludes: TextSchema.meta({ title: 'Excludes', description: 'What was deliberately left out, and why.' }),
        closure: z
          .array(ClosingEdgeSchema)
          .min(1)
          .meta({ title: 'Closure', description: 'Every stretch of the exterior ring, in ring order, with its basis.' }),
        sources: SourceRefsSchema,
      })
      .meta({ title: 'Properties', description: 'The feature’s data: what it is, how it was located, how precise it is and its sources.' }),
  })
  .meta({ title: 'Territory', description: 'The territory recognised as Lithuanian by the treaty (schematic).' });

export type { Territory } from '../generated/record-types.generated.js';
