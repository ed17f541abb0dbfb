import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SourceId } from '../generated/ids.generated.js';
import { sources } from '../generated/sources.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { Source } from '../schemas/source.js';
import { getSource } from './get-source.js';

describe('getSource', () => {
  it('finds every record by its id', () => {
    for (const record of sources) expect(getSource(record.id)).toBe(record);
  });
  it('returns bfsp-1121 with its tier', () => {
    expect(getSource('bfsp-1121').tier).toBe('primary');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getSource('no-such-source')).toBeUndefined();
    expect(getSource('__proto__')).toBeUndefined();
    expect(getSource('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getSource(42 as unknown as string)).toThrow(/^getSource: id must be a string, received number$/);
    expect(() => getSource(undefined as unknown as string)).toThrow(TypeError);
  });
  it('types a known id as the record and any other string as record | undefined', () => {
    expectTypeOf(getSource('bfsp-1121')).toEqualTypeOf<DeepReadonly<Source>>();
    expectTypeOf(getSource('no-such-source' as string)).toEqualTypeOf<DeepReadonly<Source> | undefined>();
    expectTypeOf<'bfsp-1121'>().toExtend<SourceId>();
    // @ts-expect-error a misspelt id is not a SourceId
    const misspelt: SourceId = 'bfsp-1121-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
