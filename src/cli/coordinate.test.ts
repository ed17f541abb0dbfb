import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { parseCoordinate } from './coordinate.js';

describe('parseCoordinate', () => {
  it('reads decimal numbers, signs and exponents within range', () => {
    expect(parseCoordinate('longitude', '25.2798')).toBe(25.2798);
    expect(parseCoordinate('longitude', '-180')).toBe(-180);
    expect(parseCoordinate('latitude', '+.5')).toBe(0.5);
    expect(parseCoordinate('latitude', '5.4e1')).toBe(54);
  });
  it('rejects what is not a plain decimal number, naming the argument', () => {
    for (const text of ['', ' 25', '0x19', 'NaN', 'Infinity', '25,3', '1_000', '25°']) {
      expect(() => parseCoordinate('longitude', text)).toThrow(new UsageError(`longitude ${JSON.stringify(text)} is not a number`));
    }
  });
  it('rejects out-of-range values with the range in the message', () => {
    expect(() => parseCoordinate('longitude', '200')).toThrow('longitude 200 is out of range −180…180');
    expect(() => parseCoordinate('latitude', '90.0001')).toThrow('latitude 90.0001 is out of range −90…90');
    expect(() => parseCoordinate('latitude', '1e400')).toThrow('latitude 1e400 is out of range −90…90');
  });
  it('round-trips every in-range double it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ min: -90, max: 90, noNaN: true }), (value) => {
        expect(parseCoordinate('latitude', String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
  it('reads a trailing point and signed exponents', () => {
    expect(parseCoordinate('longitude', '25.')).toBe(25);
    expect(parseCoordinate('longitude', '1e-3')).toBe(0.001);
    expect(parseCoordinate('longitude', '1E+2')).toBe(100);
    expect(parseCoordinate('latitude', '-90')).toBe(-90);
    expect(parseCoordinate('latitude', '90')).toBe(90);
    expect(parseCoordinate('longitude', '180.000')).toBe(180);
  });
});
