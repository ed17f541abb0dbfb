import * as z from 'zod';
import { EditorialSchema, IdSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { SourceRefsSchema } from './source-ref.js';

/**
 * A named place where an event happened. It carries no coordinates: the
 * geography lives only in `lt-ru-1920/border`.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({ id: 'moscow', name: { en: 'Moscow', lt: 'Maskva', ru: 'Москва' }, sources: [{ source: 'bfsp-1121', locator: 'p. 1121, heading' }] });
 * ```
 */
export const PlaceSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.meta({ title: 'Name', description: 'Name of the place in each language.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Place', description: 'A named place where an event happened (no coordinates).' });

export type { Place } from '../generated/record-types.generated.js';
