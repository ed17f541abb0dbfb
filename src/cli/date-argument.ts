import { describeValue } from '../internal/describe-value.js';
import { ISO_DATE_RULE, isIsoDate } from '../internal/iso-date.js';
import { UsageError } from './command.js';

/**
 * A date given on the command line, checked by the library's ISO-date rule
 * (a calendar day written `YYYY-MM-DD`: `1930-02-29` is refused); a usage
 * error naming the argument (`label`), in the library's wording, otherwise.
 * `undefined` (an option not given) passes through.
 *
 * @example
 * ```ts
 * dateArgument('--from', '1920-07-01'); //=> '1920-07-01'
 * dateArgument('DATE', '30.6.1930'); // UsageError: DATE must be an ISO calendar date YYYY-MM-DD, received "30.6.1930"
 * ```
 */
export function dateArgument(label: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${label} ${ISO_DATE_RULE}, received ${describeValue(value)}`);
  return value;
}
