import { UsageError } from './command.js';

const decimal = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses a longitude or latitude given on the command line: a decimal number
 * within ±180 (longitude) or ±90 (latitude). Anything else is a usage error
 * naming the argument.
 *
 * @example
 * ```ts
 * parseCoordinate('longitude', '25.2798'); //=> 25.2798
 * parseCoordinate('longitude', '200'); // UsageError: longitude 200 is out of range −180…180
 * ```
 */
export function parseCoordinate(name: 'longitude' | 'latitude', text: string): number {
  if (!decimal.test(text)) throw new UsageError(`${name} ${JSON.stringify(text)} is not a number`);
  const value = Number(text);
  const limit = name === 'longitude' ? 180 : 90;
  if (!Number.isFinite(value) || Math.abs(value) > limit) throw new UsageError(`${name} ${text} is out of range −${limit}…${limit}`);
  return value;
}
