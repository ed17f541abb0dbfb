import * as z from 'zod';
import { IdSchema, TextSchema } from './common.js';

/**
 * How close a source stands to the events, strongest first, judged by what
 * the work is (the copy that was read is named in the source's note):
 * `primary` (made at the time of the facts it documents by a party, an
 * official body or the press of the time), `scholarly` (academic monographs,
 * articles and theses, critical editions of documents), `reference`
 * (encyclopaedias, biographical dictionaries, gazetteers, and the information
 * pages of museums, archives, libraries and public bodies), `wiki` (Wikipedia
 * and other open wikis), `derivative` (mirrors, retyped or machine-translated
 * copies, summaries, popular retellings, and any text read only through a copy
 * whose fidelity cannot be checked). The rule in full, with how to apply it,
 * is in docs/sources-and-method.md.
 *
 * @example
 * ```ts
 * SourceTierSchema.options[0]; //=> 'primary'
 * ```
 */
export const SourceTierSchema = z.enum(['primary', 'scholarly', 'reference', 'wiki', 'derivative']).meta({
  title: 'Source tier',
  description:
    'How close the source stands to the events, strongest first, judged by the work, not the copy read: primary (made at the time of the facts by a party, an official body or the press: treaties, laws, gazettes, news reports; a scan or exact edition keeps it primary); scholarly (academic monographs, articles, critical editions of documents); reference (encyclopaedias, dictionaries, gazetteers, pages of museums, archives and public bodies); wiki (Wikipedia and other open wikis); derivative (mirrors, retyped or machine-translated copies, summaries, popular retellings, copies of unnamed originals).',
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
    year: z.int().min(1900).max(2100).optional().meta({ title: 'Year', description: 'Year of publication of the work or edition read, where known.' }),
    dated: z.int().min(1800).max(2100).optional().meta({
      title: 'Dated',
      description: 'Year the text itself was written, where it differs from the edition read.',
    }),
    place: TextSchema.optional().meta({
      title: 'Place',
      description: 'Place of publication of a printed work.',
    }),
    pages: TextSchema.optional().meta({
      title: 'Pages',
      description: 'Pages of a printed work, such as "207–223".',
    }),
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
