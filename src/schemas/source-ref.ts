import * as z from 'zod';
import { IdSchema, TextSchema } from './common.js';

/**
 * A citation of one source for one record: which source, where in it, and
 * optionally the words it uses.
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ source: 'bfsp-1121', locator: 'p. 1121, heading' });
 * ```
 */
export const SourceRefSchema = z
  .strictObject({
    source: IdSchema.meta({ title: 'Source id', description: 'Id of a record in `sources`.' }),
    locator: TextSchema.meta({
      title: 'Locator',
      description: 'Where in the source: page, article, section, table row or infobox.',
    }),
    quote: TextSchema.optional().meta({ title: 'Quote', description: 'The words of the source, copied verbatim.' }),
  })
  .meta({ title: 'Source reference', description: 'A citation of one source, with a locator.' });

export type { SourceRef } from '../generated/record-types.generated.js';

/** One or more citations: every record carries at least one. */
export const SourceRefsSchema = z
  .array(SourceRefSchema)
  .min(1, { error: 'must cite at least one source' })
  .meta({ title: 'Sources', description: 'The citations a value rests on; never empty.' });
