import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, KM_PER_DEGREE, RADIANS_PER_DEGREE, VERST_KM } from './units.js';

describe('units', () => {
  it('is one sphere: the IUGG mean radius, 111.195 km to a degree', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(RADIANS_PER_DEGREE * 180).toBe(Math.PI);
    expect(KM_PER_DEGREE).toBeCloseTo(111.195, 3);
  });
  it('converts the treaty’s versts: 17.5 versts are 18.669 km', () => {
    expect(17.5 * VERST_KM).toBeCloseTo(18.669, 6);
  });
});
