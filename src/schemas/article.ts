import * as z from 'zod';
import { ConfidenceSchema, EditorialSchema, IdSchema, TextSchema } from './common.js';
import { SourceRefsSchema } from './source-ref.js';

/** How much of a provision's text the sources let us see. */
export const TextStatusSchema = z.enum(['fragment', 'unavailable']).meta({
  title: 'Text status',
  description:
    'fragment: part of the text was read in a source, and the summary says only what that part says; unavailable: no source shows the text, so there is no summary.',
});

/**
 * One provision of the treaty: Articles I–XIX, the secret supplement to
 * Article II and the additions to Articles II, V and VII. A provision whose
 * text no source shows has `textStatus: 'unavailable'` and no summary.
 *
 * @example
 * ```ts
 * ArticleSchema.shape.textStatus.parse('unavailable'); //=> 'unavailable'
 * ```
 */
export const ArticleSchema = z
  .strictObject({
    id: IdSchema,
    kind: z
      .enum(['article', 'secret-supplement', 'addition'])
      .meta({ title: 'Kind', description: 'A numbered article, the secret supplement, or an addition (добавление) to an article.' }),
    number: z
      .string()
      .regex(/^[IVXL]+$/)
      .meta({ title: 'Number', description: 'Roman number of the article (for supplements and additions: of the article they belong to).' }),
    textStatus: TextStatusSchema,
    summary: TextSchema.optional().meta({ title: 'Summary', description: 'What the seen text says, in English; absent when the text is unavailable.' }),
    confidence: ConfidenceSchema.optional().meta({ title: 'Confidence', description: 'Confidence in the summary.' }),
    note: TextSchema.optional().meta({ title: 'Note', description: 'What is and is not known about the provision.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Article', description: 'One provision of the treaty.' });

export type { Article } from '../generated/record-types.generated.js';
