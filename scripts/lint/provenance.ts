import * as data from '../../src/data/index.js';
import { border } from '../../src/border/index.js';
import * as history from '../../src/history/records/index.js';
import { SourceTierSchema, type SourceTier } from '../../src/schemas/source.js';

/** A citation as the records carry it. */
export interface Citation {
  readonly source: string;
  readonly locator: string;
  readonly quote?: string;
}

/**
 * Words that point at the project's research notes rather than into a cited
 * work: a reader has none of these files.
 */
export const NOTES_PATTERN = /facts(-addendum)?\.md|facts\.md|addendum|dossier|control\.md|lines\.md|geodata\.md|waypoints\.csv|shared\/|research/i;

/** A locator pinned to a number: a page, an article, a row, a record or paragraph number. */
const NUMBER_PIN = [
  /\bpp?\.\s*\d/, // p. 1121, pp. 106–137
  /\bArts?\.\s*(?:[IVXLC]+\b|\d)/, // Art. XII, Art. 6
  /\bArticles?\s+(?:[IVXLC]+\b|\d)/, // Article 2
  /\b(?:row|page|page index|doc\.|no\.|item|note|reference|ref\.|point|paragraph|para\.|column|geonameid)\s*\d/i,
  /¶\s*\d/,
];

/** A locator pinned to a quoted heading, title, field, caption or gazetteer record. */
const HEADING_PIN = /(?:§|heading|section|title|infobox(?: field)?|field|caption|record|entry)\s*[“"«„]/i;

/** Infobox coordinates give the exact value the reader finds in the infobox. */
const INFOBOX_COORDINATES = /^infobox coordinates: .*\d/;

/** The shortest quote a reader can search a page for. */
export const MIN_QUOTE_LENGTH = 8;

/**
 * How a reader finds a citation in its work: by a `page` (any number pin:
 * page, article, row, record), by a quoted `heading` (or field, title,
 * record name), by its `quote` alone, or `none` (unfindable).
 *
 * @example
 * ```ts
 * citationKind({ source: 'bfsp-1121', locator: 'p. 1121' }); //=> 'page'
 * citationKind({ source: 'w-en', locator: 'lead' }); //=> 'none'
 * ```
 */
export function citationKind(ref: Citation): 'page' | 'heading' | 'quote' | 'none' {
  if (NUMBER_PIN.some((pattern) => pattern.test(ref.locator))) return 'page';
  if (HEADING_PIN.test(ref.locator) || INFOBOX_COORDINATES.test(ref.locator)) return 'heading';
  if ((ref.quote?.trim().length ?? 0) >= MIN_QUOTE_LENGTH) return 'quote';
  return 'none';
}

/** Whether the locator or the quote of a citation points at the project's notes. */
export const citesNotes = (ref: Citation): boolean => NOTES_PATTERN.test(ref.locator) || NOTES_PATTERN.test(ref.quote ?? '');

/** One value that carries its own `sources`: a record, a nested fact (a date, a name) or a variant. */
export interface SourcedValue {
  /** `collection/id`, the record the value belongs to. */
  readonly record: string;
  /** Dotted path inside the record (`''` for the record itself). */
  readonly path: string;
  readonly sources: readonly Citation[];
  readonly confidence?: string;
  /** The value's own name or value where it has one (a treaty name, a variant), to label it in a list. */
  readonly label?: string;
  /** A variant: a reading not preferred. */
  readonly variant: boolean;
}

/**
 * Every record collection of `.`, `./border` and `./history`, by the name
 * users import.
 */
export function collections(): Readonly<Record<string, readonly unknown[]>> {
  return {
    events: data.events,
    signatories: data.signatories,
    parties: data.parties,
    ratifications: data.ratifications,
    registration: [data.registration],
    articles: data.articles,
    places: data.places,
    treaty: [data.treaty],
    border: border.features.map((feature) => feature.properties),
    holders: history.holders,
    historyPlaces: history.historyPlaces,
    controlPeriods: history.controlPeriods,
    titles: history.titles,
    figures: history.figures,
  };
}

/** The fields of the treaty that hold other collections' records, walked there. */
const AGGREGATED = new Set(['parties', 'signatories', 'ratifications', 'registration', 'articles']);

const isCitation = (value: unknown): value is Citation =>
  value !== null && typeof value === 'object' && typeof (value as Citation).source === 'string' && typeof (value as Citation).locator === 'string';

/**
 * Every value with a `sources` array in the given collections, depth first.
 * The treaty aggregates other records (its `parties`, `signatories`,
 * `articles`, `events`…): only its own fields are walked.
 *
 * @example
 * ```ts
 * sourcedValues().find((v) => v.record === 'events/treaty-signed')?.sources[0]?.source; //=> 'bfsp-1121'
 * ```
 */
export function sourcedValues(of: Readonly<Record<string, readonly unknown[]>> = collections()): SourcedValue[] {
  const found: SourcedValue[] = [];
  const walk = (record: string, value: unknown, path: string, variant: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(record, item, `${path}${index}.`, variant));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const sources = object.sources;
    if (Array.isArray(sources) && sources.every(isCitation)) {
      const label = [object.name, object.value].find((candidate) => typeof candidate === 'string');
      found.push({
        record,
        path: path.replace(/\.$/, ''),
        sources,
        ...(typeof object.confidence === 'string' ? { confidence: object.confidence } : {}),
        ...(typeof label === 'string' ? { label } : {}),
        variant,
      });
    }
    for (const [key, child] of Object.entries(object)) {
      if (key !== 'sources') walk(record, child, `${path}${key}.`, variant || key === 'variants' || key.endsWith('Variants'));
    }
  };
  for (const [name, records] of Object.entries(of)) {
    for (const record of records as readonly Record<string, unknown>[]) {
      const id = `${name}/${String(record.id ?? 'treaty')}`;
      // The treaty aggregates the other collections: walk only its own fields.
      const own = name === 'treaty' ? Object.fromEntries(Object.entries(record).filter(([key]) => !AGGREGATED.has(key))) : record;
      walk(id, own, '', false);
    }
  }
  return found;
}

/** Every citation of the given sourced values (each value's own `sources`). */
export const citationsOf = (values: readonly SourcedValue[]): Citation[] => values.flatMap((value) => value.sources);

/** The rank of a tier: 0 for primary, 4 for derivative. */
export const tierRank = (tier: SourceTier): number => SourceTierSchema.options.indexOf(tier);

/** Every work cited: the bibliography of `.` and the history-only sources of `./history`. */
export const allSources = () => [...data.sources, ...history.historySources];

/** The tier of each source id of the bibliography. */
export const tiers = (): ReadonlyMap<string, SourceTier> => new Map(allSources().map((source) => [source.id, source.tier]));

/**
 * The preferred values (not variants) whose every citation is a `wiki` or
 * `derivative` source: the research agenda.
 *
 * @example
 * ```ts
 * weaklySourced().map((v) => `${v.record} ${v.path}`);
 * ```
 */
export function weaklySourced(values: readonly SourcedValue[] = sourcedValues()): SourcedValue[] {
  const tierOf = tiers();
  return values.filter(
    (value) => !value.variant && value.sources.every((ref) => ['wiki', 'derivative'].includes(tierOf.get(ref.source) ?? 'derivative')),
  );
}
