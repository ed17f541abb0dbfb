import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPosition } from './assert-position.js';

const isValid = (v: unknown): boolean =>
  Array.isArray(v) &&
  (v.length === 2 || v.length === 3) &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
  Math.abs(v[0] as number) <= 180 &&
  Math.abs(v[1] as number) <= 90;

describe('assertPosition', () => {
  it('accepts [lon, lat] and [lon, lat, alt] in range', () => {
    expect(() => assertPosition([25.2798, 54.6892])).not.toThrow();
    expect(() => assertPosition([-180, -90, 120])).not.toThrow();
  });

  it.each([
    ['not an array', '25,54', TypeError, /position must be a \[longitude, latitude\] array, got "25,54"/],
    ['an object', { lon: 25, lat: 54 }, TypeError, /got a value of type object/],
    ['null', null, TypeError, /got null/],
    ['too short', [25], TypeError, /got an array of length 1/],
    ['too long', [1, 2, 3, 4], TypeError, /got an array of length 4/],
    ['a string member', ['25', 54], TypeError, /position\[0\] \(longitude\) must be a number, got "25"/],
    ['a hole', [25, undefined], TypeError, /position\[1\] \(latitude\) must be a number, got a value of type undefined/],
    ['NaN', [Number.NaN, 54], RangeError, /position\[0\] \(longitude\) must be a finite number, got NaN/],
    ['Infinity', [25, Infinity], RangeError, /position\[1\] \(latitude\) must be a finite number, got Infinity/],
    ['latitude 91', [25, 91], RangeError, /position\[1\] \(latitude\) must be between -90 and 90, got 91/],
    ['longitude -181', [-181, 54], RangeError, /position\[0\] \(longitude\) must be between -180 and 180, got -181/],
    ['a NaN altitude', [25, 54, Number.NaN], RangeError, /position\[2\] \(altitude\) must be a finite number/],
    ['a string altitude', [25, 54, '120'], TypeError, /^position\[2\] \(altitude\) must be a number, got "120"$/],
    ['latitude -90.5', [25, -90.5], RangeError, /^position\[1\] \(latitude\) must be between -90 and 90, got -90.5$/],
    ['longitude 180.5', [180.5, 54], RangeError, /^position\[0\] \(longitude\) must be between -180 and 180, got 180.5$/],
    ['latitude -Infinity', [25, -Infinity], RangeError, /^position\[1\] \(latitude\) must be a finite number, got -Infinity$/],
  ])('rejects %s', (_label, input, ErrorType, message) => {
    expect(() => assertPosition(input)).toThrow(ErrorType);
    expect(() => assertPosition(input)).toThrow(message);
  });

  it('accepts the limits themselves, and any finite altitude', () => {
    expect(() => assertPosition([180, 90])).not.toThrow();
    expect(() => assertPosition([-180, -90])).not.toThrow();
    expect(() => assertPosition([25, 54, -11_000])).not.toThrow();
    expect(() => assertPosition([25, 54, 1e9])).not.toThrow();
  });

  it('names the argument it was given', () => {
    expect(() => assertPosition([25, 95], 'to')).toThrow(/^to\[1\] \(latitude\) must be between -90 and 90, got 95$/);
    expect(() => assertPosition('x', 'from')).toThrow(/^from must be a \[longitude, latitude\] array, got "x"$/);
    expect(() => assertPosition([1, 2, 3, 4], 'from')).toThrow(
      /^from must be \[longitude, latitude\] or \[longitude, latitude, altitude\], got an array of length 4$/,
    );
  });

  it('throws a TypeError or RangeError naming `position` for every invalid input, and never for a valid one', () => {
    const arbitraryInput = fc.oneof(
      fc.anything(),
      fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant(undefined), fc.string()), { maxLength: 4 }),
      fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 })),
    );
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        let error: unknown;
        try {
          assertPosition(input);
        } catch (caught) {
          error = caught;
        }
        if (isValid(input)) return error === undefined;
        return (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith('position');
      }),
      { numRuns: 2000, seed: 1920 },
    );
  });
});
