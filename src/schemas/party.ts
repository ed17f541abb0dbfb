import * as z from 'zod';
import { EditorialSchema, IdSchema, TextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * A state that concluded the treaty, named as the treaty names it.
 *
 * @example
 * ```ts
 * PartySchema.shape.abbreviation.parse('RSFSR'); //=> 'RSFSR'
 * ```
 */
export const PartySchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.meta({
      title: 'Name',
      description: 'Full name of the state as the treaty and its translations give it.',
    }),
    shortName: LocalizedTextSchema.meta({ title: 'Short name', description: 'The short form the preamble uses ("Russia", "Lithuania").' }),
    abbreviation: TextSchema.optional().meta({ title: 'Abbreviation', description: 'Common abbreviation, such as RSFSR.' }),
    government: LocalizedTextSchema.meta({ title: 'Government', description: 'The government that appointed plenipotentiaries, as the preamble names it.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Party', description: 'A state that concluded the treaty.' });

export type { Party } from '../generated/record-types.generated.js';
