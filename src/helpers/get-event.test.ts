import { describe, expect, expectTypeOf, it } from 'vitest';
import { events } from '../data/events.js';
import type { EventId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Event } from '../schemas/event.js';
import { getEvent } from './get-event.js';

describe('getEvent', () => {
  it('finds every record by its id', () => {
    for (const record of events) expect(getEvent(record.id)).toBe(record);
  });
  it('returns treaty-signed with its date', () => {
    expect(getEvent('treaty-signed').date).toBe('1920-07-12');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getEvent('no-such-event')).toBeUndefined();
    expect(getEvent('__proto__')).toBeUndefined();
    expect(getEvent('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getEvent(42 as unknown as string)).toThrow(/^getEvent: id must be a string, received number$/);
    expect(() => getEvent(undefined as unknown as string)).toThrow(TypeError);
  });
  it('types a known id as the record and any other string as record | undefined', () => {
    expectTypeOf(getEvent('treaty-signed')).toEqualTypeOf<DeepReadonly<Event>>();
    expectTypeOf(getEvent('no-such-event' as string)).toEqualTypeOf<DeepReadonly<Event> | undefined>();
    expectTypeOf<'treaty-signed'>().toExtend<EventId>();
    // @ts-expect-error a misspelt id is not an EventId
    const misspelt: EventId = 'treaty-signed-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
