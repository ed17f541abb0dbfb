import { NotFoundError, jsonOutput, type Command } from './command.js';
import { formatRecord } from './format-record.js';
import { notFoundMessage } from './suggest.js';

/** A lookup command: what it finds, how to get the records, and the heading of one. */
interface LookupSpec<T extends { readonly id: string }> {
  readonly what: string;
  readonly example: string;
  readonly records: () => Promise<readonly T[]>;
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
      const records = await spec.records();
      const record = records.find((candidate) => candidate.id === id);
      if (!record) throw new NotFoundError(notFoundMessage(spec.what, id, records.map((candidate) => candidate.id)));
      return values.json ? jsonOutput(record) : formatRecord(spec.heading(record), record);
    },
  };
}

/** `lt-ru-1920 event ID`. */
export const event = lookupCommand({
  what: 'event',
  example: 'treaty-signed',
  records: async () => (await import('../index.js')).events,
  heading: (record) => `${record.date}  ${record.title.en}`,
});

/** `lt-ru-1920 signatory ID`. */
export const signatory = lookupCommand({
  what: 'signatory',
  example: 'tomas-narusevicius',
  records: async () => (await import('../index.js')).signatories,
  heading: (record) => `${record.names.printed} (${record.side})`,
});

/** `lt-ru-1920 article ID`. */
export const article = lookupCommand({
  what: 'article',
  example: 'article-2',
  records: async () => (await import('../index.js')).articles,
  heading: (record) => `Article ${record.number}${record.kind === 'article' ? '' : ` (${record.kind})`}`,
});
