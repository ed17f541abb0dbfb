import { describe, expect, expectTypeOf, it } from 'vitest';
import { places } from '../data/places.js';
import type { PlaceId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Place } from '../schemas/place.js';
import { getPlace } from './get-place.js';

describe('getPlace', () => {
  it('finds every record by its id', () => {
    for (const record of places) expect(getPlace(record.id)).toBe(record);
  });
  it('returns moscow with its name.lt', () => {
    expect(getPlace('moscow').name.lt).toBe('Maskva');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getPlace('atlantis')).toBeUndefined();
    expect(getPlace('__proto__')).toBeUndefined();
    expect(getPlace('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getPlace(42 as unknown as string)).toThrow(/^getPlace: id must be a string, received number$/);
    expect(() => getPlace(undefined as unknown as string)).toThrow(TypeError);
  });
  it('types a known id as the record and any other string as record | undefined', () => {
    expectTypeOf(getPlace('moscow')).toEqualTypeOf<DeepReadonly<Place>>();
    expectTypeOf(getPlace('atlantis' as string)).toEqualTypeOf<DeepReadonly<Place> | undefined>();
    expectTypeOf<'moscow'>().toExtend<PlaceId>();
    // @ts-expect-error a misspelt id is not a PlaceId
    const misspelt: PlaceId = 'moscow-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
