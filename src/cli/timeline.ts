import type { EventKind } from '../index.js';
import { type Command, jsonOutput, UsageError } from './command.js';
import { dateArgument } from './date-argument.js';
import { fallbackNote, inLanguage, languageHelp, languageOption } from './language.js';

/** `lt-ru-1920 timeline [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind K …]`. */
export const timeline: Command = {
  usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kind KIND …] [--lang LANG] [--json]',
  help: [
    'Prints the events in date order, one a line: date (a range for events over several days),',
    'kind, title, id, and the other dates some sources give.',
    '  --from DATE   earliest date, inclusive',
    '  --to DATE     latest date, inclusive',
    '  --kind KIND   keep only this kind of event; repeat for several',
    languageHelp,
    '  --json        print the events as one JSON array of records',
    'Example: lt-ru-1920 timeline --from 1920-07-01 --to 1920-10-31 --kind ratification',
  ].join('\n'),
  options: { from: { type: 'string' }, to: { type: 'string' }, kind: { type: 'string', multiple: true }, lang: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [],
  async run({ values }) {
    const from = dateArgument('--from', values.from);
    const to = dateArgument('--to', values.to);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is later than --to ${to}`);
    const kinds = (values.kind ?? []) as readonly string[];
    const language = languageOption(values.lang);
    const data = await import('../index.js');
    const known = [...new Set(data.events.map((event) => event.kind))].sort();
    const unknown = kinds.find((kind) => !(known as readonly string[]).includes(kind));
    if (unknown !== undefined) throw new UsageError(`--kind ${JSON.stringify(unknown)} is not an event kind; known kinds: ${known.join(', ')}`);
    const selected = data.timeline({
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(kinds.length === 0 ? {} : { kind: kinds as readonly EventKind[] }),
    });
    if (values.json) return jsonOutput(selected);
    if (selected.length === 0) return 'no events match\n';
    const rows = selected.map((event) => {
      const date = event.endDate ? `${event.date}…${event.endDate}` : event.date;
      const variants = event.variants ? `  (other dates given: ${event.variants.map((variant) => variant.value).join(', ')})` : '';
      return [date, event.kind, `${inLanguage(event.title, language)}  [${event.id}]${variants}`];
    });
    const width = (column: number) => Math.max(0, ...rows.map((row) => (row[column] as string).length));
    const [dateWidth, kindWidth] = [width(0), width(1)];
    const text = `${rows.map(([date = '', kind = '', title = '']) => `${date.padEnd(dateWidth)}  ${kind.padEnd(kindWidth)}  ${title}`.trimEnd()).join('\n')}\n`;
    return `${text}${fallbackNote(text, language)}`;
  },
};
