import * as z from 'zod';
import { TextSchema } from './common.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * One name of the treaty in one language, with what kind of name it is.
 *
 * @example
 * ```ts
 * TreatyNameSchema.shape.language.parse('lt'); //=> 'lt'
 * ```
 */
export const TreatyNameSchema = z
  .strictObject({
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .meta({ title: 'Language', description: 'BCP 47 language tag, e.g. "be-tarask" for Taraškievica.' }),
    name: TextSchema.meta({ title: 'Name', description: 'The name as the source writes it.' }),
    kind: z.enum(['title', 'common-name', 'encyclopedia-title', 'other']).meta({
      title: 'Kind',
      description:
        'title: heading of a treaty text or translation; common-name: name in general use; encyclopedia-title: title of an encyclopedia article; other: another name in use.',
    }),
    sources: SourceRefsSchema,
  })
  .meta({ title: 'Treaty name', description: 'One name of the treaty in one language.' });

export type { TreatyName } from '../generated/record-types.generated.js';
