import { describe, expect, expectTypeOf, it } from 'vitest';
import { signatories } from '../data/signatories.js';
import type { SignatoryId } from '../generated/ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Signatory } from '../schemas/signatory.js';
import { getSignatory } from './get-signatory.js';

describe('getSignatory', () => {
  it('finds every record by its id', () => {
    for (const record of signatories) expect(getSignatory(record.id)).toBe(record);
  });
  it('returns tomas-narusevicius with its names.printed', () => {
    expect(getSignatory('tomas-narusevicius').names.printed).toBe('Thomas Narusevicius');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getSignatory('nobody')).toBeUndefined();
    expect(getSignatory('__proto__')).toBeUndefined();
    expect(getSignatory('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getSignatory(42 as unknown as string)).toThrow(/^getSignatory: id must be a string, received number$/);
    expect(() => getSignatory(undefined as unknown as string)).toThrow(TypeError);
  });
  it('types a known id as the record and any other string as record | undefined', () => {
    expectTypeOf(getSignatory('tomas-narusevicius')).toEqualTypeOf<DeepReadonly<Signatory>>();
    expectTypeOf(getSignatory('nobody' as string)).toEqualTypeOf<DeepReadonly<Signatory> | undefined>();
    expectTypeOf<'tomas-narusevicius'>().toExtend<SignatoryId>();
    // @ts-expect-error a misspelt id is not a SignatoryId
    const misspelt: SignatoryId = 'tomas-narusevicius-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
