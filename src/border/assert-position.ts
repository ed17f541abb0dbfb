import { describeValue } from '../internal/describe-value.js';

/** A `[longitude, latitude]` position, optionally with an altitude that the helpers ignore. */
export type PositionInput = readonly [number, number] | readonly [number, number, number];

const AXES = [
  { label: 'longitude', limit: 180 },
  { label: 'latitude', limit: 90 },
] as const;

/**
 * Checks that `position` is a `[longitude, latitude]` (or
 * `[longitude, latitude, altitude]`) array of finite numbers in range.
 * Throws a `TypeError` for the wrong type or shape and a `RangeError` for
 * NaN, ±Infinity or a coordinate out of range; every message names the
 * argument (`position`). Never mutates its input.
 *
 * @example
 * ```ts
 * assertPosition([25.2798, 54.6892]); // ok
 * assertPosition([54.6892, 191]); // RangeError: position[1] (latitude) must be between -90 and 90, got 191
 * ```
 * @internal
 */
export function assertPosition(position: unknown, name = 'position'): asserts position is PositionInput {
  if (!Array.isArray(position)) throw new TypeError(`${name} must be a [longitude, latitude] array, got ${describeValue(position)}`);
  if (position.length !== 2 && position.length !== 3) {
    throw new TypeError(`${name} must be [longitude, latitude] or [longitude, latitude, altitude], got ${describeValue(position)}`);
  }
  for (let i = 0; i < position.length; i++) {
    const value: unknown = position[i];
    const label = i < 2 ? (AXES[i] as (typeof AXES)[number]).label : 'altitude';
    if (typeof value !== 'number') throw new TypeError(`${name}[${i}] (${label}) must be a number, got ${describeValue(value)}`);
    if (!Number.isFinite(value)) throw new RangeError(`${name}[${i}] (${label}) must be a finite number, got ${value}`);
    const axis = AXES[i];
    if (axis && Math.abs(value) > axis.limit) {
      throw new RangeError(`${name}[${i}] (${label}) must be between -${axis.limit} and ${axis.limit}, got ${value}`);
    }
  }
}
