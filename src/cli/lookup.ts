import { type Command, jsonOutput } from './command.js';
import { findByName, type Named } from './find-by-name.js';
import { formatRecord } from './format-record.js';
import { romanNumeral } from './roman-numeral.js';

/** A lookup command: what it finds, its records with their names (loaded on use), and the heading of one record. */
interface LookupSpec<T extends { readonly id: string }> {
  readonly what: string;
  readonly example: string;
  /** What ID may be besides the id, for --help. */
  readonly also: string;
  readonly load: () => Promise<readonly (Named & { readonly record: T })[]>;
  readonly heading: (record: T) => string;
}

/** A command that prints the record with the given id or name (`event ID`, `signatory ID`, `article ID`). */
function lookupCommand<T extends { readonly id: string }>(spec: LookupSpec<T>): Command {
  return {
    usage: 'ID [--json]',
    help: `Prints the ${spec.what} record with the id ID (${spec.also}; case and accents optional), with its sources;\n--json prints the record as JSON.\nExample: lt-ru-1920 ${spec.what} ${spec.example}`,
    options: { json: { type: 'boolean' } },
    positionals: ['ID'],
    async run({ values, positionals }) {
      const { record } = findByName(spec.what, positionals[0] as string, await spec.load());
      return values.json ? jsonOutput(record) : formatRecord(spec.heading(record), record);
    },
  };
}

/** `lt-ru-1920 event ID`: by id or by its title in any language. */
export const event = lookupCommand({
  what: 'event',
  example: 'treaty-signed',
  also: 'or its title in any language',
  load: async () => (await import('../index.js')).events.map((record) => ({ id: record.id, names: Object.values(record.title) as string[], record })),
  heading: (record) => `${record.date}  ${record.title.en}`,
});

/** `lt-ru-1920 signatory ID`: by id, by any form of the name, or by surname. */
export const signatory = lookupCommand({
  what: 'signatory',
  example: 'tomas-narusevicius',
  also: 'or any form of the name the sources use, or a surname: Joffe, Naruševičius, Иоффе',
  load: async () =>
    (await import('../index.js')).signatories.map((record) => {
      const { printed, native, russian, polish, alternatives = [] } = record.names;
      const forms = [printed, native, russian, ...(polish === undefined ? [] : [polish]), ...alternatives];
      return { id: record.id, names: [...new Set([...forms, ...forms.map((form) => form.split(/\s+/).at(-1) as string)])], record };
    }),
  heading: (record) => `${record.names.printed} (${record.side})`,
});

/** `lt-ru-1920 article ID`: by id, or an article's number (2, II, ii). */
export const article = lookupCommand({
  what: 'article',
  example: 'II',
  also: 'or an article’s number, Roman or Arabic: 2, II, ii; the supplements and additions by id',
  load: async () =>
    (await import('../index.js')).articles.map((record) => {
      const number = romanNumeral(record.number);
      const names = record.kind === 'article' && number !== undefined ? [record.number, String(number), `Article ${record.number}`, `Article ${number}`] : [];
      return { id: record.id, names, record };
    }),
  heading: (record) => `Article ${record.number}${record.kind === 'article' ? '' : ` (${record.kind})`}`,
});
