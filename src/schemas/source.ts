import * as z from 'zod';
import { IdSchema, TextSchema } from './common.js';

/**
 * How close a source stands to the events, strongest first: `primary` (the
 * treaty and other documents of the time: state papers, official gazettes,
 * the LNTS, contemporary yearbooks and press), `scholarly` (monographs,
 * articles, document editions), `reference` (encyclopaedias, biographical
 * dictionaries, gazetteers), `wiki` (Wikipedia in any language), `derivative`
 * (mirrors, copies, machine translations, summaries and popular retellings of
 * other works).
 *
 * @example
 * ```ts
 * SourceTierSchema.options[0]; //=> 'primary'
 * ```
 */
export const SourceTierSchema = z.enum(['primary', 'scholarly', 'reference', 'wiki', 'derivative']).meta({
  title: 'Source tier',
  description:
    'How close the source stands to the events, strongest first: primary (documents of the time: the treaty, state papers, official gazettes, the LNTS, contemporary yearbooks and press); scholarly (monographs, articles, document editions); reference (encyclopaedias, biographical dictionaries, gazetteers); wiki (Wikipedia in any language); derivative (mirrors, copies, machine translations, summaries and popular retellings of other works).',
});

export type { SourceTier } from '../generated/record-types.generated.js';

/**
 * A work that facts in the dataset are taken from: a treaty text, an
 * official collection, a book, an encyclopedia entry or a web page.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ id: 'bfsp', title: 'British and Foreign State Papers', kind: 'primary', tier: 'primary' });
 * ```
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema.meta({ title: 'Title', description: 'Title of the work, page or document.' }),
    author: TextSchema.optional().meta({ title: 'Author', description: 'Person or body that wrote it, where known.' }),
    publisher: TextSchema.optional().meta({ title: 'Publisher', description: 'Publisher or website, where known.' }),
    year: z
      .int()
      .min(1900)
      .max(2100)
      .optional()
      .meta({ title: 'Year', description: 'Year of publication, where known.' }),
    url: z
      .url({ error: 'must be an absolute URL' })
      .regex(/^[\x21-\x7e]+$/, { error: 'must be percent-encoded (ASCII only), as a URI' })
      .optional()
      .meta({ title: 'URL', description: 'Where the consulted copy was read, percent-encoded (RFC 3986).' }),
    locator: TextSchema.optional().meta({
      title: 'Locator',
      description: 'Where the treaty stands inside the work, such as "vol. 3, pp. 106–137".',
    }),
    kind: z.enum(['primary', 'secondary']).meta({
      title: 'Kind',
      description: 'primary: a treaty text or an official collection of it; secondary: everything written about it.',
    }),
    tier: SourceTierSchema,
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
      .optional()
      .meta({ title: 'Language', description: 'BCP 47 language tag of the consulted copy.' }),
    note: TextSchema.optional().meta({
      title: 'Note',
      description: 'What to keep in mind when using it: a machine translation, a summary, an OCR copy.',
    }),
  })
  .meta({ title: 'Source', description: 'A work that facts in the dataset are taken from.' });

export type { Source } from '../generated/record-types.generated.js';
