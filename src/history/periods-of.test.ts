import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { HistoryPlaceId } from '../generated/history-ids.generated.js';
import { historyRange } from './history-range.js';
import { periodsOf } from './periods-of.js';
import { controlPeriods } from './records/control-periods.js';
import { historyPlaces } from './records/places.js';

/** The ISO day after `iso`. */
const nextDay = (iso: string): string => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

describe('periodsOf', () => {
  it('returns, for every place, its periods in date order, covering the whole range day after day', () => {
    for (const place of historyPlaces) {
      const periods = periodsOf(place.id);
      expect(periods[0]?.from, place.id).toBe(historyRange.from);
      expect(periods.at(-1)?.to, place.id).toBe(historyRange.to);
      periods.slice(1).forEach((period, i) => expect(period.from, period.id).toBe(nextDay(periods[i]?.to ?? '')));
    }
  });
  it('returns every period exactly once across the places, as the shared frozen records', () => {
    const all = historyPlaces.flatMap((place) => periodsOf(place.id));
    expect(all).toHaveLength(controlPeriods.length);
    expect(new Set(all)).toEqual(new Set(controlPeriods));
  });
  it('returns a new frozen array on every call, so callers cannot reorder the data', () => {
    const first = periodsOf('vilnius');
    expect(Object.isFrozen(first)).toBe(true);
    expect(periodsOf('vilnius')).not.toBe(first);
    expect(periodsOf('vilnius')).toEqual(first);
  });
  it('takes only the ids of historyPlaces', () => {
    expectTypeOf(periodsOf).parameter(0).toEqualTypeOf<HistoryPlaceId>();
  });
  it('throws a RangeError naming `placeId` for an unknown place', () => {
    // @ts-expect-error -- not a HistoryPlaceId: fails to compile, and throws at run time
    expect(() => periodsOf('minsk')).toThrow(RangeError);
    expect(() => periodsOf('minsk' as HistoryPlaceId)).toThrow(/^periodsOf: placeId "minsk" is not a place/);
  });
  it('orders a place’s periods by their start whatever the order of the records', async () => {
    vi.resetModules();
    vi.doMock('./records/control-periods.js', () => ({ controlPeriods: [...controlPeriods].reverse() }));
    try {
      const { periodsOf: fresh } = await import('./periods-of.js');
      for (const place of historyPlaces) expect(fresh(place.id).map((period) => period.id)).toEqual(periodsOf(place.id).map((period) => period.id));
      expect(historyPlaces.some((place) => periodsOf(place.id).length > 1)).toBe(true);
    } finally {
      vi.doUnmock('./records/control-periods.js');
      vi.resetModules();
    }
  });
});
