import { parties } from '../data/parties.js';
import { places } from '../data/places.js';
import { historySources } from '../generated/history-sources.generated.js';
import { sources } from '../generated/sources.generated.js';
import { RELEASE } from '../helpers/citation/dataset-work.js';
import { readableDate } from '../helpers/citation/dates.js';
import type { CitedRecord } from '../helpers/citation/find-record.js';
import { formats } from '../helpers/citation/formats.js';
import { pickOption } from '../helpers/citation/pick-option.js';
import { otherNames, sourceRecord } from '../helpers/citation/record-parts.js';
import { recordWork } from '../helpers/citation/record-work.js';
import { describeValue } from '../internal/describe-value.js';
import type { TitleView } from '../schemas/history.js';
import { controlPeriods } from './records/control-periods.js';
import { figures } from './records/figures.js';
import { holders } from './records/holders.js';
import { titles } from './records/titles.js';

/** What kind of `./history` record an id names (the `<kind>` of its page, `records/<kind>/<id>.html`). */
export type HistoryRecordKind = 'control-period' | 'title' | 'figure' | 'holder' | 'source';

/** Options of {@link citeHistoryRecord}. */
export interface CiteHistoryRecordOptions {
  /**
   * Output format, as in `citeRecord` of `lt-ru-1920`:
   * - `'text'` (default): one footnote of plain text;
   * - `'bibtex'`: one BibTeX `@incollection` entry (the record inside the dataset);
   * - `'csl-json'`: CSL-JSON text (an array with one `chapter` item), for Zotero, Pandoc and citeproc;
   * - `'ris'`: one RIS `CHAP` record, for Zotero, EndNote and Mendeley.
   */
  readonly format?: 'text' | 'bibtex' | 'csl-json' | 'ris';
  /**
   * The kind of record. Ids are unique across the kinds of `./history`, so it
   * only narrows the search (an id of another kind is then unknown).
   * `'source'` names a work of `historySources` (the works of `lt-ru-1920`'s
   * `sources` are cited by `citeRecord`).
   */
  readonly kind?: HistoryRecordKind;
}

const KINDS: Readonly<Record<HistoryRecordKind, HistoryRecordKind>> = {
  'control-period': 'control-period',
  title: 'title',
  figure: 'figure',
  holder: 'holder',
  source: 'source',
};

const VIEWS: Readonly<Record<TitleView, string>> = {
  lithuania: 'the Lithuanian view',
  poland: 'the Polish view',
  'conference-of-ambassadors': 'the view of the Conference of Ambassadors',
  soviet: 'the Soviet view',
  germany: 'the German view',
};

/** The short English name of a holder or treaty party (`Poland`, `Central Lithuania`). */
function powerName(id: string): string {
  const power: { readonly name: { readonly en: string }; readonly shortName?: { readonly en: string } | undefined } | undefined =
    holders.find((holder) => holder.id === id) ?? parties.find((party) => party.id === id);
  return power === undefined ? id : (power.shortName?.en ?? power.name.en);
}

const placeName = (id: string): string => places.find((place) => place.id === id)?.name.en ?? id;

