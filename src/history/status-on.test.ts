import { describe, expect, expectTypeOf, it } from 'vitest';
import { events } from '../data/events.js';
import type { HistoryPlaceId } from '../generated/history-ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Title } from '../schemas/history.js';
import { controlPeriods } from './records/control-periods.js';
import { titles as titleRecords } from './records/titles.js';

const titles: readonly DeepReadonly<Title>[] = titleRecords;

/** The instruments of `basis` whose event (`events` of `lt-ru-1920`) is dated on or before `date`, in order. */
const datedBy = (basis: readonly string[], date: string): string[] => basis.filter((id) => (events.find((event) => event.id === id)?.date ?? '9999') <= date);

import { statusOn } from './status-on.js';

describe('statusOn', () => {
  it.each<[HistoryPlaceId, string, string]>([
    ['vilnius', '1920-08-31', 'lithuania'],
    ['vilnius', '1921-01-01', 'central-lithuania'],
    ['vilnius', '1930-06-01', 'poland'],
    ['vilnius', '1939-11-15', 'lithuania'],
    ['kaunas', '1930-06-01', 'lithuania'],
    ['hrodna', '1939-11-15', 'ussr'],
  ])('answers who held %s on %s: %s', (place, date, controller) => {
    expect(statusOn(place, date).controller).toBe(controller);
  });
  it('returns the period containing the day, on the first and the last day of every period', () => {
    for (const period of controlPeriods) {
      for (const day of [period.from, period.to]) {
        const status = statusOn(period.place, day);
        expect(status.period, `${period.id} on ${day}`).toBe(period);
        expect(status.controller).toBe(period.controller);
        expect(status).toMatchObject({ place: period.place, date: day });
      }
    }
  });
  it('keeps the views apart: on 1 June 1930 Lithuania’s view gives Vilnius to Lithuania, Poland’s to Poland', () => {
    const claims = statusOn('vilnius', '1930-06-01').titles;
    expect(claims).toContainEqual(expect.objectContaining({ view: 'lithuania', holder: 'lithuania' }));
    expect(claims).toContainEqual(expect.objectContaining({ view: 'poland', holder: 'poland' }));
  });
  it('lists exactly the titles whose places and dates include the day, each based on known events', () => {
    const eventIds = new Set(events.map((event) => event.id));
    const date = '1939-11-15';
    for (const place of ['vilnius', 'hrodna', 'suwalki', 'klaipeda'] as const) {
      const claims = statusOn(place, date).titles;
      const expected = titles.filter((title) => title.places.includes(place) && title.from <= date && (title.to === undefined || date <= title.to));
      expect(claims).toEqual(
        expected.map((title) => ({ view: title.view, holder: title.holder, leftTo: title.leftTo ?? [], basis: datedBy(title.basis, date) })),
      );
      for (const claim of claims) expect(claim.basis.filter((id) => !eventIds.has(id))).toEqual([]);
    }
  });
  it('tells a stated “no claim” from an unknown view: after the Peace of Riga the Soviet side left Hrodna to Poland and Lithuania', () => {
    const soviet = statusOn('hrodna', '1930-06-01').titles.filter((claim) => claim.view === 'soviet');
    expect(soviet).toEqual([expect.objectContaining({ holder: null, leftTo: ['poland', 'lithuania'], basis: ['peace-of-riga'] })]);
    expect(statusOn('vilnius', '1930-06-01').titles.find((claim) => claim.view === 'soviet')?.leftTo).toEqual([]);
  });
  it('gives one row per view: Vilnius in November 1939 has one Lithuanian title, resting on all its instruments', () => {
    const lithuanian = statusOn('vilnius', '1939-11-15').titles.filter((claim) => claim.view === 'lithuania');
    expect(lithuanian).toHaveLength(1);
    expect(lithuanian[0]?.basis).toEqual(expect.arrayContaining(['mutual-assistance-treaty-1939', 'treaty-signed']));
  });
  it('lists, for each view, only the instruments dated by that day: Lithuania’s constitution of 1938 is not in its basis in 1930', () => {
    const lithuanian = (date: string) => statusOn('vilnius', date).titles.find((claim) => claim.view === 'lithuania')?.basis;
    expect(lithuanian('1930-06-01')).toEqual(['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928']);
    expect(lithuanian('1939-01-01')).toEqual(['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928', 'lithuanian-constitution-1938']);
    expect(lithuanian('1920-07-12')).toEqual(['treaty-signed']);
    const polish = statusOn('vilnius', '1922-03-30').titles.find((claim) => claim.view === 'poland')?.basis;
    expect(polish).toEqual(['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution']);
  });
  it('returns a deeply frozen answer', () => {
    const status = statusOn('vilnius', '1923-03-15');
    expect(Object.isFrozen(status)).toBe(true);
    expect(Object.isFrozen(status.titles)).toBe(true);
    expect(status.titles.every((claim) => Object.isFrozen(claim) && Object.isFrozen(claim.basis))).toBe(true);
    expect(Object.isFrozen(status.period)).toBe(true);
  });
  it('throws a RangeError naming the place for an unknown place', () => {
    // @ts-expect-error -- not a HistoryPlaceId: fails to compile, and throws at run time
    expect(() => statusOn('minsk', '1930-06-01')).toThrow(RangeError);
    expect(() => statusOn('minsk' as HistoryPlaceId, '1930-06-01')).toThrow(/^statusOn: placeId "minsk" is not a place of lt-ru-1920\/history/);
  });
  it('throws a RangeError naming the date for a malformed or impossible date', () => {
    expect(() => statusOn('vilnius', '1 June 1930')).toThrow(RangeError);
    expect(() => statusOn('vilnius', '1930-02-29')).toThrow(/^statusOn: date must be an ISO calendar date YYYY-MM-DD, received "1930-02-29"/);
  });
  it('throws a RangeError stating the covered range for a date outside it', () => {
    expect(() => statusOn('vilnius', '1941-06-22')).toThrow(RangeError);
    expect(() => statusOn('vilnius', '1941-06-22')).toThrow('statusOn: date "1941-06-22" is outside the covered range 1920-07-12 to 1940-12-31');
    expect(() => statusOn('vilnius', '1920-07-11')).toThrow(/covered range 1920-07-12 to 1940-12-31/);
  });
  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => statusOn(42 as unknown as HistoryPlaceId, '1930-06-01')).toThrow(/^statusOn: placeId must be a string/);
    expect(() => statusOn('vilnius', new Date('1930-06-01') as unknown as string)).toThrow(TypeError);
  });
  it('takes only the ids of historyPlaces: a misspelt place fails to compile', () => {
    expectTypeOf(statusOn).parameter(0).toEqualTypeOf<HistoryPlaceId>();
    // @ts-expect-error -- 'vilnuis' is not a HistoryPlaceId
    expect(() => statusOn('vilnuis', '1930-06-01')).toThrow(/^statusOn: placeId "vilnuis" is not a place/);
    expectTypeOf(statusOn('vilnius', '1930-06-01').place).toEqualTypeOf<HistoryPlaceId>();
  });
  it('counts a title on its first and on its last day', () => {
    const bounded = titles.filter((title) => title.to !== undefined && title.from >= '1920-07-12' && (title.to ?? '') <= '1940-12-31');
    expect(bounded.length).toBeGreaterThan(0);
    for (const title of bounded) {
      const place = title.places[0] as HistoryPlaceId;
      for (const day of [title.from, title.to as string]) {
        const claims = statusOn(place, day).titles;
        expect(claims, `${title.view} ${title.holder} ${place} ${day}`).toContainEqual({
          view: title.view,
          holder: title.holder,
          leftTo: title.leftTo ?? [],
          basis: datedBy(title.basis, day),
        });
      }
    }
  });
});
