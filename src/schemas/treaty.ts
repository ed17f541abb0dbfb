import * as z from 'zod';
import { ArticleSchema } from './article.js';
import { ConfidenceSchema, EditorialSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { LeagueRegistrationSchema } from './league-registration.js';
import { PartySchema } from './party.js';
import { RatificationSchema } from './ratification.js';
import { SignatorySchema } from './signatory.js';
import { SourceRefsSchema } from './source-ref.js';
import { TreatyNameSchema } from './treaty-name.js';

/**
 * The treaty as one record: names, dates, parties, signatories,
 * ratifications, registration and articles. The dates are those of the
 * event records.
 *
 * @example
 * ```ts
 * TreatySchema.shape.signedOn.parse('1920-07-12'); //=> '1920-07-12'
 * ```
 */
export const TreatySchema = z
  .strictObject({
    id: IdSchema,
    names: z.array(TreatyNameSchema).min(1).meta({ title: 'Names', description: 'Names of the treaty in every language the sources give.' }),
    signedOn: IsoDateSchema.meta({ title: 'Signed on', description: 'Date of signature.' }),
    signedAt: IdSchema.meta({ title: 'Signed at', description: 'Id of the place of signature in `places`.' }),
    ratificationsExchangedOn: IsoDateSchema.meta({ title: 'Ratifications exchanged on', description: 'Date the instruments of ratification were exchanged.' }),
    enteredIntoForceOn: IsoDateSchema.meta({ title: 'Entered into force on', description: 'Date the treaty entered into force.' }),
    parties: z.array(PartySchema).length(2).meta({ title: 'Parties', description: 'The two parties.' }),
    signatories: z.array(SignatorySchema).min(1).meta({ title: 'Signatories', description: 'The plenipotentiaries, in preamble order.' }),
    ratifications: z.array(RatificationSchema).min(1).meta({ title: 'Ratifications', description: 'One ratification per party.' }),
    registration: LeagueRegistrationSchema,
    articles: z.array(ArticleSchema).min(1).meta({ title: 'Articles', description: 'Articles I–XIX, the secret supplement and the additions.' }),
    authenticLanguages: z
      .strictObject({
        value: z
          .array(z.string().regex(/^[a-z]{2,3}$/))
          .min(1)
          .meta({ title: 'Languages', description: 'ISO 639-1 codes.' }),
        confidence: ConfidenceSchema,
        sources: SourceRefsSchema,
      })
      .meta({ title: 'Authentic languages', description: 'Languages in which the treaty text is authentic.' }),
    wikidata: z
      .strictObject({
        id: z
          .string()
          .regex(/^Q\d+$/)
          .meta({ title: 'QID', description: 'Wikidata item id.' }),
        confidence: ConfidenceSchema,
        note: TextSchema.optional().meta({ title: 'Note', description: 'How far the id is checked, and what speaks against it.' }),
        sources: SourceRefsSchema,
      })
      .optional()
      .meta({ title: 'Wikidata', description: 'The Wikidata item of the treaty.' }),
    unknown: z.array(TextSchema).optional().meta({ title: 'Unknown', description: 'Facts the research looked for and did not find.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Treaty', description: 'The Soviet–Lithuanian Peace Treaty of 12 July 1920 as one record.' });

export type { Treaty } from '../generated/record-types.generated.js';
