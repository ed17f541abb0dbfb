import * as z from 'zod';
import { ConfidenceSchema, EditorialSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { SourceRefsSchema } from './source-ref.js';
import { VariantSchema } from './variant.js';

/**
 * The treaty's registration with the League of Nations and its place in the
 * League of Nations Treaty Series (LNTS). Fields nobody has found (such as
 * the registration number) are absent and listed in `unknown`.
 *
 * @example
 * ```ts
 * LeagueRegistrationSchema.shape.volume.parse(3); //=> 3
 * ```
 */
export const LeagueRegistrationSchema = z
  .strictObject({
    id: IdSchema,
    registeredOn: IsoDateSchema.meta({ title: 'Registered on', description: 'Date of registration (from the event record).' }),
    event: IdSchema.meta({ title: 'Event', description: 'Id of the registration event.' }),
    series: TextSchema.meta({ title: 'Series', description: 'The treaty series the text is printed in.' }),
    volume: z.int().min(1).meta({ title: 'Volume', description: 'Volume of the series.' }),
    pages: z
      .strictObject({
        first: z.int().min(1).meta({ title: 'First page', description: 'First page.' }),
        last: z.int().min(1).meta({ title: 'Last page', description: 'Last page.' }),
      })
      .meta({ title: 'Pages', description: 'Page range of the treaty in the volume (preferred reading).' }),
    registrationNumber: TextSchema.optional().meta({ title: 'Registration number', description: 'The LNTS registration number ("No. …"), where known.' }),
    confidence: ConfidenceSchema,
    note: TextSchema.optional().meta({ title: 'Note', description: 'What the sources of the registration rest on, and what was not seen.' }),
    variants: z.array(VariantSchema).min(1).optional().meta({ title: 'Variants', description: 'Other page ranges or dates given elsewhere.' }),
    unknown: z.array(TextSchema).optional().meta({ title: 'Unknown', description: 'Names of fields the research looked for and did not find.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'League registration', description: 'Registration with the League of Nations and the LNTS citation.' });

export type { LeagueRegistration } from '../generated/record-types.generated.js';
