import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { events } from '../data/events.js';
import { timeline } from './timeline.js';

describe('timeline', () => {
  it('returns every event in date order by default', () => {
    const all = timeline();
    expect(all).toHaveLength(events.length);
    expect(all.map((event) => event.date)).toEqual(events.map((event) => event.date).sort());
  });
  it('filters by an inclusive date range and kind', () => {
    expect(timeline({ from: '1920-07-01', to: '1920-10-31', kind: 'ratification' }).map((event) => event.id)).toEqual([
      'ratification-lithuania',
      'ratification-rsfsr',
    ]);
    expect(timeline({ from: '1920-07-12', to: '1920-07-12', kind: ['signing'] }).map((event) => event.id)).toEqual(['treaty-signed']);
  });
  it('returns a new frozen array and never reorders the shared data', () => {
    const before = events.map((event) => event.id);
    const first = timeline();
    expect(first).not.toBe(timeline());
    expect(Object.isFrozen(first)).toBe(true);
    expect(events.map((event) => event.id)).toEqual(before);
  });
  it('rejects malformed dates with a RangeError naming the option', () => {
    expect(() => timeline({ from: '12 July 1920' })).toThrow(/options\.from/);
    expect(() => timeline({ to: '1920-13-01' })).toThrow(RangeError);
    expect(() => timeline(null as unknown as object)).toThrow(TypeError);
  });
  it('any valid range returns exactly the events inside it', () => {
    const day = fc.date({ min: new Date('1919-01-01'), max: new Date('1941-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        const ids = timeline({ from, to }).map((event) => event.id);
        expect(ids).toEqual(events.filter((event) => event.date >= from && event.date <= to).map((event) => event.id));
      }),
      { numRuns: 500 },
    );
  });
});
