import fc from 'fast-check';
import { expect } from 'vitest';
import { anyValue } from './arbitraries.js';

/** An error class the helpers document; anything else escaping a helper is a bug. */
type DocumentedError = typeof TypeError | typeof RangeError;

/** What one call did: returned a value, or threw an error that passed the checks. */
export type Outcome<T> = { readonly threw: false; readonly value: T } | { readonly threw: true; readonly error: Error };

/**
 * Calls `run`. When it throws, asserts the documented contract of every
 * helper: the error is exactly one of `allowed` (TypeError or RangeError by
 * default) and its message names the argument (`argument`, a word or a
 * pattern). Returns what happened.
 */
export function outcome<T>(run: () => T, argument: string | RegExp, allowed: readonly DocumentedError[] = [TypeError, RangeError]): Outcome<T> {
  try {
    return { threw: false, value: run() };
  } catch (error) {
    const documented = allowed.some((kind) => error instanceof kind && error.constructor === kind);
    expect(documented, `undocumented error: ${String(error)}`).toBe(true);
    const message = (error as Error).message;
    if (typeof argument === 'string') expect(message).toContain(argument);
    else expect(message).toMatch(argument);
    return { threw: true, error: error as Error };
  }
}

/**
 * The contract of every lookup by id (`getEvent`, `getWaypoint`, …), as a
 * property over known ids, other `strings` and any value: a string id returns
 * the record with that id (or undefined), anything else throws a TypeError
 * whose message names `id`.
 */
export function lookupProperty(
  name: string,
  lookup: (id: string) => unknown,
  byId: ReadonlyMap<unknown, unknown>,
  strings: fc.Arbitrary<string>,
): fc.IPropertyWithHooks<[unknown]> {
  return fc.property(fc.oneof(fc.constantFrom(...byId.keys()), strings, anyValue), (id) => {
    const result = outcome(() => lookup(id as string), new RegExp(`^${name}: id `));
    if (typeof id === 'string') {
      expect(result.threw).toBe(false);
      if (!result.threw) expect(result.value).toBe(byId.get(id));
    } else {
      expect(result.threw && result.error).toBeInstanceOf(TypeError);
    }
  });
}
