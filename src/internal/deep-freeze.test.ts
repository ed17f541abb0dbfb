import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes the value and everything reachable from it, and returns the same value', () => {
    const value = { a: { b: [1, { c: 'x' }] }, d: [[2]] };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(value.d[0])).toBe(true);
    expect(() => {
      (value.a.b[1] as { c: string }).c = 'y';
    }).toThrow(TypeError);
  });
  it('returns primitives and null unchanged', () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(undefined)).toBeUndefined();
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze('x')).toBe('x');
  });
  it('leaves an already frozen object (and what hangs under it) as it is', () => {
    const inner = { n: 1 };
    const outer = Object.freeze({ inner });
    expect(deepFreeze(outer)).toBe(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
