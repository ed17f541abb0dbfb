import * as z from 'zod';
import { EditorialSchema, IdSchema, TextSchema } from './common.js';
import { DatedFactSchema } from './dated-fact.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * One of the eight plenipotentiaries named in the preamble who signed the
 * treaty, with the name forms the sources use.
 *
 * @example
 * ```ts
 * SignatorySchema.shape.side.parse('lithuania'); //=> 'lithuania'
 * ```
 */
export const SignatorySchema = z
  .strictObject({
    id: IdSchema,
    side: IdSchema.meta({ title: 'Side', description: 'Id of the party whose government appointed this plenipotentiary.' }),
    order: z.int().min(1).meta({ title: 'Order', description: 'Position in the preamble list of plenipotentiaries, from 1.' }),
    names: z
      .strictObject({
        printed: TextSchema.meta({
          title: 'Printed name',
          description: 'The name as printed in the 1920 English translation (British and Foreign State Papers / LNTS).',
        }),
        native: TextSchema.meta({ title: 'Native name', description: 'The name in the person’s own language and usual form.' }),
        russian: TextSchema.meta({
          title: 'Russian name',
          description: 'The Russian form with patronymic, as in the Russian text of the treaty.',
        }),
        polish: TextSchema.optional().meta({ title: 'Polish name', description: 'The Polish form, where a source gives one.' }),
        alternatives: z.array(TextSchema).min(1).optional().meta({ title: 'Other forms', description: 'Other spellings the sources use.' }),
      })
      .meta({ title: 'Names', description: 'The forms of the name the sources use.' }),
    headOfDelegation: z
      .boolean()
      .optional()
      .meta({ title: 'Head of delegation', description: 'true for the person the sources name as head of the delegation.' }),
    office: TextSchema.optional().meta({ title: 'Office in July 1920', description: 'Office held when the treaty was signed, in English.' }),
    born: DatedFactSchema.optional().meta({ title: 'Born', description: 'Date and place of birth.' }),
    died: DatedFactSchema.optional().meta({ title: 'Died', description: 'Date and place of death.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Signatory', description: 'A plenipotentiary who signed the treaty.' });

export type { Signatory } from '../generated/record-types.generated.js';
