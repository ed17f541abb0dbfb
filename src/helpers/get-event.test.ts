import { describe, expect, it } from 'vitest';
import { events } from '../data/events.js';
import { getEvent } from './get-event.js';

describe('getEvent', () => {
  it('finds every event by its id', () => {
    for (const event of events) expect(getEvent(event.id)).toBe(event);
  });
  it('returns the signing on 12 July 1920', () => {
    expect(getEvent('treaty-signed')?.date).toBe('1920-07-12');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getEvent('no-such-event')).toBeUndefined();
    expect(getEvent('__proto__')).toBeUndefined();
    expect(getEvent('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getEvent(42 as unknown as string)).toThrow(/getEvent: id must be a string/);
  });
});
