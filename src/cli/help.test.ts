import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { run as Run } from './run.js';

// Each test loads the command modules afresh, so that mutation testing
// attributes their help text (built when a module loads) to every test here.
let run: typeof Run;
beforeEach(async () => {
  vi.resetModules();
  ({ run } = await import('./run.js'));
});

/** The usage line of every command, as `lt-ru-1920 COMMAND --help` prints it first. */
const USAGE: Readonly<Record<string, string>> = {
  cite: 'cite [--format text|bibtex|csl-json|ris] [--target dataset|treaty | --record ID [--kind KIND]]',
  event: 'event ID [--json]',
  signatory: 'signatory ID [--json]',
  article: 'article ID [--json]',
  source: 'source ID [--json]',
  places: 'places [--lang LANG] [--json]',
  events: 'events [--lang LANG] [--json]',
  signatories: 'signatories [--json]',
  holders: 'holders [--lang LANG] [--json]',
  sources: 'sources [--json]',
  timeline: 'timeline [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind KIND …] [--lang LANG] [--json]',
  where: 'where LON LAT | "LAT, LON" | PLACE [--as-given] [--lang LANG] [--json]',
  status: 'status PLACE [DATE] [--lang LANG] [--json]',
  export: 'export COLLECTION --format json|csv|geojson|lpf [--out FILE]',
  completion: 'completion bash|zsh',
};

/** The help text of one command: the lines after its usage line and the blank line. */
async function help(name: string): Promise<string[]> {
  const { code, stdout, stderr } = await run([name, '--help']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const [usage, blank, ...body] = stdout.split('\n');
  expect(usage).toBe(`Usage: lt-ru-1920 ${USAGE[name]}`);
  expect(blank).toBe('');
  expect(body.pop()).toBe(''); // a final newline
  return body;
}

describe('lt-ru-1920 --help', () => {
  it('prints the tool help: usage, one aligned line per command, the options and the exit codes', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['help', 'bogus']]) {
      const { code, stdout, stderr } = await run(args);
      expect({ code, stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
      const lines = stdout.split('\n');
      expect(lines.slice(0, 5)).toEqual([
        'lt-ru-1920: the Soviet–Lithuanian Peace Treaty of 12 July 1920 as sourced data',
        '',
        'Usage: lt-ru-1920 COMMAND [ARGUMENTS] [OPTIONS]',
        '',
        'Commands:',
      ]);
      const commands = lines.slice(5, 5 + Object.keys(USAGE).length);
      expect(commands.map((line) => line.slice(0, 14).trim())).toEqual(Object.keys(USAGE));
      for (const line of commands) expect(line).toMatch(/^ {2}[a-z]+ +\S.{10,}$/);
      for (const line of commands) expect(line[13]).toBe(' ');
      for (const line of commands) expect(line[14]).not.toBe(' ');
      expect(lines.slice(5 + commands.length)).toEqual([
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
      ]);
    }
  });
  it('help COMMAND and -h are COMMAND --help', async () => {
    for (const name of Object.keys(USAGE)) {
      const expected = await run([name, '--help']);
      expect(await run(['help', name])).toEqual(expected);
      expect(await run(['--help', name])).toEqual(expected);
      expect(await run([name, '-h'])).toEqual(expected);
    }
  });
  it('every command prints its usage, then help without blank lines that documents each of its options', async () => {
    const options: Readonly<Record<string, readonly string[]>> = {
      cite: ['--format', '--target', '--record', '--kind'],
      timeline: ['--from', '--to', '--kind', '--lang', '--json'],
      where: ['--as-given', '--lang', '--json'],
      status: ['--lang', '--json'],
      places: ['--lang', '--json'],
      events: ['--lang', '--json'],
      holders: ['--lang', '--json'],
      signatories: ['--json'],
      sources: ['--json'],
      source: ['--json'],
      export: ['--format', '--out'],
    };
    for (const name of Object.keys(USAGE)) {
      const body = await help(name);
      expect(body.length, name).toBeGreaterThan(1);
      for (const line of body) expect(line.trim(), name).not.toBe('');
      for (const option of options[name] ?? []) expect(body.join('\n'), `${name} ${option}`).toContain(option);
    }
  });
  it('every command accepts each option its usage line names', async () => {
    for (const name of Object.keys(USAGE)) {
      const options = [...(USAGE[name] as string).matchAll(/(--[a-z]+(?:-[a-z]+)*)( [A-Za-z]+)?/g)];
      if (name !== 'completion') expect(options.length, name).toBeGreaterThan(0); // completion takes only SHELL
      for (const [, option, value] of options) {
        const args = value === undefined ? [name, '--help', option as string] : [name, '--help', option as string, 'x'];
        expect(await run(args), args.join(' ')).toEqual(await run([name, '--help']));
      }
    }
  });
  it('a wrong number of arguments is a usage error naming the arguments the command takes', async () => {
    const usageError = (message: string) => ({ code: 2, stdout: '', stderr: `lt-ru-1920: ${message}\n` });
    expect(await run(['status'])).toEqual(usageError('status takes PLACE [DATE], got none (see lt-ru-1920 status --help)'));
    expect(await run(['status', 'vilnius', '1930-06-01', 'x'])).toEqual(
      usageError('status takes PLACE [DATE], got "vilnius" "1930-06-01" "x" (see lt-ru-1920 status --help)'),
    );
    expect(await run(['where'])).toEqual(usageError('where takes LON [LAT], got none (see lt-ru-1920 where --help)'));
    expect(await run(['places', 'all'])).toEqual(usageError('places takes no arguments, got "all" (see lt-ru-1920 places --help)'));
    expect(await run(['export', '--format', 'json'])).toEqual(usageError('export takes COLLECTION, got none (see lt-ru-1920 export --help)'));
    expect(await run(['article'])).toEqual(usageError('article takes ID, got none (see lt-ru-1920 article --help)'));
    expect(await run(['cite', 'treaty'])).toEqual(usageError('cite takes no arguments, got "treaty" (see lt-ru-1920 cite --help)'));
  });
  it('the examples in each help run and succeed', async () => {
    let examples = 0;
    for (const name of Object.keys(USAGE)) {
      for (const line of await help(name)) {
        const example = /(?:: | {2})lt-ru-1920 ([a-z].*)$/.exec(line)?.[1];
        if (example === undefined) continue;
        const args = example.replace(/\.$/, '').split(' ');
        const redirect = args.indexOf('>');
        const out = args.indexOf('--out');
        const result = await run(redirect >= 0 ? args.slice(0, redirect) : out >= 0 ? args.slice(0, out) : args);
        expect(result.code, example).toBe(0);
        examples++;
      }
    }
    expect(examples).toBe(18);
  });
});
