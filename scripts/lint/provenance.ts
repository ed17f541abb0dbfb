import { historySources } from '../../src/generated/history-sources.generated.js';
import { sources } from '../../src/generated/sources.generated.js';
import { type SourceTier, SourceTierSchema } from '../../src/schemas/source.js';
import { collections } from './collections.js';

export { collections };

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
export const NOTES_PATTERN =
  /facts(-addendum)?\.md|facts\.md|addendum|dossier|control\.md|lines\.md|geodata\.md|waypoints\.csv|shared\/|research|treaty-text\/|\b[\w-]+\.md\b/i;

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
  /** The ISO dates the value itself carries (`date`, `from`, `to`), to tell when the facts it states happened. */
  readonly dates: readonly string[];
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
      const dates = [object.date, object.from, object.to, variant ? object.value : undefined].filter(
        (date): date is string => typeof date === 'string' && /^\d{4}/.test(date),
      );
      found.push({
        record,
        path: path.replace(/\.$/, ''),
        sources,
        ...(typeof object.confidence === 'string' ? { confidence: object.confidence } : {}),
        ...(typeof label === 'string' ? { label } : {}),
        variant,
        dates,
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
export const allSources = () => [...sources, ...historySources];

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
  return values.filter((value) => !value.variant && value.sources.every((ref) => ['wiki', 'derivative'].includes(tierOf.get(ref.source) ?? 'derivative')));
}

/**
 * Notes that say a work was read through a copy that changes, or may have
 * changed, its text: a machine translation, a retyped copy, a mirror or a
 * proxy of a web page. By the tier rule such a source is `derivative`.
 */
export const DERIVATIVE_NOTE = /machine[- ]translat|\bretyped\b|read (?:on|through|via) an? (?:mirror|proxy)|proxy copy/i;

/** The year a source's text was written: `dated`, else the year of the edition read. */
export const textYear = (source: { readonly dated?: number | undefined; readonly year?: number | undefined }): number | undefined =>
  source.dated ?? source.year;

/**
 * What the tier rule forbids and a machine can see, one message per fault:
 * a note that says "machine translation", "retyped", "mirror" or "proxy" on a
 * source that is not `derivative`; a `primary` source without the year of its
 * text, or dated more than a year after the latest fact a value citing it
 * states; two sources sharing a URL (one record per work).
 *
 * @example
 * ```ts
 * tierFaults([{ id: 'x', title: 'X', kind: 'secondary', tier: 'reference', note: 'Polish machine translation.' }], []);
 * //=> ['x: the note says it was read in a copy that changes the text (machine translation, retyped, mirror, proxy), so its tier is derivative, not reference']
 * ```
 */
export function tierFaults(
  sources: readonly {
    readonly id: string;
    readonly tier: SourceTier;
    readonly note?: string | undefined;
    readonly url?: string | undefined;
    readonly dated?: number | undefined;
    readonly year?: number | undefined;
  }[],
  values: readonly SourcedValue[],
): string[] {
  const faults: string[] = [];
  for (const source of sources) {
    if (source.tier !== 'derivative' && DERIVATIVE_NOTE.test(source.note ?? ''))
      faults.push(
        `${source.id}: the note says it was read in a copy that changes the text (machine translation, retyped, mirror, proxy), so its tier is derivative, not ${source.tier}`,
      );
    if (source.tier !== 'primary') continue;
    const year = textYear(source);
    if (year === undefined) {
      faults.push(`${source.id}: a primary source states the year of its text (dated or year)`);
      continue;
    }
    for (const value of values) {
      if (value.dates.length === 0 || !value.sources.some((ref) => ref.source === source.id)) continue;
      const latest = Math.max(...value.dates.map((date) => Number(date.slice(0, 4))));
      if (year > latest + 1)
        faults.push(
          `${source.id}: written in ${year}, after the facts of ${value.record}${value.path ? ` ${value.path}` : ''} (${latest}), so it is not primary for them`,
        );
    }
  }
  const byUrl = new Map<string, string[]>();
  for (const source of sources) if (source.url) byUrl.set(source.url, [...(byUrl.get(source.url) ?? []), source.id]);
  for (const [url, ids] of byUrl) if (ids.length > 1) faults.push(`${ids.join(', ')}: one work listed ${ids.length} times (${url})`);
  return faults;
}

/** A note that says the copy read cannot be found again (a page seen once, its address not recorded). */
export const NOT_FOUND_AGAIN = /(?:cannot|could not) be found again/i;

/** A project file named in a source's note: a reader has none of them. */
const PROJECT_FILE = /\b[\w./-]+\.(?:md|csv)\b|shared\//;

/** Languages written in Cyrillic among the sources' languages. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'be', 'be-tarask', 'uk', 'bg', 'sr']);

/** Whether most letters of a text are Cyrillic. */
const mostlyCyrillic = (text: string): boolean => {
  const letters = [...text].filter((char) => /\p{L}/u.test(char));
  return letters.filter((char) => /\p{Script=Cyrillic}/u.test(char)).length * 2 > letters.length;
};

/**
 * What keeps a reader from finding a work or a claim in it, one message per
 * fault: a source with no URL, no full print reference (author or publisher,
 * title, place, year, pages) and no note saying the copy read cannot be
 * found again; a note naming a project file; a GeoNames citation without the
 * address of its row (https://www.geonames.org/<id>); a quote in another
 * script than the language of the page cited (Cyrillic on a Latin-script page
 * or the reverse), except a quoted title or page address, which a translated
 * copy may keep in the original's script.
 *
 * @example
 * ```ts
 * findabilityFaults([{ id: 'x', title: 'X', kind: 'secondary', tier: 'wiki' }], []);
 * //=> ['x: no URL, no print reference (author or publisher, title, place, year, pages) and no note that the copy cannot be found again']
 * ```
 */
export function findabilityFaults(
  sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly url?: string | undefined;
    readonly author?: string | undefined;
    readonly publisher?: string | undefined;
    readonly place?: string | undefined;
    readonly year?: number | undefined;
    readonly pages?: string | undefined;
    readonly language?: string | undefined;
    readonly note?: string | undefined;
  }[],
  values: readonly SourcedValue[],
): string[] {
  const faults: string[] = [];
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const source of sources) {
    const printed = (source.author ?? source.publisher) !== undefined && source.place !== undefined && source.year !== undefined && source.pages !== undefined;
    if (source.url === undefined && !printed && !NOT_FOUND_AGAIN.test(source.note ?? ''))
      faults.push(`${source.id}: no URL, no print reference (author or publisher, title, place, year, pages) and no note that the copy cannot be found again`);
    if (PROJECT_FILE.test(source.note ?? '')) faults.push(`${source.id}: the note names a project file`);
  }
  for (const value of values) {
    for (const ref of value.sources) {
      const where = `${value.record}${value.path ? ` ${value.path}` : ''} (${ref.source})`;
      const row = /geonameid;? (\d+)|^row (\d+)/.exec(ref.locator);
      const geonameid = row?.[1] ?? row?.[2];
      if (ref.source === 'geonames-cities500' && (geonameid === undefined || !ref.locator.includes(`https://www.geonames.org/${geonameid}`)))
        faults.push(`${where}: a GeoNames citation links its row (https://www.geonames.org/<geonameid>)`);
      const language = byId.get(ref.source)?.language;
      const titleOrAddress = /\b(?:title|page address)\b/i.test(ref.locator);
      if (
        ref.quote !== undefined &&
        language !== undefined &&
        !titleOrAddress &&
        /\p{L}/u.test(ref.quote) &&
        mostlyCyrillic(ref.quote) !== CYRILLIC_LANGUAGES.has(language)
      )
        faults.push(`${where}: the quote is not in the script of the page cited (${language})`);
    }
  }
  return faults;
}
