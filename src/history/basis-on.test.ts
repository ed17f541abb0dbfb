import { describe, expect, it } from 'vitest';
import { events } from '../data/events.js';
import { basisDates } from '../generated/basis-dates.generated.js';
import { basisOn } from './basis-on.js';
import { historyRange } from './history-range.js';
import { titles } from './records/titles.js';

/** The preferred date of an event of `lt-ru-1920`, read from the events themselves. */
const eventDate = (id: string): string => {
  const event = events.find((candidate) => candidate.id === id);
  if (event === undefined) throw new Error(`no event "${id}"`);
  return event.date;
};
/** The ISO day before `iso`. */
const dayBefore = (iso: string): string => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

const VILNIUS_LITHUANIA = ['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928', 'lithuanian-constitution-1938'];

describe('basisOn', () => {
  it('leaves out the constitution of 1938 in 1930 and keeps it from its day on', () => {
    expect(basisOn(VILNIUS_LITHUANIA, '1930-06-01')).toEqual(['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928']);
    expect(basisOn(VILNIUS_LITHUANIA, '1938-05-11')).not.toContain('lithuanian-constitution-1938');
    expect(basisOn(VILNIUS_LITHUANIA, '1938-05-12')).toEqual(VILNIUS_LITHUANIA);
    expect(basisOn(VILNIUS_LITHUANIA, '1939-01-01')).toEqual(VILNIUS_LITHUANIA);
    expect(basisOn(VILNIUS_LITHUANIA, '1920-07-12')).toEqual(['treaty-signed']);
  });
  it('keeps the record’s order, even where a later instrument is dated earlier', () => {
    const polish = ['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution', 'wilno-land-statute'];
    expect(basisOn(polish, '1922-03-24')).toEqual(['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution']);
    expect(basisOn(polish, '1922-04-06')).toEqual(polish);
  });
  it('always keeps the first instrument, with which the title began', () => {
    expect(basisOn(['lithuanian-constitution-1938', 'treaty-signed'], '1930-06-01')).toEqual(['lithuanian-constitution-1938', 'treaty-signed']);
    expect(basisOn(['lithuanian-constitution-1938', 'lithuanian-constitution-1928'], '1920-07-12')).toEqual(['lithuanian-constitution-1938']);
  });
  it('returns a new frozen array and leaves its input alone', () => {
    const input = [...VILNIUS_LITHUANIA];
    const answer = basisOn(input, '1930-06-01');
    expect(Object.isFrozen(answer)).toBe(true);
    expect(answer).not.toBe(input);
    expect(input).toEqual(VILNIUS_LITHUANIA);
  });
  it('throws, naming the id, for an event no title rests on (a stale generated module), inherited names included', () => {
    expect(() => basisOn(['treaty-signed', 'entry-into-force'], '1930-06-01')).toThrow('basisOn: no date for the event "entry-into-force"');
    for (const id of ['constructor', '__proto__', 'toString']) expect(() => basisOn(['treaty-signed', id], '1930-06-01'), id).toThrow(id);
  });
  it('dates every event a title rests on by the event record’s preferred date, and no other event', () => {
    const used = new Set(titles.flatMap((title) => title.basis));
    expect(Object.keys(basisDates).sort()).toEqual([...used].sort());
    for (const id of used) expect(basisDates[id], id).toBe(eventDate(id));
  });
  it('for every title, on every day its basis changes and the day before, lists exactly its instruments dated by that day', () => {
    let checked = 0;
    for (const title of titles) {
      const last = title.to ?? historyRange.to;
      const days = new Set([title.from, last, ...title.basis.flatMap((id) => [eventDate(id), dayBefore(eventDate(id))])]);
      for (const day of [...days].filter((candidate) => title.from <= candidate && candidate <= last)) {
        const listed = basisOn(title.basis, day);
        expect(listed, `${title.id} on ${day}`).toEqual(title.basis.filter((id) => eventDate(id) <= day));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(titles.length * 2);
  });
});
