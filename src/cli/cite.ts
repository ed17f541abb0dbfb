import { UsageError, type Command } from './command.js';

const formats = ['text', 'bibtex', 'csl-json', 'ris'] as const;
const targets = ['dataset', 'treaty'] as const;

/** `value` when it is one of `choices`, else a usage error naming the option. */
function choice<T extends string>(option: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} ${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
}

/** `lt-ru-1920 cite [--format …] [--target …]`. */
export const cite: Command = {
  usage: '[--format text|bibtex|csl-json|ris] [--target dataset|treaty]',
  help: [
    'Prints a citation of this data version (--target dataset, the default) or of the treaty as',
    'printed in the League of Nations Treaty Series (--target treaty).',
    '  --format text      one line of APA-style plain text (default)',
    '  --format bibtex    a BibTeX entry',
    '  --format csl-json  CSL-JSON, for Zotero, Pandoc and citeproc',
    '  --format ris       a RIS record, for EndNote, Mendeley and Zotero',
    'Example: lt-ru-1920 cite --format bibtex > lt-ru-1920.bib',
  ].join('\n'),
  options: { format: { type: 'string' }, target: { type: 'string' } },
  positionals: [],
  async run({ values }) {
    const format = choice('format', values.format, formats, 'text');
    const target = choice('target', values.target, targets, 'dataset');
    const text = (await import('../index.js')).cite({ format, target });
    return text.endsWith('\n') ? text : `${text}\n`;
  },
};
