import { type Command, jsonOutput } from './command.js';
import { fallbackNote, inLanguage, type Language, languageHelp, languageOption } from './language.js';

/**
 * Rows as aligned columns, two spaces apart (the last column is not padded), one a line.
 *
 * @example
 * ```ts
 * columns([['vilnius', 'Vilnius'], ['hrodna', 'Hrodna']]); //=> 'vilnius  Vilnius\nhrodna   Hrodna\n'
 * ```
 */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] as number)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + (rows.length > 0 ? '\n' : '')
  );
}

/** A listing command: what it lists, whether names have languages, and its rows and JSON (loaded on use). */
interface ListSpec {
  readonly what: string;
  readonly description: string;
  readonly languages: boolean;
  readonly list: (language: Language) => Promise<{ readonly rows: readonly (readonly string[])[]; readonly json: unknown; readonly footer?: string }>;
}

function listCommand(spec: ListSpec): Command {
  return {
    usage: spec.languages ? '[--lang LANG] [--json]' : '[--json]',
    help: [
      spec.description,
      ...(spec.languages ? [languageHelp] : []),
      `  --json        print every record as one JSON array`,
      `Example: lt-ru-1920 ${spec.what}`,
    ].join('\n'),
    options: spec.languages ? { json: { type: 'boolean' }, lang: { type: 'string' } } : { json: { type: 'boolean' } },
    positionals: [],
    async run({ values }) {
      const language = languageOption(values.lang);
      const { rows, json, footer } = await spec.list(language);
      if (values.json) return jsonOutput(json);
      const text = `${columns(rows)}${footer ?? ''}`;
      return `${text}${fallbackNote(text, language)}`;
    },
  };
}

/**
 * `lt-ru-1920 places`: every place with its names, and where lt-ru-1920/history says the treaty put it.
 *
 * @example
 * ```ts
 * await placesCommand.run({ values: { json: true }, positionals: [] }); // the records as a JSON array
 * ```
 */
export const placesCommand = listCommand({
  what: 'places',
  description: [
    'Lists every place of the data: id, name (in LANG), the other names the data holds, and for the',
    '17 places lt-ru-1920/history follows, which side of the 1920 line the treaty put them on and on',
    'what basis (the border geometry, or the sources where the place lies too close to the line).',
    'Any of these names finds the place in status and where.',
  ].join('\n'),
  languages: true,
  async list(language) {
    const [{ places }, { historyPlaces }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
    const rows = places.map((place) => {
      const shown = inLanguage(place.name, language);
      const others = [...new Set(Object.values(place.name) as string[])].filter((name) => name !== shown.replace(/ \[en\]$/, ''));
      const history = historyPlaces.find((candidate) => candidate.id === place.id);
      const side =
        history === undefined ? '' : `${history.inTreatyTerritory ? 'inside' : 'outside'} (${history.inTreatyBasis === 'sources' ? 'sources' : 'geometry'})`;
      return [place.id, shown, side, others.join(', ')];
    });
    const json = places.map((place) => {
      const history = historyPlaces.find((candidate) => candidate.id === place.id);
      return history === undefined
        ? place
        : { ...place, position: history.position, inTreatyTerritory: history.inTreatyTerritory, inTreatyBasis: history.inTreatyBasis };
    });
    return {
      rows,
      json,
      footer: 'inside/outside: the 1920 line, as lt-ru-1920/history says (status PLACE for the whole story); blank: a place of the timeline only\n',
    };
  },
});

/**
 * `lt-ru-1920 events`: every event by date, with its title in LANG.
 *
 * @example
 * ```ts
 * await eventsCommand.run({ values: { json: true }, positionals: [] }); // the records as a JSON array
 * ```
 */
export const eventsCommand = listCommand({
  what: 'events',
  description: 'Lists every event by date: date, id, kind and title (in LANG). timeline filters them by dates and kinds.',
  languages: true,
  async list(language) {
    const { timeline } = await import('../index.js');
    const events = timeline();
    return {
      rows: events.map((event) => [event.endDate ? `${event.date}…${event.endDate}` : event.date, event.id, event.kind, inLanguage(event.title, language)]),
      json: events,
    };
  },
});

/**
 * `lt-ru-1920 signatories`: the plenipotentiaries in the preamble's order.
 *
 * @example
 * ```ts
 * await signatoriesCommand.run({ values: { json: true }, positionals: [] }); // the records as a JSON array
 * ```
 */
export const signatoriesCommand = listCommand({
  what: 'signatories',
  description: 'Lists the plenipotentiaries in the preamble’s order: id, side, the name as printed in 1920 and in the person’s own language.',
  languages: false,
  async list() {
    const { signatories } = await import('../index.js');
    return { rows: signatories.map((signatory) => [signatory.id, signatory.side, signatory.names.printed, signatory.names.native]), json: signatories };
  },
});

/**
 * `lt-ru-1920 holders`: the powers that held or claimed places, the two treaty parties first.
 *
 * @example
 * ```ts
 * await holdersCommand.run({ values: { json: true }, positionals: [] }); // the records as a JSON array
 * ```
 */
export const holdersCommand = listCommand({
  what: 'holders',
  description: [
    'Lists the powers that held or claimed places of the treaty territory, 1920–1940: the two treaty',
    'parties (by short name), then the other holders of lt-ru-1920/history: id, name (in LANG), abbreviation.',
  ].join('\n'),
  languages: true,
  async list(language) {
    const [{ parties }, { holders }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
    const rows = [
      ...parties.map((party) => [party.id, inLanguage(party.shortName, language), 'treaty party', party.abbreviation ?? '']),
      ...holders.map((holder) => [holder.id, inLanguage(holder.name, language), 'holder', holder.abbreviation ?? '']),
    ];
    return { rows, json: [...parties, ...holders] };
  },
});

/**
 * `lt-ru-1920 sources`: every source by tier, strongest first.
 *
 * @example
 * ```ts
 * await sourcesCommand.run({ values: { json: true }, positionals: [] }); // the records as a JSON array
 * ```
 */
export const sourcesCommand = listCommand({
  what: 'sources',
  description: [
    'Lists every source the data cites (of lt-ru-1920 and of lt-ru-1920/history), strongest tier first:',
    'id, tier, year, title. lt-ru-1920 source ID explains one.',
  ].join('\n'),
  languages: false,
  async list() {
    const [{ sources }, { historySources }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
    const tiers = ['primary', 'scholarly', 'reference', 'wiki', 'derivative'];
    const all = [...sources, ...historySources].sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier) || a.id.localeCompare(b.id));
    return { rows: all.map((source) => [source.id, source.tier, source.year === undefined ? '' : String(source.year), source.title]), json: all };
  },
});
