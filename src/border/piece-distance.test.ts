import { describe, expect, it } from 'vitest';
import { KM_PER_DEGREE } from '../internal/units.js';
import { pieceDistanceKm2 } from './piece-distance.js';

const km = (...args: Parameters<typeof pieceDistanceKm2>) => Math.sqrt(pieceDistanceKm2(...args));

describe('pieceDistanceKm2', () => {
  it('is 0 on the piece, at either end and between', () => {
    expect(km(0, 0, KM_PER_DEGREE, -1, 0, 1, 0)).toBe(0);
    expect(km(1, 0, KM_PER_DEGREE, -1, 0, 1, 0)).toBe(0);
  });
  it('measures perpendicular to the piece when the foot falls on it', () => {
    expect(km(0, 0, KM_PER_DEGREE, -1, 1, 1, 1)).toBeCloseTo(111.195, 3);
  });
  it('measures to the nearer end when the foot falls beyond it', () => {
    expect(km(0, 0, KM_PER_DEGREE, 3, 0, 4, 0)).toBeCloseTo(3 * 111.195, 2);
    expect(km(0, 0, KM_PER_DEGREE, -4, 0, -3, 0)).toBeCloseTo(3 * 111.195, 2);
  });
  it('scales longitude by kx and handles a piece of length 0', () => {
    expect(km(0, 60, KM_PER_DEGREE / 2, 1, 60, 1, 60)).toBeCloseTo(111.195 / 2, 3);
  });
});
