import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../src/border/index.js';
import { anyValue, nastyNumber } from './arbitraries.js';
import { budget } from './budget.js';
import { lookupProperty, outcome } from './errors.js';
import { captureExports, expectRecordsFrozen } from './exported-state.js';

const { containsPoint, distanceToLineKm, getSegment, getWaypoint, nearestSegment, nearestSide, borderLine, territory, waypoints } = entry;

type Position = readonly [number, number] | readonly [number, number, number];

const longitude = fc.double({ min: -180, max: 180, noNaN: true });
const latitude = fc.double({ min: -90, max: 90, noNaN: true });
/** Points near the line, where the geometry actually does work (the territory's bbox plus a margin). */
const nearLongitude = fc.double({ min: 20, max: 32, noNaN: true });
const nearLatitude = fc.double({ min: 51, max: 58, noNaN: true });
const altitude = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Valid positions: anywhere on Earth or near the line, with or without an altitude. */
const validPosition: fc.Arbitrary<Position> = fc.oneof(
  fc.tuple(longitude, latitude),
  fc.tuple(nearLongitude, nearLatitude),
  fc.tuple(nearLongitude, nearLatitude, altitude),
  fc.constantFrom<Position>([180, 90], [-180, -90], [-0, 0], [25.2798, 54.6892], [27.5667, 53.9]),
);

/** Invalid positions: wrong shapes and types, NaN/Infinity, out-of-range coordinates, anything. */
const invalidPosition: fc.Arbitrary<unknown> = fc.oneof(
  anyValue.filter((value) => !Array.isArray(value)),
  fc.array(fc.oneof(nastyNumber, anyValue), { maxLength: 5 }),
  fc.tuple(nastyNumber, nastyNumber),
  fc.tuple(nearLongitude, nearLatitude, fc.constantFrom(Number.NaN, Infinity, -Infinity)),
  fc.tuple(fc.double({ min: 180, minExcluded: true, noNaN: true }), latitude),
  fc.tuple(longitude, fc.double({ max: -90, maxExcluded: true, noNaN: true })),
  fc.constantFrom<unknown>([], [25], [25, 54, 0, 0], ['25', '54'], [25n, 54n], new Float64Array([25, 54]), { 0: 25, 1: 54, length: 2 }),
);

/** Whether `value` is a position both helpers must accept. */
function isValid(value: unknown): boolean {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) return false;
  const [lon, lat, alt] = value as unknown[];
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return finite(lon) && finite(lat) && Math.abs(lon as number) <= 180 && Math.abs(lat as number) <= 90 && (value.length === 2 || finite(alt));
}

let before: Record<string, unknown> = {};
beforeAll(() => {
  before = captureExports(entry);
});

describe.each([
  ['containsPoint', containsPoint, (result: unknown) => expect(typeof result).toBe('boolean'), budget.containsPointValid, budget.containsPointInvalid],
  [
    'distanceToLineKm',
    distanceToLineKm,
    (result: unknown) => {
      expect(typeof result).toBe('number');
      expect(Number.isFinite(result) && (result as number) >= 0).toBe(true);
    },
    budget.distanceValid,
    budget.distanceInvalid,
  ],
  [
    'nearestSegment',
    nearestSegment,
    (result: unknown) => {
      const { segment, distanceKm } = result as entry.NearestSegment;
      expect(borderLine.features.includes(segment) && Number.isFinite(distanceKm) && distanceKm >= 0).toBe(true);
    },
    budget.nearestSegmentValid,
    budget.nearestSegmentInvalid,
  ],
  [
    'nearestSide',
    nearestSide,
    (result: unknown) => {
      const { side, distanceKm } = result as entry.NearestSide;
      expect(territory.properties.closure.includes(side) && Number.isFinite(distanceKm) && distanceKm >= 0).toBe(true);
    },
    budget.nearestSideValid,
    budget.nearestSideInvalid,
  ],
] as const)('fuzz: %s', (_name, helper, checkResult, validRuns, invalidRuns) => {
  it('answers for every valid position without touching it', () => {
    fc.assert(
      fc.property(validPosition, (position) => {
        const input = Object.freeze([...position]) as unknown as Position;
        const result = outcome(() => helper(input), 'position');
        expect(result.threw).toBe(false);
        if (!result.threw) checkResult(result.value);
        expect(input).toEqual(position);
      }),
      { numRuns: validRuns },
    );
  });
  it('throws only a TypeError or RangeError naming `position` for anything else', () => {
    fc.assert(
      fc.property(invalidPosition, (value) => {
        const result = outcome(() => helper(value as Position), 'position');
        expect(result.threw).toBe(!isValid(value));
        if (!result.threw) checkResult(result.value);
      }),
      { numRuns: invalidRuns },
    );
  });
});

describe('fuzz: lookups by id', () => {
  const lookups = [
    ['getWaypoint', getWaypoint, waypoints.features, budget.getWaypoint],
    ['getSegment', getSegment, borderLine.features, budget.getSegment],
  ] as const;
  it.each(lookups)(
    '%s returns the feature with that id or undefined, and throws a TypeError naming `id` for a non-string',
    (name, lookup, features, numRuns) => {
      const byId = new Map<unknown, unknown>(features.map((feature) => [feature.properties.id, feature]));
      fc.assert(lookupProperty(name, lookup as (id: string) => unknown, byId, fc.string()), { numRuns });
    },
  );
});

// Last in the file, so it runs after every property above.
it('leaves every export of `lt-ru-1920/border` unchanged and deeply frozen', () => {
  expect(captureExports(entry)).toEqual(before);
  expectRecordsFrozen(entry);
});
