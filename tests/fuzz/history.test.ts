import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../src/data/events.js';
import type { HistoryPlaceId } from '../../src/history/index.js';
import * as entry from '../../src/history/index.js';
import { anyValue, nastyString, optionsLike } from './arbitraries.js';
import { budget } from './budget.js';
import { outcome } from './errors.js';
import { captureExports, expectRecordsFrozen } from './exported-state.js';

const { citeHistoryRecord, controlPeriods, figures, historyPlaces, historyRange, holders, periodsOf, statusOn, titles } = entry;

const placeIds = historyPlaces.map((place) => place.id);
const dayMs = 86_400_000;
const first = Date.parse(historyRange.from);
const last = Date.parse(historyRange.to);
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Every day of the covered range, the first and last day included. */
const inRangeDate = fc.integer({ min: 0, max: (last - first) / dayMs }).map((day) => toIso(first + day * dayMs));
/** Calendar days outside the range, near it and far from it. */
const outOfRangeDate = fc.oneof(
  fc.integer({ min: 1, max: 3_000 }).map((day) => toIso(first - day * dayMs)),
  fc.integer({ min: 1, max: 3_000 }).map((day) => toIso(last + day * dayMs)),
  fc.constantFrom('1920-07-11', '1941-01-01', '0001-01-01', '9999-12-31'),
);
const placeLike = fc.oneof(fc.constantFrom(...placeIds), fc.constantFrom('minsk', 'Vilnius', 'vilnius ', 'riga', 'moscow'), nastyString, anyValue);
const dateLike = fc.oneof(inRangeDate, outOfRangeDate, fc.constantFrom('1930-02-29', '1932-02-29', '1930-6-1', '1930-06-01T00:00'), nastyString, anyValue);

/** Whether `value` is an ISO calendar day (`1930-02-29` is not). */
const isCalendarDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && toIso(ms) === value;
};
/** Whether `value` is a day `statusOn` must answer for. */
const isCoveredDay = (value: unknown): boolean => isCalendarDay(value) && value >= historyRange.from && value <= historyRange.to;

let before: Record<string, unknown> = {};
beforeAll(() => {
  before = captureExports(entry);
});

describe('fuzz: statusOn', () => {
  it('answers for every place and every day of the covered range, with the period that contains the day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...placeIds), inRangeDate, (place, date) => {
        const status = statusOn(place, date);
        const ok =
          status.place === place &&
          status.date === date &&
          status.period.place === place &&
          status.period.from <= date &&
          date <= status.period.to &&
          status.controller === status.period.controller &&
          Object.isFrozen(status) &&
          Object.isFrozen(status.titles);
        expect(ok).toBe(true);
      }),
      { numRuns: budget.statusOnValid },
    );
  });
  it('lists, for each view, its title’s instruments dated on or before the day (by the events of `lt-ru-1920`), in order, and only those', () => {
    const dated = new Map(events.map((event) => [event.id, event.date]));
    fc.assert(
      fc.property(fc.constantFrom(...placeIds), inRangeDate, (place, date) => {
        const rows = titles.filter((title) => title.places.includes(place) && title.from <= date && (title.to === undefined || date <= title.to));
        const claims = statusOn(place, date).titles;
        expect(claims.map((claim) => claim.view)).toEqual(rows.map((row) => row.view));
        rows.forEach((row, i) => {
          const basis = claims[i]?.basis ?? [];
          expect(basis, `${row.id} on ${date}`).toEqual(row.basis.filter((id) => (dated.get(id) ?? '9999-12-31') <= date));
          expect(basis[0], `${row.id} on ${date}: the first instrument stays`).toBe(row.basis[0]);
        });
      }),
      { numRuns: budget.statusOnBasis },
    );
  });
  it('throws only a TypeError or RangeError naming `placeId` or `date` for anything else, and never for a covered day', () => {
    fc.assert(
      fc.property(placeLike, dateLike, (place, date) => {
        const result = outcome(() => statusOn(place as HistoryPlaceId, date as string), /^statusOn: (placeId|date) /);
        const knownPlace = typeof place === 'string' && placeIds.includes(place as HistoryPlaceId);
        expect(result.threw).toBe(!(knownPlace && isCoveredDay(date)));
        // A real day outside the range is refused with the range stated.
        if (knownPlace && isCalendarDay(date) && !isCoveredDay(date))
          expect(result.threw && result.error.message).toContain(`${historyRange.from} to ${historyRange.to}`);
      }),
      { numRuns: budget.statusOnInvalid },
    );
  });
});

describe('fuzz: periodsOf', () => {
  it('returns the place’s frozen periods in date order, or throws a TypeError/RangeError naming `placeId`', () => {
    fc.assert(
      fc.property(placeLike, (place) => {
        const result = outcome(() => periodsOf(place as HistoryPlaceId), /^periodsOf: placeId /);
        expect(result.threw).toBe(!(typeof place === 'string' && placeIds.includes(place as HistoryPlaceId)));
        if (!result.threw) {
          const periods = result.value;
          expect(
            Object.isFrozen(periods) &&
              periods.length > 0 &&
              periods.every((period, i) => period.place === place && (i === 0 || (periods[i - 1]?.to ?? '') < period.from)),
          ).toBe(true);
        }
      }),
      { numRuns: budget.periodsOf },
    );
  });
});

describe('fuzz: citeHistoryRecord', () => {
  const formats = ['text', 'bibtex', 'csl-json', 'ris'] as const;
  const known = [...controlPeriods, ...titles, ...figures, ...holders].map((record) => record.id);
  it('returns a non-empty string for a known id, or throws a TypeError/RangeError of its own naming the id or option', () => {
    const id = fc.oneof(fc.constantFrom(...known), fc.constantFrom('vilnius', 'treaty-signed', 'w-en'), nastyString, anyValue);
    const options = fc.oneof(optionsLike({ format: fc.oneof(fc.constantFrom(...formats), anyValue) }), fc.constant(undefined));
    fc.assert(
      fc.property(id, options, (value, opts) => {
        const result = outcome(
          () => citeHistoryRecord(value as string, opts as entry.CiteHistoryRecordOptions),
          /^citeHistoryRecord: .*\b(id|options|format|kind)\b/,
        );
        if (!result.threw) expect(result.value.length).toBeGreaterThan(0);
        const { format, kind } = (opts ?? {}) as { format?: unknown; kind?: unknown };
        const valid =
          known.includes(value as string) &&
          (opts === undefined ||
            (opts !== null && typeof opts === 'object' && kind === undefined && (format === undefined || formats.includes(format as never))));
        if (valid) expect(result.threw).toBe(false);
      }),
      { numRuns: budget.citeHistoryRecord },
    );
  });
});

// Last in the file, so it runs after every property above.
it('leaves every export of `lt-ru-1920/history` unchanged and deeply frozen', () => {
  expect(captureExports(entry)).toEqual(before);
  expectRecordsFrozen(entry);
});
