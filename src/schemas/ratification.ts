import * as z from 'zod';
import { EditorialSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { SourceRefsSchema } from './source-ref.js';
import { VariantSchema } from './variant.js';

/**
 * The ratification of the treaty by one party: which body ratified it and
 * when. The date is the one of the matching event record.
 *
 * @example
 * ```ts
 * RatificationSchema.shape.party.parse('rsfsr'); //=> 'rsfsr'
 * ```
 */
export const RatificationSchema = z
  .strictObject({
    id: IdSchema,
    party: IdSchema.meta({ title: 'Party', description: 'Id of the ratifying party.' }),
    body: LocalizedTextSchema.meta({ title: 'Body', description: 'The body that ratified the treaty.' }),
    date: IsoDateSchema.meta({ title: 'Date', description: 'Preferred date of ratification (from the event record).' }),
    event: IdSchema.meta({ title: 'Event', description: 'Id of the event record this ratification is dated by.' }),
    note: TextSchema.optional().meta({ title: 'Note', description: 'What the sources add, such as abstentions.' }),
    variants: z.array(VariantSchema).min(1).optional().meta({ title: 'Variants', description: 'Other dates given by other sources (from the event record).' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Ratification', description: 'The ratification of the treaty by one party.' });

export type { Ratification } from '../generated/record-types.generated.js';
