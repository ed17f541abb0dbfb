import fc from 'fast-check';

/** Keys that have polluted prototypes in other libraries' parsers and mergers. */
export const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

/** Objects that carry the pollution keys as *own* properties, the way `JSON.parse` creates them. */
export const pollutionPayload: fc.Arbitrary<unknown> = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"__proto__": null, "id": "treaty-signed"}') as unknown,
  JSON.parse('{"prototype": {"polluted": true}, "toString": 1, "valueOf": "x"}') as unknown,
  JSON.parse('[{"__proto__": {"length": 1}}]') as unknown,
  Object.create(null) as unknown,
);

/** One megabyte of text: big enough to expose quadratic regexes and accidental copies. */
export const hugeString = 'x'.repeat(1 << 20);

/** Strings that break naive code: empty, huge, whitespace, lone surrogates, NUL, the pollution keys, near-miss dates. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\0', '\uD800', '\u202E', hugeString, '1920-07-12 ', '1920-13-01', '1920-02-31', '0000-00-00', ...pollutionKeys),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 200 }).map((piece) => piece.repeat(50)),
);

/** Numbers that break naive code. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 2 ** 53),
  fc.double(),
  fc.integer(),
);

/** Keys for generated objects: ordinary strings mixed with the pollution keys. */
const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...pollutionKeys));

/**
 * Any JavaScript value a caller might pass by mistake: JSON, wrong types
 * (functions, symbols, bigints, dates, maps, boxed values, typed and sparse
 * arrays, null-prototype objects), special numbers, huge and empty strings,
 * and objects keyed by the prototype-pollution names.
 */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    key,
    maxDepth: 4,
    maxKeys: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  nastyString,
  nastyNumber,
  pollutionPayload,
  fc.constantFrom(undefined, null, true, false, Symbol('s'), 1n, () => 'treaty-signed', new Date(Number.NaN), []),
);

/** An object whose fields are drawn from `fields` (each optional), plus arbitrary extra keys: for options bags. */
export function optionsLike(fields: Readonly<Record<string, fc.Arbitrary<unknown>>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.record(fields, { requiredKeys: [] }),
    fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(key, anyValue, { maxKeys: 3 })).map(([known, extra]) => ({ ...extra, ...known })),
    anyValue,
  );
}
