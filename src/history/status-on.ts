import type { HistoryPlaceId, HolderId } from '../generated/history-ids.generated.js';
import type { PartyId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { ControlPeriod, TitleView } from '../schemas/history.js';
import { assertHistoryDate } from './assert-history-date.js';
import { assertPlaceId } from './assert-place-id.js';
import { basisOn } from './basis-on.js';
import { controlPeriods } from './records/control-periods.js';
import { titles } from './records/titles.js';

/** One view's answer to "who had title here?": the holder that view recognised and the events (instruments) it rested on. */
export interface TitleClaim {
  /** Whose view: `lithuania`, `poland`, `conference-of-ambassadors`, `soviet` or `germany`. */
  readonly view: TitleView;
  /**
   * Id of the power that view recognised: a record of `holders`, or a treaty
   * party (`parties` of `lt-ru-1920`); `null` where that view made no claim
   * and left the question to the powers in `leftTo`.
   */
  readonly holder: HolderId | PartyId | null;
  /** Where `holder` is null: the powers that view left the question to (empty otherwise). */
  readonly leftTo: readonly string[];
  /**
   * Ids of the events (instruments) the view rested on that day, in the
   * record's order: those dated on or before the day, and always the first,
   * with which the title began. The title record (`titles`) lists them all.
   */
  readonly basis: readonly string[];
}

/** What `statusOn` answers for one place on one day. */
export interface PlaceStatus {
  /** The place id asked about. */
  readonly place: HistoryPlaceId;
  /** The day asked about, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Id of the power that controlled the place that day (a holder or a treaty party), or `null` where the sources do not say. */
  readonly controller: HolderId | PartyId | null;
  /** The control period the day falls in, with its event, confidence and sources. */
  readonly period: DeepReadonly<ControlPeriod & { place: HistoryPlaceId; controller: HolderId | PartyId | null }>;
  /** Each view's title that day, never merged into one answer: title was contested. Empty where no instrument applies. */
  readonly titles: readonly TitleClaim[];
}

/**
 * Who held a place on a given day, and under which instruments each side
 * (Lithuania, Poland, the Conference of Ambassadors, the Soviet side) held
 * that someone had title to it, each view with the instruments dated by
 * that day. Covers 1920-07-12 to 1940-12-31. Returns a new deeply frozen
 * object; the period in it is the shared frozen record.
 *
 * @throws {RangeError} when `placeId` is not a place of `historyPlaces`, when
 * `date` is not an ISO calendar date, or when it lies outside the covered
 * range (the message states the range).
 * @throws {TypeError} when `placeId` or `date` is not a string.
 * A misspelt place id fails to compile: `placeId` is a `HistoryPlaceId`.
 * @example
 * ```ts
 * const status = statusOn('vilnius', '1930-06-01');
 * status.controller; //=> 'poland'
 * status.titles.map((title) => `${title.view}: ${title.holder}`);
 * //=> ['lithuania: lithuania', 'poland: poland', 'conference-of-ambassadors: poland', 'soviet: lithuania']
 * status.titles[0]?.basis; //=> ['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928']
 * statusOn('vilnius', '1939-01-01').titles[0]?.basis;
 * //=> ['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928', 'lithuanian-constitution-1938']
 * ```
 */
export function statusOn(placeId: HistoryPlaceId, date: string): PlaceStatus {
  assertPlaceId(placeId, 'statusOn');
  assertHistoryDate(date, 'statusOn');
  const period = controlPeriods.find((candidate) => candidate.place === placeId && candidate.from <= date && date <= candidate.to);
  // The data tests prove that each place's periods cover the whole range, so this is a bug in the records, not in the input.
  if (period === undefined) throw new Error(`statusOn: no control period of "${placeId}" covers ${date}`);
  const claims = titles
    .filter((title) => title.places.includes(placeId) && title.from <= date && (title.to === undefined || date <= title.to))
    .map(
      (title): TitleClaim =>
        Object.freeze({ view: title.view, holder: title.holder, leftTo: title.leftTo ?? Object.freeze([]), basis: basisOn(title.basis, date) }),
    );
  return Object.freeze({ place: placeId, date, controller: period.controller, period, titles: Object.freeze(claims) });
}
