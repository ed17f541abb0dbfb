import { parseArgs } from 'node:util';
import { type Command, type CommandArgs, NotFoundError, UsageError } from './command.js';

/** Each command with its one-line summary; the module is loaded only when the command runs. */
export const commands: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  cite: {
    summary: 'cite this version of the dataset, the treaty or one record (text, BibTeX, CSL-JSON, RIS)',
    load: async () => (await import('./cite.js')).cite,
  },
  event: { summary: 'print one event by id or title', load: async () => (await import('./lookup.js')).event },
  signatory: { summary: 'print one signatory by id or name', load: async () => (await import('./lookup.js')).signatory },
  article: { summary: 'print one article of the treaty by id or number (2, II)', load: async () => (await import('./lookup.js')).article },
  source: {
    summary: 'explain one source: title, author, tier, where to read it, how many records cite it',
    load: async () => (await import('./source.js')).source,
  },
  places: {
    summary: 'list the places with their names in every language and their side of the line',
    load: async () => (await import('./list.js')).placesCommand,
  },
  events: { summary: 'list the events by date', load: async () => (await import('./list.js')).eventsCommand },
  signatories: { summary: 'list the plenipotentiaries', load: async () => (await import('./list.js')).signatoriesCommand },
  holders: { summary: 'list the powers that held or claimed places, 1920–1940', load: async () => (await import('./list.js')).holdersCommand },
  sources: { summary: 'list the sources, strongest tier first', load: async () => (await import('./list.js')).sourcesCommand },
  timeline: { summary: 'list the events by date, filtered by dates and kinds', load: async () => (await import('./timeline.js')).timeline },
  where: { summary: 'is a point or a place inside the 1920 territory, and on what basis?', load: async () => (await import('./where.js')).where },
  status: {
    summary: 'who held a place on a day (1920–1940) or its whole history, and title in each side’s view',
    load: async () => (await import('./status.js')).status,
  },
  export: { summary: 'print or write a whole collection as JSON, CSV or GeoJSON', load: async () => (await import('./export.js')).exportCommand },
  completion: {
    summary: 'print a shell completion script: eval "$(lt-ru-1920 completion bash)"',
    load: async () => (await import('./completion.js')).completion,
  },
};

const toolHelp = [
  'lt-ru-1920: the Soviet–Lithuanian Peace Treaty of 12 July 1920 as sourced data',
  '',
  'Usage: lt-ru-1920 COMMAND [ARGUMENTS] [OPTIONS]',
  '',
  'Commands:',
  ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(11)} ${summary}`),
  '',
  'Options (--json goes with every command that prints records, --lang with status, where,',
  'places, events, holders and timeline; both may come before the command or after it):',
  '  --json         print one JSON value instead of text',
  '  --lang LANG    names and titles in en, lt, pl, ru or be; English where the data has no such',
  '                 form, marked [en] and said so',
  '  --help, -h     this help; lt-ru-1920 COMMAND --help for one command',
  '  --version, -v  the version (of the package and its data) and its release date',
  '',
  'Exit codes: 0 success, 1 not found (or a file that cannot be written), 2 usage error.',
  '',
].join('\n');

/** What one run prints and the exit code. */
export interface RunResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Negative numbers (`-3.7`) are positionals, not options: `parseArgs` would read them as short flags. */
const negativeNumber = /^-(\d|\.\d)/;

/** Parses a command's arguments with `node:util` `parseArgs`, turning its errors into usage errors naming the option. */
function parse(name: string, command: Command, args: readonly string[]): CommandArgs & { readonly help: boolean } {
  const hidden = new Map<string, string>();
  const masked = args.map((arg, index) => {
    if (!negativeNumber.test(arg)) return arg;
    const token = `\u0000${index}`;
    hidden.set(token, arg);
    return token;
  });
  let parsed;
  try {
    parsed = parseArgs({ args: masked, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`option ${option.split(' ')[0]} of ${name} needs a value (see lt-ru-1920 ${name} --help)`);
    throw new UsageError(`unknown option ${option || args.join(' ')} for ${name} (see lt-ru-1920 ${name} --help)`);
  }
  const positionals = parsed.positionals.map((arg) => hidden.get(arg) ?? arg);
  const help = parsed.values.help === true;
  const optional = command.optionalPositionals ?? [];
  if (!help && (positionals.length < command.positionals.length || positionals.length > command.positionals.length + optional.length)) {
    const names = [...command.positionals, ...optional.map((arg) => `[${arg}]`)];
    const expected = names.length === 0 ? 'no arguments' : names.join(' ');
    throw new UsageError(
      `${name} takes ${expected}, got ${positionals.length === 0 ? 'none' : positionals.map((arg) => JSON.stringify(arg)).join(' ')} (see lt-ru-1920 ${name} --help)`,
    );
  }
  return { values: parsed.values, positionals, help };
}

/** `--json` and `--lang LANG` given before the command move after it: `lt-ru-1920 --lang pl status vilnius`. */
function leadingOptionsLast(args: readonly string[]): readonly string[] {
  const leading: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json' || arg.startsWith('--lang=')) leading.push(arg);
    else if (arg === '--lang' && i + 1 < args.length) leading.push(arg, args[++i] as string);
    else break;
  }
  return i === args.length ? args : [...args.slice(i), ...leading];
}

async function version(): Promise<string> {
  const { meta } = await import('../index.js');
  return `${meta.name} ${meta.version} (released ${meta.released})\n`;
}

/**
 * Runs `lt-ru-1920` with the given arguments (without `node` and the
 * script) and returns what it prints and its exit code; never throws for
 * bad input, and prints nothing on stdout when it fails.
 *
 * @example
 * ```ts
 * const { code, stdout } = await run(['event', 'treaty-signed', '--json']);
 * code; //=> 0
 * JSON.parse(stdout).date; //=> '1920-07-12'
 * ```
 */
export async function run(args: readonly string[]): Promise<RunResult> {
  const [name, ...rest] = leadingOptionsLast(args);
  try {
    if (name === undefined) throw new UsageError(`a command is needed\n\n${toolHelp}`);
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = rest[0];
      if (topic !== undefined && Object.hasOwn(commands, topic)) return run([topic, '--help']);
      return { code: 0, stdout: toolHelp, stderr: '' };
    }
    if (name === '--version' || name === '-v') return { code: 0, stdout: await version(), stderr: '' };
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (entry === undefined)
      throw new UsageError(`unknown command ${JSON.stringify(name)}; commands: ${Object.keys(commands).join(', ')} (see lt-ru-1920 --help)`);
    const command = await entry.load();
    const parsed = parse(name, command, rest);
    if (parsed.help) return { code: 0, stdout: `Usage: lt-ru-1920 ${name} ${command.usage}\n\n${command.help}\n`, stderr: '' };
    return { code: 0, stdout: await command.run(parsed), stderr: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `lt-ru-1920: ${message}\n` };
    if (error instanceof NotFoundError) return { code: 1, stdout: '', stderr: `lt-ru-1920: ${message}\n` };
    throw error;
  }
}
