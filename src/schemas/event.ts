import * as z from 'zod';
import { ConfidenceSchema, EditorialSchema, IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { SourceRefsSchema } from './source-ref.js';
import { VariantSchema } from './variant.js';

/** What kind of event a record describes. */
export const EventKindSchema = z
  .enum([
    'diplomatic-note',
    'negotiations',
    'agreement',
    'signing',
    'ratification',
    'exchange-of-ratifications',
    'entry-into-force',
    'registration',
    'military',
    'proclamation',
    'end-of-force',
    'election',
    'legislation',
    'international-decision',
    'administrative',
  ])
  .meta({ title: 'Event kind', description: 'What kind of event a record describes.' });

export type { EventKind } from '../generated/record-types.generated.js';

/**
 * A dated event in the life of the treaty or around it, with its preferred
 * date and the dates other sources give.
 *
 * @example
 * ```ts
 * EventSchema.shape.date.parse('1920-07-12'); //=> '1920-07-12'
 * ```
 */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    date: IsoDateSchema.meta({ title: 'Date', description: 'The preferred date (first day, for events spanning days).' }),
    endDate: IsoDateSchema.optional().meta({ title: 'End date', description: 'Last day, for events that span several days.' }),
    kind: EventKindSchema,
    place: IdSchema.optional().meta({ title: 'Place', description: 'Id of a record in `places`, where known.' }),
    title: LocalizedTextSchema.meta({ title: 'Title', description: 'Short title of the event.' }),
    description: TextSchema.optional().meta({ title: 'Description', description: 'What happened, in English, as the sources tell it.' }),
    confidence: ConfidenceSchema,
    variants: z.array(VariantSchema).min(1).optional().meta({ title: 'Variants', description: 'Other dates that some sources give, with those sources.' }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Event', description: 'A dated event in the life of the treaty or around it.' });

export type { Event } from '../generated/record-types.generated.js';
