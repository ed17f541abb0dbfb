/** Option values as `node:util` `parseArgs` returns them. */
export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What `parseArgs` options a command accepts (the `options` member of its config). */
export type OptionSpecs = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }>>;

/** The parsed arguments a command runs with. */
export interface CommandArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/** One sub-command of `lt-ru-1920`. */
export interface Command {
  /** The words after the command name, for `--help` (e.g. `LON LAT`). */
  readonly usage: string;
  /** What the command does and what each option means, for `--help`. */
  readonly help: string;
  /** Its options (`--help` is added to every command). */
  readonly options: OptionSpecs;
  /** The positional arguments it needs, by name for error messages. */
  readonly positionals: readonly string[];
  /** Positional arguments it also accepts after those, by name (`status PLACE [DATE]`). */
  readonly optionalPositionals?: readonly string[];
  /** Runs the command and returns everything it prints on stdout. */
  run(args: CommandArgs): Promise<string>;
}

/**
 * A usage error (exit code 2): an unknown command or option, a missing or
 * malformed argument. The message names the argument.
 *
 * @example
 * ```ts
 * throw new UsageError('longitude 200 is out of range −180…180');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * A lookup that found nothing, or a file that could not be written (exit code 1).
 *
 * @example
 * ```ts
 * throw new NotFoundError('no event "treaty-signd"; did you mean "treaty-signed"?');
 * ```
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** JSON as the CLI prints it: two-space indent, final newline. */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
