import * as z from 'zod';
import { PartialDateSchema, TextSchema } from './common.js';
import { SourceRefsSchema } from './source-ref.js';
import { VariantSchema } from './variant.js';

/**
 * A date known to the year, month or day (a birth, a death) with where it
 * happened, its sources and the values other sources give.
 *
 * @example
 * ```ts
 * DatedFactSchema.parse({ date: '1871-11-17', place: 'Daugirdai', sources: [{ source: 'asgaliu-nar', locator: 'entry' }] });
 * ```
 */
export const DatedFactSchema = z
  .strictObject({
    date: PartialDateSchema,
    place: TextSchema.optional().meta({ title: 'Place', description: 'Where it happened, as the source names it.' }),
    approximate: z
      .literal(true)
      .optional()
      .meta({ title: 'Approximate', description: 'Present (true) when the source gives the date only approximately ("about 1956").' }),
    sources: SourceRefsSchema,
    variants: z.array(VariantSchema).min(1).optional().meta({ title: 'Variants', description: 'Other dates given by other sources.' }),
    placeVariants: z
      .array(VariantSchema)
      .min(1)
      .optional()
      .meta({ title: 'Place variants', description: 'Other places given by other sources, each with its sources and why it is not preferred.' }),
  })
  .meta({ title: 'Dated fact', description: 'A partial date with its place, sources and variants.' });

export type { DatedFact } from '../generated/record-types.generated.js';
