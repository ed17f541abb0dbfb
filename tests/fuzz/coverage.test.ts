import { describe, expect, it } from 'vitest';
import { budget } from './budget.js';

/** Every exported function, by entry, that the fuzz properties in this folder exercise. */
const fuzzed = {
  '.': ['cite', 'citeRecord', 'getArticle', 'getEvent', 'getPlace', 'getSignatory', 'getSource', 'timeline'],
  './schemas': ['validate'],
  './border': ['containsPoint', 'distanceToLineKm', 'getSegment', 'getWaypoint', 'nearestSegment', 'nearestSide'],
  './history': ['citeHistoryRecord', 'periodsOf', 'statusOn'],
} as const;

const entries = {
  '.': () => import('../../src/index.js'),
  './schemas': () => import('../../src/schemas/index.js'),
  './border': () => import('../../src/border/index.js'),
  './history': () => import('../../src/history/index.js'),
} as const;

describe('fuzz coverage', () => {
  it.each(Object.keys(entries) as (keyof typeof entries)[])('every function exported by `%s` has fuzz properties', async (name) => {
    const namespace = await entries[name]();
    const functions = Object.entries(namespace)
      .filter(([, value]) => typeof value === 'function')
      .map(([key]) => key)
      .sort();
    expect(functions).toEqual([...fuzzed[name]]);
  });
  it('runs at least 50 000 generated cases in total', () => {
    const total = Object.values(budget).reduce((sum, runs) => sum + runs, 0);
    expect(total).toBeGreaterThanOrEqual(50_000);
  });
});
