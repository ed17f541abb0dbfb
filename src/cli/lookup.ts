import { NotFoundError, jsonOutput, type Command } from './command.js';
import { formatRecord } from './format-record.js';
import { notFoundMessage } from './suggest.js';

/** A lookup command: what it finds, the entry's lookup function and records (loaded on use), and the heading of one record. */
interface LookupSpec<T extends { readonly id: string }> {
  readonly what: string;
  readonly example: string;
  readonly load: () => Promise<{ readonly find: (id: string) => T | undefined; readonly all: readonly T[] }>;
  readonly heading: (record: T) => string;
}

/** A command that prints the record with the given id (`event ID`, `signatory ID`, `article ID`). */
function lookupCommand<T extends { readonly id: string }>(spec: LookupSpec<T>): Command {
  return {
    usage: 'ID [--json]',
    help: `Prints the ${spec.what} record with the id ID, with its sources; --json prints the record as JSON.\nExample: lt-ru-1920 ${spec.what} ${spec.example}`,
    options: { json: { type: 'boolean' } },
    positionals: ['ID'],
    async run({ values, positionals }) {
      const id = positionals[0] as string;
      const { find, all } = await spec.load();
      const record = find(id);
      if (!record) throw new NotFoundError(notFoundMessage(spec.what, id, all.map((candidate) => candidate.id)));
      return values.json ? jsonOutput(record) : formatRecord(spec.heading(record), record);
    },
  };
}

/** `lt-ru-1920 event ID`. */
export const event = lookupCommand({
  what: 'event',
  example: 'treaty-signed',
  load: async () => {
    const { getEvent, events } = await import('../index.js');
    return { find: getEvent, all: events };
  },
  heading: (record) => `${record.date}  ${record.title.en}`,
});

/** `lt-ru-1920 signatory ID`. */
export const signatory = lookupCommand({
  what: 'signatory',
  example: 'tomas-narusevicius',
  load: async () => {
    const { getSignatory, signatories } = await import('../index.js');
    return { find: getSignatory, all: signatories };
  },
  heading: (record) => `${record.names.printed} (${record.side})`,
});

/** `lt-ru-1920 article ID`. */
export const article = lookupCommand({
  what: 'article',
  example: 'article-2',
  load: async () => {
    const { getArticle, articles } = await import('../index.js');
    return { find: getArticle, all: articles };
  },
  heading: (record) => `Article ${record.number}${record.kind === 'article' ? '' : ` (${record.kind})`}`,
});
