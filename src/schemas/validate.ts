import type * as z from 'zod';
import { describeValue } from '../internal/describe-value.js';
import { type RecordKind, recordSchemas } from './record-schemas.js';

/** One problem found in a value: where (`path`) and what, in words. */
export interface ValidationIssue {
  /** Keys from the root of the value to the offending field; empty for the root. */
  readonly path: readonly (string | number)[];
  /** A sentence a person can read, naming the field: `names.printed: must not be empty`. */
  readonly message: string;
}

/** What `validate` returns: the parsed value, or the list of problems. */
export type ValidationResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Checks a value against one of the package's record schemas. It never
 * throws: bad input, including an unknown kind, gives `ok: false` with
 * readable issues.
 *
 * @example
 * ```ts
 * validate('Event', { id: 'x' }).ok; //=> false
 * validate('Event', getEvent('treaty-signed')).ok; //=> true
 * ```
 */
export function validate<K extends RecordKind>(kind: K, value: unknown): ValidationResult<z.infer<(typeof recordSchemas)[K]>> {
  if (typeof kind !== 'string' || !Object.hasOwn(recordSchemas, kind)) {
    const known = Object.keys(recordSchemas).join(', ');
    return { ok: false, issues: [{ path: [], message: `unknown record kind ${describeValue(kind)}; expected one of ${known}` }] };
  }
  const result = recordSchemas[kind].safeParse(value);
  if (result.success) return { ok: true, value: result.data as z.infer<(typeof recordSchemas)[K]> };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      const where = path.length === 0 ? '(root)' : path.join('.');
      return { path, message: `${where}: ${issue.message}` };
    }),
  };
}