/** `Vilnius`, `Vilnius and Trakai`, `Vilnius, Trakai and Varėna`, `Vilnius, Hrodna and 11 other places`. */
function placeList(ids: readonly string[]): string {
  const names = ids.map(placeName);
  if (names.length <= 3) return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} other places`;
}

const dateRange = (from: string, to: string | undefined): string =>
  to === undefined ? `from ${readableDate(from)}` : `${readableDate(from)} – ${readableDate(to)}`;

/** `85,263` (the same on every runtime, whatever its locale data). */
const grouped = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Every record of `./history` as a citation reads it, built on first use. */
function allHistoryRecords(): CitedRecord<HistoryRecordKind>[] {
  const ownSources = new Set(sources.map((source) => source.id));
  return [
    ...controlPeriods.map((period) => ({
      kind: 'control-period' as const,
      id: period.id,
      title: `${placeName(period.place)}${period.controller === null ? ': holder not known from the sources' : ` held by ${powerName(period.controller)}`}`,
      value: `${dateRange(period.from, period.to)} (${period.kind === undefined ? '' : `${period.kind}; `}confidence: ${period.confidence})`,
      sources: period.sources,
    })),
    ...titles.map((title) => ({
      kind: 'title' as const,
      id: title.id,
      title: `${placeList(title.places)} in ${VIEWS[title.view]}: ${
        title.holder === null ? `no claim, left to ${(title.leftTo ?? []).map(powerName).join(' and ')}` : powerName(title.holder)
      }`,
      value: dateRange(title.from, title.to),
      sources: title.sources,
    })),
    ...figures.map((figure) => ({
      kind: 'figure' as const,
      id: figure.id,
      title: figure.title,
      value: `${grouped(figure.value)} ${figure.measure === 'area-km2' ? 'km²' : 'inhabitants'}${figure.asOf === undefined ? '' : `, as of ${readableDate(figure.asOf)}`} (confidence: ${figure.confidence})`,
      sources: figure.sources,
    })),
    ...holders.map((holder) => {
      const value = [otherNames(holder.name), holder.abbreviation, holder.dependentOn && `dependent on ${powerName(holder.dependentOn)}`]
        .filter((part) => part !== undefined && part !== '')
        .join('; ');
      return { kind: 'holder' as const, id: holder.id, title: holder.name.en, ...(value === '' ? {} : { value }), sources: holder.sources };
    }),
    ...historySources.filter((source) => !ownSources.has(source.id)).map(sourceRecord),
  ];
}

let index: ReadonlyMap<string, CitedRecord<HistoryRecordKind>> | undefined;

/**
 * Cites one record of `lt-ru-1920/history` — a control period, a title (one
 * side's view), a figure, a holder, or a work of `historySources` — as
 * `citeRecord` of `lt-ru-1920` cites the records of `.` and `./border`, in
 * the same four formats: what it says in the title (a control period: place,
 * holder and days; a title: the places, the view and whom it gave title),
 * the value with its confidence, the dataset and its version, the record's
 * page in the site of that version (`…/v/<version>/records/<kind>/<id>.html`),
 * and the record's own sources, strongest tier first, with their locators
 * and quotes.
 *
 * Throws a `RangeError` naming an unknown id, kind or format, and a
 * `TypeError` when the id, options, kind or format have the wrong type.
 *
 * @example
 * ```ts
 * citeHistoryRecord('vilnius-1922-04-13');
 * //=> 'Vilnius held by Poland, 13 April 1922 – 18 September 1939 (confidence: high). In lt-ru-1920 contributors, lt-ru-1920: … (Version 0.1.0; npm, 2026), https://lt-ru-1920.github.io/lt-ru-1920/v/0.1.0/records/control-period/vilnius-1922-04-13.html. Sources, strongest first: …'
 * citeHistoryRecord('soviet-view-treaty-1920').split('. In ')[0];
 * //=> 'Vilnius, Ashmyany and 5 other places in the Soviet view: Lithuania, 12 July 1920 – 9 October 1939'
 * citeHistoryRecord('central-lithuania', { format: 'bibtex' }).startsWith('@incollection{'); //=> true
 * citeHistoryRecord('vilnius'); // throws RangeError: citeHistoryRecord: unknown id "vilnius"; …
 * ```
 */
export function citeHistoryRecord(id: string, options: CiteHistoryRecordOptions = {}): string {
  if (typeof id !== 'string') throw new TypeError(`citeHistoryRecord: id must be a string, received ${describeValue(id)}`);
  if (options === null || typeof options !== 'object') throw new TypeError(`citeHistoryRecord: options must be an object, received ${describeValue(options)}`);
  const format = pickOption('citeHistoryRecord', formats, options.format ?? 'text', 'format');
  const kind = options.kind === undefined ? undefined : pickOption('citeHistoryRecord', KINDS, options.kind, 'kind');
  index ??= new Map(allHistoryRecords().map((record) => [record.id, record]));
  const record = index.get(id);
  if (record === undefined || (kind !== undefined && record.kind !== kind)) {
    throw new RangeError(
      kind === undefined
        ? `citeHistoryRecord: unknown id ${describeValue(id)}; expected the id of a control period, title, figure, holder or work of historySources (records of lt-ru-1920 are cited by citeRecord)`
        : `citeHistoryRecord: no ${kind} has the id ${describeValue(id)}`,
    );
  }
  return format(recordWork(record, RELEASE, [...sources, ...historySources]));
}
