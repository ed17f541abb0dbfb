import { describe, expect, it } from 'vitest';
import { assertPlaceId } from './assert-place-id.js';
import { historyPlaces } from './records/places.js';

describe('assertPlaceId', () => {
  it('accepts the id of every place of the history', () => {
    for (const place of historyPlaces) expect(() => assertPlaceId(place.id, 'statusOn')).not.toThrow();
  });
  it.each(['minsk', 'Vilnius', ' vilnius', 'moscow', '__proto__', 'constructor', ''])('rejects %j with a RangeError that lists the known ids', (id) => {
    expect(() => assertPlaceId(id, 'statusOn')).toThrow(RangeError);
    expect(() => assertPlaceId(id, 'statusOn')).toThrow(/^statusOn: placeId ".*" is not a place of lt-ru-1920\/history \(known: .*vilnius.*\)$/);
  });
  it.each([[42], [null], [['vilnius']], [{ id: 'vilnius' }]])('rejects the non-string %j with a TypeError naming `placeId`', (value) => {
    expect(() => assertPlaceId(value, 'periodsOf')).toThrow(TypeError);
    expect(() => assertPlaceId(value, 'periodsOf')).toThrow(/^periodsOf: placeId must be a string/);
  });
  it('lists the known ids, separated by commas, in the error', () => {
    expect(() => assertPlaceId('minsk', 'statusOn')).toThrow(
      `statusOn: placeId "minsk" is not a place of lt-ru-1920/history (known: ${historyPlaces.map((place) => place.id).join(', ')})`,
    );
  });
});
