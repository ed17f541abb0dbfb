import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

/** The console examples of the README's "Command line" section: each command, what it printed, and the exit code shown. */
function examples(): { args: string[]; output: string; code: number }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line\n')).split('\n## ')[0] ?? '';
  const block = /```console\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split(/^\$ npx lt-ru-1920 /m)
    .slice(1)
    .map((chunk) => {
      const [command = '', ...rest] = chunk.split('\n');
      const exit = /\$ echo \$\?\n(\d+)\n/.exec(rest.join('\n'));
      const output = rest
        .join('\n')
        .replace(/\$ echo \$\?\n\d+\n/, '')
        .replace(/\n+$/, '\n');
      // Words as the shell splits them: a "double-quoted" argument is one word, without its quotes.
      const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
      return { args, output, code: exit ? Number(exit[1]) : 0 };
    });
}

describe('README: Command line', () => {
  const list = examples();
  it('has the examples', () => {
    expect(list.map((example) => example.args[0])).toEqual(
      expect.arrayContaining(['--version', 'where', 'timeline', 'cite', 'export', 'event', 'status', 'places', 'source']),
    );
  });
  it.each(list.map((example) => [example.args.join(' '), example] as const))('`lt-ru-1920 %s` prints what the README shows', async (_name, example) => {
    const dir = mkdtempSync(join(tmpdir(), 'lt-ru-1920-readme-'));
    // --out writes into a temporary folder; the version line moves with every release: only its shape is checked.
    const args = example.args.map((arg, i) => (example.args[i - 1] === '--out' ? join(dir, arg) : arg));
    const result = await run(args);
    expect(result.code).toBe(example.code);
    // The size of a written file moves with every data change: only the rest of that line is compared.
    const bytes = (text: string) => text.replace(/\(\d+ bytes\)/, '(N bytes)');
    const printed = bytes((result.stdout + result.stderr).replaceAll(`${dir}/`, ''));
    if (args[0] === '--version') expect(example.output).toMatch(/^lt-ru-1920 \d+\.\d+\.\d+ \(released \d{4}-\d{2}-\d{2}\)\n$/);
    else expect(printed).toBe(bytes(example.output));
  });
});
