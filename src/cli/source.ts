import type { Source } from '../index.js';
import { type Command, jsonOutput } from './command.js';
import { findByName } from './find-by-name.js';

/** Whether `value` holds, at any depth, a citation (`{ source: id }`) of the source `id`. */
function cites(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((item) => cites(item, id));
  if (value === null || typeof value !== 'object') return false;
  if ((value as { source?: unknown }).source === id) return true;
  return Object.values(value).some((item) => cites(item, id));
}

/**
 * Every record of the three data entries, by kind, as `where` counts
 * citations: the records of `lt-ru-1920`, the features of
 * `lt-ru-1920/border` and the records of `lt-ru-1920/history`.
 *
 * @example
 * ```ts
 * (await recordsByKind()).event.length; // the number of events
 * ```
 */
export async function recordsByKind(): Promise<Readonly<Record<string, readonly unknown[]>>> {
  const [data, border, history] = await Promise.all([import('../index.js'), import('../border/index.js'), import('../history/index.js')]);
  const features = border.border.features as readonly { readonly properties: { readonly kind: string } }[];
  const byFeatureKind = (kind: string) => features.filter((feature) => feature.properties.kind === kind);
  return {
    treaty: [data.treaty],
    event: data.events,
    signatory: data.signatories,
    party: data.parties,
    article: data.articles,
    place: data.places,
    ratification: data.ratifications,
    registration: [data.registration],
    waypoint: byFeatureKind('waypoint'),
    segment: byFeatureKind('segment'),
    territory: byFeatureKind('territory'),
    'history place': history.historyPlaces,
    'control period': history.controlPeriods,
    title: history.titles,
    holder: history.holders,
    figure: history.figures,
  };
}

/**
 * `lt-ru-1920 source ID`.
 *
 * @example
 * ```ts
 * await source.run({ values: {}, positionals: ['syb-1921'] }); // 'source     syb-1921\ntitle      The Statesman's Year-Book 1921\n…'
 * ```
 */
export const source: Command = {
  usage: 'ID [--json]',
  help: [
    'Explains a source id: title, author, publisher, year, tier (primary, scholarly, reference, wiki,',
    'derivative: strongest first), where to read it (URL) or where the text stands in it (locator),',
    'the note on using it, and how many records of the data cite it, by kind. ID may also be the',
    'title; lt-ru-1920 sources lists them all.',
    '  --json        print the source record with "citedBy": the ids of the records citing it, by kind',
    'Example: lt-ru-1920 source syb-1921',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['ID'],
  async run({ values, positionals }) {
    const [{ sources }, { historySources }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
    const all: readonly Source[] = [...sources, ...historySources];
    const record = findByName(
      'source',
      positionals[0] as string,
      all.map((candidate) => ({ id: candidate.id, names: [candidate.title], record: candidate })),
    ).record;
    const citedBy = Object.entries(await recordsByKind())
      .map(
        ([kind, records]) =>
          [
            kind,
            records
              .filter((item) => cites(item, record.id))
              .map((item) => (item as { id?: string; properties?: { id: string } }).id ?? (item as { properties: { id: string } }).properties.id),
          ] as const,
      )
      .filter(([, ids]) => ids.length > 0);
    if (values.json) return jsonOutput({ ...record, citedBy: Object.fromEntries(citedBy) });
    const total = citedBy.reduce((sum, [, ids]) => sum + ids.length, 0);
    const field = (label: string, value: string | number | undefined) => (value === undefined ? [] : [`${label.padEnd(10)} ${value}`]);
    return [
      ...field('source', record.id),
      ...field('title', record.title),
      ...field('author', record.author),
      ...field('publisher', record.publisher),
      ...field('year', record.year),
      ...field('tier', record.tier),
      ...field('kind', record.kind === 'primary' ? 'primary (a treaty text or an official collection of it)' : 'secondary (written about it)'),
      ...field('language', record.language),
      ...field('url', record.url),
      ...field('locator', record.locator),
      ...field('note', record.note),
      `cited by   ${total === 0 ? 'no record' : `${total} record${total === 1 ? '' : 's'}: ${citedBy.map(([kind, ids]) => `${ids.length} ${kind}${ids.length === 1 ? '' : 's'}`).join(', ')}`}`,
      '',
    ].join('\n');
  },
};
