import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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
  it('filters by one kind or by several, and an empty list keeps nothing', () => {
    const kinds = [...new Set(events.map((event) => event.kind))];
    expect(kinds.length).toBeGreaterThan(2);
    for (const kind of kinds) {
      expect(timeline({ kind }).map((event) => event.id)).toEqual(
        timeline()
          .filter((event) => event.kind === kind)
          .map((event) => event.id),
      );
    }
    const pair = kinds.slice(0, 2);
    expect(timeline({ kind: pair })).toEqual(timeline().filter((event) => pair.includes(event.kind)));
    expect(timeline({ kind: [] })).toEqual([]);
  });
  it('refuses a day that does not exist, as statusOn does', () => {
    expect(() => timeline({ from: '1920-02-30' })).toThrow(
      new RangeError('timeline: options.from must be an ISO calendar date YYYY-MM-DD, received "1920-02-30"'),
    );
    expect(() => timeline({ to: '1930-02-29' })).toThrow(RangeError);
    expect(timeline({ from: '1924-02-29', to: '1924-02-29' })).toEqual([]);
  });
  it('names the option and the received value in every error', () => {
    expect(() => timeline({ from: 19200712 as unknown as string })).toThrow(
      new TypeError('timeline: options.from must be an ISO calendar date YYYY-MM-DD, received 19200712'),
    );
    expect(() => timeline({ to: '1920-7-12' })).toThrow(new RangeError('timeline: options.to must be an ISO calendar date YYYY-MM-DD, received "1920-7-12"'));
    expect(() => timeline({ from: '1920-07-12x' })).toThrow(RangeError);
    expect(() => timeline({ to: 'x1920-07-12' })).toThrow(RangeError);
    expect(() => timeline({ from: ['1920-07-12'] as unknown as string })).toThrow(TypeError); // not a string, though String() of it is a date
    expect(() => timeline(null as unknown as object)).toThrow(new TypeError('timeline: options must be an object, received null'));
    expect(() => timeline('1920' as unknown as object)).toThrow(new TypeError('timeline: options must be an object, received string'));
    const badKind = new TypeError('timeline: options.kind must be an event kind or an array of event kinds');
    expect(() => timeline({ kind: 7 as unknown as 'signing' })).toThrow(badKind);
    expect(() => timeline({ kind: ['signing', 7] as unknown as ['signing'] })).toThrow(badKind);
  });
  it('accepts every valid date, including the first and last day of each month', () => {
    for (const date of ['1920-01-01', '1920-09-30', '1920-10-31', '1920-12-19', '1920-02-29']) {
      expect(() => timeline({ from: date, to: date })).not.toThrow();
    }
    for (const date of ['1920-00-10', '1920-10-00', '1920-10-32', '1920-1-01', '20-10-01']) {
      expect(() => timeline({ from: date })).toThrow(RangeError);
    }
  });
  it('orders by date whatever the order of the records, keeping the record order within a day', async () => {
    const record = (id: string, date: string) => ({ ...events[0], id, date });
    const unordered = [
      record('b', '1920-02-01'),
      record('a1', '1920-01-01'),
      record('c', '1919-06-01'),
      record('a2', '1920-01-01'),
      record('a3', '1920-01-01'),
    ];
    vi.resetModules();
    vi.doMock('../data/events.js', () => ({ events: unordered }));
    try {
      const { timeline: fresh } = await import('./timeline.js');
      expect(fresh().map((event) => event.id)).toEqual(['c', 'a1', 'a2', 'a3', 'b']);
      expect(fresh({ kind: [] })).toEqual([]);
    } finally {
      vi.doUnmock('../data/events.js');
      vi.resetModules();
    }
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
