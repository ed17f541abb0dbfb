import { describe, expect, it } from 'vitest';
import { territory } from '../border/index.js';
import { boundingBox, inBox } from './treaty-region.js';

describe('boundingBox and inBox', () => {
  it('box the treaty territory, with a margin', () => {
    expect(boundingBox(territory.geometry, 0)).toEqual({ west: 21.04401, south: 53.4122, east: 27.44333, north: 56.44294 });
    expect(boundingBox(territory.geometry, 1)).toEqual({ west: 20.04401, south: 52.4122, east: 28.44333, north: 57.44294 });
  });
  it('put Vilnius, Suwałki and Augustów inside the territory’s box, Warsaw and Riga outside it', () => {
    const box = boundingBox(territory.geometry, 0);
    expect(
      [
        [25.2798, 54.6892],
        [22.93087, 54.11175],
        [22.97979, 53.84321],
      ].map((p) => inBox(box, p as [number, number])),
    ).toEqual([true, true, true]);
    expect(
      [
        [21.0122, 52.2297],
        [24.1052, 56.9496],
        [54.6892, 25.2798],
      ].map((p) => inBox(box, p as [number, number])),
    ).toEqual([false, false, false]);
  });
});
