import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

/** What bash completes for the words typed, with the script `completion bash` prints loaded. */
function complete(script: string, words: readonly string[]): string[] {
  const program = `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _lt_ru_1920; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', program], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('lt-ru-1920 completion', () => {
  it('bash: completes commands, place ids, options and the values of --lang and --kind', async () => {
    const { code, stdout } = await run(['completion', 'bash']);
    expect(code).toBe(0);
    expect(complete(stdout, ['lt-ru-1920', 'sta'])).toEqual(['status']);
    expect(complete(stdout, ['lt-ru-1920', 's'])).toEqual(['signatory', 'source', 'signatories', 'sources', 'status']);
    expect(complete(stdout, ['lt-ru-1920', 'status', 'vil'])).toEqual(['vilnius']);
    expect(complete(stdout, ['lt-ru-1920', 'where', '--a'])).toEqual(['--as-given']);
    expect(complete(stdout, ['lt-ru-1920', 'status', 'vilnius', '--lang', ''])).toEqual(['en', 'lt', 'pl', 'ru', 'be']);
    expect(complete(stdout, ['lt-ru-1920', 'timeline', '--kind', 'rat'])).toEqual(['ratification']);
    expect(complete(stdout, ['lt-ru-1920', 'export', 'history-p'])).toEqual(['history-places']);
  });
  it('zsh: the same script through bashcompinit', async () => {
    const bash = (await run(['completion', 'bash'])).stdout;
    const zsh = (await run(['completion', 'zsh'])).stdout;
    expect(zsh).toBe(
      bash
        .replace('completion for bash', 'completion for zsh')
        .replace('completion bash)"\n', 'completion zsh)"\nautoload -U +X bashcompinit && bashcompinit\n'),
    );
  });
  it('another shell is a usage error naming the shells', async () => {
    expect(await run(['completion', 'fish'])).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: SHELL "fish" is not one of bash, zsh\n' });
  });
});
