import { UsageError } from './command.js';
import { parseCoordinate } from './coordinate.js';

/** How `where` read its arguments: two numbers, one pasted pair, or a place name. */
export type PointArgument =
  | {
      readonly kind: 'numbers';
      /** The two numbers as typed, in the order typed. */
      readonly first: string;
      readonly second: string;
      /** The order the form implies: `LON LAT` as two arguments, `"LAT, LON"` pasted as one (the order map apps copy). */
      readonly order: 'lon-lat' | 'lat-lon';
    }
  | { readonly kind: 'name'; readonly name: string };

const number = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
/** Two numbers pasted as one string: `54.6892, 25.2798`, `54.6892,25.2798`, `54.6892;25.2798`, `54.6892 25.2798`, in brackets or not. */
const pastedPair = new RegExp(String.raw`^\s*[([]?\s*(${number})\s*(?:[,;]\s*|\s+)(${number})\s*[)\]]?\s*$`);

/**
 * Reads the arguments of `where`: `LON LAT` (two arguments), a pair pasted
 * as one argument (`"54.6892, 25.2798"`, read as latitude, longitude — the
 * order map apps copy; a shell that split it at the space gives the same),
 * or a place name (letters, and no argument that is a number). Anything
 * else that is no pair of numbers is a usage error naming it.
 *
 * @example
 * ```ts
 * pointArgument(['25.2798', '54.6892']); //=> { kind: 'numbers', first: '25.2798', second: '54.6892', order: 'lon-lat' }
 * pointArgument(['54.6892, 25.2798']); //=> { kind: 'numbers', first: '54.6892', second: '25.2798', order: 'lat-lon' }
 * pointArgument(['Wilno']); //=> { kind: 'name', name: 'Wilno' }
 * ```
 */
export function pointArgument(positionals: readonly string[]): PointArgument {
  const text = positionals.join(' ');
  const plainNumber = (arg: string) => new RegExp(`^${number},?$`).test(arg);
  const looksNamed = /\p{L}/u.test(text.replace(/(?<=\d)[eE](?=[-+]?\d)/g, ''));
  if (looksNamed && !positionals.some(plainNumber)) return { kind: 'name', name: text.trim() };
  if (positionals.length === 2 && !/[,;]/.test(text)) {
    return { kind: 'numbers', first: positionals[0] as string, second: positionals[1] as string, order: 'lon-lat' };
  }
  const pair = pastedPair.exec(text);
  if (pair === null) throw new UsageError(`${JSON.stringify(text)} is neither LON LAT, a pasted "LAT, LON" nor a place name`);
  return { kind: 'numbers', first: pair[1] as string, second: pair[2] as string, order: 'lat-lon' };
}

/** A `[longitude, latitude]` position and the reading it comes from. */
export interface Reading {
  readonly position: readonly [number, number];
  /** Whether the numbers were read the other way round from the order their form implies. */
  readonly swapped: boolean;
}

/**
 * The position two typed numbers stand for. They are read in the order
 * their form implies; when that reading lies outside `inRegion` but the
 * other way round lies inside it (a swapped pair), the swapped reading is
 * returned, marked `swapped` — unless `asGiven`. A reading out of range is
 * a usage error naming the coordinate, as {@link parseCoordinate} words it.
 *
 * @example
 * ```ts
 * const nearLithuania = ([lon, lat]: readonly [number, number]) => lon > 20 && lon < 29 && lat > 52 && lat < 58;
 * readPosition({ kind: 'numbers', first: '54.6892', second: '25.2798', order: 'lon-lat' }, nearLithuania, false);
 * //=> { position: [25.2798, 54.6892], swapped: true }
 * ```
 */
export function readPosition(
  argument: Extract<PointArgument, { kind: 'numbers' }>,
  inRegion: (position: readonly [number, number]) => boolean,
  asGiven: boolean,
): Reading {
  const [lonText, latText] = argument.order === 'lon-lat' ? [argument.first, argument.second] : [argument.second, argument.first];
  const read = (lon: string, lat: string): readonly [number, number] | undefined => {
    try {
      return [parseCoordinate('longitude', lon), parseCoordinate('latitude', lat)];
    } catch {
      return undefined;
    }
  };
  const given = read(lonText, latText);
  const other = read(latText, lonText);
  if (!asGiven && other !== undefined && inRegion(other) && (given === undefined || !inRegion(given))) return { position: other, swapped: true };
  return { position: [parseCoordinate('longitude', lonText), parseCoordinate('latitude', latText)], swapped: false };
}
