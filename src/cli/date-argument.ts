import { UsageError } from './command.js';

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A date given on the command line, checked to be written `YYYY-MM-DD`; a
 * usage error naming the argument (`label`) otherwise. `undefined` (an
 * option not given) passes through.
 *
 * @example
 * ```ts
 * dateArgument('--from', '1920-07-01'); //=> '1920-07-01'
 * dateArgument('DATE', '30.6.1930'); // UsageError: DATE "30.6.1930" is not a date YYYY-MM-DD
 * ```
 */
export function dateArgument(label: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isoDate.test(value)) throw new UsageError(`${label} ${JSON.stringify(value)} is not a date YYYY-MM-DD`);
  return value;
}
