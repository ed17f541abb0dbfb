import type { CitedRecordKind } from '../index.js';
import { type Command, NotFoundError, UsageError } from './command.js';

const formats = ['text', 'bibtex', 'csl-json', 'ris'] as const;
const targets = ['dataset', 'treaty'] as const;

/** `value` when it is one of `choices`, else a usage error naming the option. */
function choice<T extends string>(option: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} ${JSON.stringify(value)} is not one of ${choices.join(', ')}`);
}

/** `lt-ru-1920 cite [--format …] [--target …] [--record ID]`. */
export const cite: Command = {
  usage: '[--format text|bibtex|csl-json|ris] [--target dataset|treaty | --record ID [--kind KIND]]',
  help: [
    'Prints a citation of this version of the dataset (--target dataset, the default), of the treaty as',
    'printed in the League of Nations Treaty Series (--target treaty), or of one record of the',
    'dataset with its own sources (--record ID: an event, signatory, article, party, place,',
    'source, waypoint or segment id; --kind KIND says which, where one id names two: the place',
    'pastavy and the border waypoint pastavy).',
    '  --format text      one line of APA-style plain text (default)',
    '  --format bibtex    a BibTeX entry',
    '  --format csl-json  CSL-JSON, for Zotero, Pandoc and citeproc',
    '  --format ris       a RIS record, for EndNote, Mendeley and Zotero',
    '  --kind KIND        with --record: treaty, event, signatory, article, party, place, ratification,',
    '                     registration, source, waypoint or segment',
    'Examples: lt-ru-1920 cite --format bibtex > lt-ru-1920.bib',
    '          lt-ru-1920 cite --record ratification-lithuania',
  ].join('\n'),
  options: { format: { type: 'string' }, target: { type: 'string' }, record: { type: 'string' }, kind: { type: 'string' } },
  positionals: [],
  async run({ values }) {
    const format = choice('format', values.format, formats, 'text');
    const { record } = values;
    const data = await import('../index.js');
    let text: string;
    if (typeof record === 'string') {
      if (values.target !== undefined)
        throw new UsageError('--record and --target cannot be combined: --record cites one record, --target the dataset or the treaty');
      const kind = values.kind as CitedRecordKind | undefined;
      try {
        text = data.citeRecord(record, { format, ...(kind === undefined ? {} : { kind }) });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        const kinds = /unknown kind .*; expected one of (.*)$/.exec(error.message)?.[1];
        if (kinds !== undefined) throw new UsageError(`--kind ${JSON.stringify(kind)} is not one of ${kinds.replaceAll("'", '')}`);
        if (kind !== undefined) throw new NotFoundError(`no ${kind} ${JSON.stringify(record)}`);
        throw new NotFoundError(
          `no record ${JSON.stringify(record)}; --record takes the id of an event, signatory, article, party, place, source, waypoint or segment`,
        );
      }
    } else {
      if (values.kind !== undefined) throw new UsageError('--kind goes with --record: it says which kind of record the id names');
      text = data.cite({ format, target: choice('target', values.target, targets, 'dataset') });
    }
    return text.endsWith('\n') ? text : `${text}\n`;
  },
};
