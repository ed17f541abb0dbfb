import { rawFiles } from '../internal/raw-files.js';
import { type Command, UsageError } from './command.js';
import { languages } from './language.js';

/** The shell function's name. */
const FUNCTION = '_lt_ru_1920';

/** `case` branches completing each command's words, and the values of --lang and --kind. */
async function completionBody(): Promise<string> {
  const { commands } = await import('./run.js');
  const [{ events, signatories, articles, sources, timeline }, { historyPlaces, historySources }] = await Promise.all([
    import('../index.js'),
    import('../history/index.js'),
  ]);
  const ids: Readonly<Record<string, readonly string[]>> = {
    status: historyPlaces.map((place) => place.id),
    where: historyPlaces.map((place) => place.id),
    event: events.map((event) => event.id),
    signatory: signatories.map((signatory) => signatory.id),
    article: articles.map((article) => article.id),
    source: [...sources, ...historySources].map((source) => source.id),
    export: [...new Set(rawFiles.map((file) => file.collection))],
    completion: ['bash', 'zsh'],
  };
  const branches: string[] = [];
  for (const [name, entry] of Object.entries(commands)) {
    const command = await entry.load();
    const options = [...Object.keys(command.options), 'help'].map((option) => `--${option}`);
    branches.push(`    ${name}) words="${[...(ids[name] ?? []), ...options].join(' ')}" ;;`);
  }
  const kinds = [...new Set(timeline().map((event) => event.kind))].sort();
  return [
    `${FUNCTION}() {`,
    '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${Object.keys(commands).join(' ')} --help --version" -- "$cur")); return`,
    '  fi',
    '  case "$prev" in',
    `    --lang) COMPREPLY=($(compgen -W "${languages.join(' ')}" -- "$cur")); return ;;`,
    `    --kind) COMPREPLY=($(compgen -W "${kinds.join(' ')}" -- "$cur")); return ;;`,
    '  esac',
    '  case "${COMP_WORDS[1]}" in',
    ...branches,
    '    *) words="" ;;',
    '  esac',
    '  COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    '}',
    `complete -F ${FUNCTION} lt-ru-1920`,
  ].join('\n');
}

/**
 * `lt-ru-1920 completion bash|zsh`.
 *
 * @example
 * ```ts
 * await completion.run({ values: {}, positionals: ['bash'] }); // '# lt-ru-1920 completion for bash: …\n_lt_ru_1920() {…'
 * ```
 */
export const completion: Command = {
  usage: 'bash|zsh',
  help: [
    'Prints a completion script for bash or zsh: commands, options, the values of --lang and --kind,',
    'and the ids each command takes (places, events, signatories, articles, sources, collections).',
    'Load it in the shell’s start-up file: eval "$(lt-ru-1920 completion bash)" in ~/.bashrc, or',
    'eval "$(lt-ru-1920 completion zsh)" in ~/.zshrc (through zsh’s bashcompinit).',
    'Example: lt-ru-1920 completion bash',
  ].join('\n'),
  options: {},
  positionals: ['SHELL'],
  async run({ positionals }) {
    const shell = positionals[0];
    if (shell !== 'bash' && shell !== 'zsh') throw new UsageError(`SHELL ${JSON.stringify(shell)} is not one of bash, zsh`);
    const body = await completionBody();
    const header = `# lt-ru-1920 completion for ${shell}: eval "$(lt-ru-1920 completion ${shell})"`;
    return shell === 'bash' ? `${header}\n${body}\n` : `${header}\nautoload -U +X bashcompinit && bashcompinit\n${body}\n`;
  },
};
