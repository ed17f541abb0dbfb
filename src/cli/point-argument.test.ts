import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { pointArgument, readPosition } from './point-argument.js';

const nearLithuania = ([lon, lat]: readonly [number, number]) => lon >= 20 && lon <= 28.5 && lat >= 52.4 && lat <= 57.5;

describe('pointArgument', () => {
  it('reads LON LAT as two arguments', () => {
    expect(pointArgument(['25.2798', '54.6892'])).toEqual({ kind: 'numbers', first: '25.2798', second: '54.6892', order: 'lon-lat' });
    expect(pointArgument(['-0.1276', '51.5072'])).toEqual({ kind: 'numbers', first: '-0.1276', second: '51.5072', order: 'lon-lat' });
  });
  it('reads a pasted pair as latitude, longitude, whatever separates the numbers', () => {
    for (const text of ['54.6892, 25.2798', '54.6892,25.2798', '54.6892;25.2798', ' 54.6892 25.2798 ', '(54.6892, 25.2798)', '[54.6892,25.2798]']) {
      expect(pointArgument([text]), text).toEqual({ kind: 'numbers', first: '54.6892', second: '25.2798', order: 'lat-lon' });
    }
    expect(pointArgument(['54.6892,', '25.2798'])).toEqual({ kind: 'numbers', first: '54.6892', second: '25.2798', order: 'lat-lon' }); // split by the shell
  });
  it('reads anything with a letter as a place name, and keeps exponents as numbers', () => {
    expect(pointArgument(['Wilno'])).toEqual({ kind: 'name', name: 'Wilno' });
    expect(pointArgument(['Гродно'])).toEqual({ kind: 'name', name: 'Гродно' });
    expect(pointArgument(['5.4e1', '2.5e1'])).toMatchObject({ kind: 'numbers', first: '5.4e1' });
  });
  it('reads a number beside a word as a coordinate, for the number error', () => {
    expect(pointArgument(['25', 'north'])).toEqual({ kind: 'numbers', first: '25', second: 'north', order: 'lon-lat' });
  });
  it('rejects what is neither, naming it', () => {
    expect(() => pointArgument(['25.2.7'])).toThrow(new UsageError('"25.2.7" is neither LON LAT, a pasted "LAT, LON" nor a place name'));
    expect(() => pointArgument(['1, 2, 3'])).toThrow(UsageError);
  });
});

describe('readPosition', () => {
  it('reads the order the form implies when that lies in the region', () => {
    expect(readPosition(pointArgument(['25.2798', '54.6892']) as never, nearLithuania, false)).toEqual({ position: [25.2798, 54.6892], swapped: false });
    expect(readPosition(pointArgument(['54.6892, 25.2798']) as never, nearLithuania, false)).toEqual({ position: [25.2798, 54.6892], swapped: false });
  });
  it('swaps a pair that lies in the region only the other way round, and says so; not with asGiven', () => {
    expect(readPosition(pointArgument(['54.6892', '25.2798']) as never, nearLithuania, false)).toEqual({ position: [25.2798, 54.6892], swapped: true });
    expect(readPosition(pointArgument(['25.2798,54.6892']) as never, nearLithuania, false)).toEqual({ position: [25.2798, 54.6892], swapped: true });
    expect(readPosition(pointArgument(['54.6892', '25.2798']) as never, nearLithuania, true)).toEqual({ position: [54.6892, 25.2798], swapped: false });
  });
  it('keeps the implied order for points in neither reading, and its range errors', () => {
    expect(readPosition(pointArgument(['-0.1276', '51.5072']) as never, nearLithuania, false)).toEqual({ position: [-0.1276, 51.5072], swapped: false });
    expect(() => readPosition(pointArgument(['200', '54']) as never, nearLithuania, false)).toThrow(new UsageError('longitude 200 is out of range −180…180'));
    expect(() => readPosition(pointArgument(['25', '95']) as never, nearLithuania, false)).toThrow(new UsageError('latitude 95 is out of range −90…90'));
  });
  it('for any point in the region, LON LAT, "LAT, LON", "LAT,LON" and the swapped LAT LON all read the same position', () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 28.5, noNaN: true }), fc.double({ min: 52.4, max: 57.5, noNaN: true }), (lon, lat) => {
        const [x, y] = [String(lon), String(lat)];
        for (const args of [[x, y], [`${y}, ${x}`], [`${y},${x}`], [y, x], [`${x},${y}`], [`${y},`, x]]) {
          const reading = readPosition(pointArgument(args) as never, nearLithuania, false);
          expect(reading.position, args.join(' ')).toEqual([lon === 0 ? 0 : lon, lat]);
        }
      }),
    );
  });
  it('never throws anything but a usage error, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 2 }), (args) => {
        try {
          const argument = pointArgument(args);
          if (argument.kind === 'numbers') readPosition(argument, nearLithuania, false);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
    );
  });
});
