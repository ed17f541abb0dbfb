import * as z from 'zod';
import { describeValue } from '../internal/describe-value.js';
import { ISO_DATE_RULE } from '../internal/iso-date.js';

/**
 * A stable kebab-case identifier, such as `tomas-narusevicius` or `article-12`.
 * Renaming one is a major change.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a kebab-case id such as "treaty-signed"' })
  .meta({ title: 'Id', description: 'Stable kebab-case identifier of a record. Renaming one is a major change.' });

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, that exists (`1930-02-29` does
 * not): zod's date format, which agrees with the library's ISO-date rule on
 * every day (a property test checks it), reported in the library's wording.
 */
export const IsoDateSchema = z.iso
  .date({ error: (issue) => `${ISO_DATE_RULE}, received ${describeValue(issue.input)}` })
  .meta({ title: 'ISO date', description: 'A Gregorian calendar date written YYYY-MM-DD (ISO 8601).' });

/** A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .meta({
    title: 'Partial date',
    description: 'A Gregorian date known to the year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD).',
  });

/** Non-empty, trimmed text. */
export const TextSchema = z.string().trim().min(1, { error: 'must not be empty' }).meta({ title: 'Text', description: 'Non-empty text.' });

/** How sure the sources make us of a value, as graded in the research dossier. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']).meta({
  title: 'Confidence',
  description:
    'high: two or more independent sources agree, one of them primary; medium: one reliable source or several derivative ones; low: a single derivative source or a known conflict.',
});

/**
 * The field paths of a record whose wording is the dataset's own translation
 * rather than a form given by a cited source, such as `name.lt` or
 * `body.lt`. Every name form not listed here is given by one of the record's
 * sources.
 *
 * @example
 * ```ts
 * EditorialSchema.parse(['body.lt']); //=> ['body.lt']
 * ```
 */
export const EditorialSchema = z
  .array(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*$/, { error: 'must be a field path such as "name.lt"' })
      .meta({ title: 'Field path', description: 'A dotted path into the record, such as "name.lt".' }),
  )
  .min(1, { error: 'must list at least one field path, or be left out' })
  .meta({
    title: 'Editorial',
    description:
      'Field paths whose wording is our own translation, given by no cited source (for example "body.lt"). Every other name form in the record is given by one of its sources.',
  });
