/** A box of longitudes and latitudes, in degrees. */
export interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * The bounding box of a polygon's or multipolygon's rings (the treaty
 * territory's, for `where`), widened by `marginDegrees` on every side.
 *
 * @example
 * ```ts
 * boundingBox({ type: 'Polygon', coordinates: [[[21, 53.4], [27.4, 53.4], [27.4, 56.4], [21, 53.4]]] }, 1);
 * //=> { west: 20, south: 52.4, east: 28.4, north: 57.4 }
 * ```
 */
export function boundingBox(
  geometry:
    | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] },
  marginDegrees: number,
): Box {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { west: round(west - marginDegrees), south: round(south - marginDegrees), east: round(east + marginDegrees), north: round(north + marginDegrees) };
}

/**
 * Whether a `[longitude, latitude]` position lies in a box (edges included).
 *
 * @example
 * ```ts
 * inBox({ west: 20, south: 52.4, east: 28.4, north: 57.4 }, [25.2798, 54.6892]); //=> true
 * inBox({ west: 20, south: 52.4, east: 28.4, north: 57.4 }, [54.6892, 25.2798]); //=> false
 * ```
 */
export function inBox(box: Box, [lon, lat]: readonly [number, number]): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}
