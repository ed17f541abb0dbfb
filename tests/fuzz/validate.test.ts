import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplesOf } from '../../bench/samples.js';
import * as border from '../../src/border/index.js';
import * as data from '../../src/index.js';
import * as entry from '../../src/schemas/index.js';
import { anyValue, nastyString, pollutionKeys } from './arbitraries.js';
import { budget } from './budget.js';
import { captureExports } from './exported-state.js';

const { recordSchemas, validate } = entry;
type Kind = keyof typeof recordSchemas;
const kinds = Object.keys(recordSchemas) as Kind[];

/** Valid records of each kind: everything the package ships. */
const samples = samplesOf(data, border);

/** Whether `result` has the shape `validate` promises: `ok` with a value, or issues that each carry a path and a message. */
function isWellFormed(result: unknown): boolean {
  if (result === null || typeof result !== 'object') return false;
  const { ok, value, issues } = result as { ok?: unknown; value?: unknown; issues?: unknown };
  if (ok === true) return 'value' in result && value !== undefined;
  if (ok !== false || !Array.isArray(issues) || issues.length === 0) return false;
  return issues.every(
    (issue: { path?: unknown; message?: unknown }) =>
      Array.isArray(issue.path) &&
      issue.path.every((key) => typeof key === 'string' || typeof key === 'number') &&
      typeof issue.message === 'string' &&
      issue.message.length > 0,
  );
}

/** `validate`, which must never throw: a throw fails the property with the error as the reason. */
function validateNeverThrows(kind: unknown, value: unknown): unknown {
  const result = validate(kind as Kind, value);
  // One assertion per case (see isWellFormed); the whole result is printed when it fails.
  if (!isWellFormed(result)) expect(result).toBe('a well-formed ValidationResult');
  return result;
}

/** A deep copy of `record` with the value at one random path (an existing key or a pollution key) replaced. */
function corrupt(record: unknown, steps: readonly number[], replacement: unknown, extraKey: string | undefined): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const step of steps) {
    const keys = Object.keys(node);
    const key = keys[step % Math.max(keys.length, 1)];
    if (key === undefined) break;
    const child = node[key];
    if (child === null || typeof child !== 'object') {
      node[key] = replacement;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  Object.defineProperty(node, extraKey ?? '__proto__', { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

let before: Record<string, unknown> = {};
let beforeRecords: Record<string, unknown> = {};
beforeAll(() => {
  before = captureExports(entry);
  beforeRecords = captureExports({ ...data, ...border });
});

describe('fuzz: validate never throws and always explains', () => {
  it('for any kind (unknown names, pollution keys, wrong types) and any value', () => {
    const kind = fc.oneof(fc.constantFrom(...kinds), fc.constantFrom(...pollutionKeys), nastyString, anyValue);
    fc.assert(
      fc.property(kind, anyValue, (k, value) => {
        const result = validateNeverThrows(k, value) as { ok: boolean };
        if (typeof k !== 'string' || !kinds.includes(k as Kind)) expect(result.ok).toBe(false);
      }),
      { numRuns: budget.validateAnyKind },
    );
  });
  it('for every known kind and any value, without changing the value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.jsonValue(), (kind, value) => {
        const copy = structuredClone(value);
        validateNeverThrows(kind, value);
        expect(value).toEqual(copy);
      }),
      { numRuns: budget.validateKnownKind / 2 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...kinds), anyValue, (kind, value) => void validateNeverThrows(kind, value)),
      { numRuns: budget.validateKnownKind / 2 },
    );
  });
  it('for a valid record with one field replaced by a nasty value, and never pollutes Object.prototype', () => {
    const sample = fc.constantFrom(...samples);
    const steps = fc.array(fc.nat(), { maxLength: 5 });
    const extraKey = fc.option(fc.constantFrom(...pollutionKeys, 'unexpected'), { nil: undefined });
    fc.assert(
      fc.property(sample, steps, anyValue, extraKey, ([kind, record], path, replacement, extra) => {
        validateNeverThrows(kind, corrupt(record, path, replacement, extra));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: budget.validateCorruptedRecord },
    );
  });
  it('accepts every record the package ships, under its own kind', () => {
    for (const [kind, record] of samples) expect(validate(kind, record)).toMatchObject({ ok: true });
  });
});

describe('fuzz: every exported schema', () => {
  const schemas = Object.entries(entry as Record<string, unknown>)
    .filter(([name]) => name.endsWith('Schema'))
    .map(([name, schema]) => [name, schema as { safeParse: (value: unknown) => unknown }] as const);
  it('safeParse never throws, whatever the input', () => {
    expect(schemas.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...schemas), anyValue, ([, schema], value) => {
        const result = schema.safeParse(value) as { success: boolean; error?: { issues: unknown[] } };
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error?.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: budget.schemaSafeParse },
    );
  });
});

// Last in the file, so it runs after every property above.
it('leaves every export of `lt-ru-1920/schemas` (and the records validated) unchanged', () => {
  expect(captureExports(entry)).toEqual(before);
  expect(captureExports({ ...data, ...border })).toEqual(beforeRecords);
});
