import * as z from 'zod';
import { TextSchema } from './common.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * A value that some sources give instead of the preferred one, kept with
 * those sources so that a reader can judge the disagreement.
 *
 * @example
 * ```ts
 * VariantSchema.parse({ value: '1920-08-08', sources: [{ source: 'wikisum', locator: 'summary' }] });
 * ```
 */
export const VariantSchema = z
  .strictObject({
    value: TextSchema.meta({ title: 'Value', description: 'The disputed value as the sources give it.' }),
    sources: SourceRefsSchema,
    note: TextSchema.optional().meta({ title: 'Note', description: 'Why the preferred value was preferred, or how the variant arose.' }),
  })
  .meta({ title: 'Variant', description: 'A value some sources give instead of the preferred one.' });

export type { Variant } from '../generated/record-types.generated.js';
