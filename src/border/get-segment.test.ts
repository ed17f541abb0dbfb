import { describe, expect, expectTypeOf, it } from 'vitest';
import { borderLine } from '../generated/border-data.generated.js';
import type { SegmentId } from '../generated/border-ids.generated.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import type { BorderSegment } from '../schemas/border.js';
import { getSegment } from './get-segment.js';

describe('getSegment', () => {
  it('finds every feature by its properties.id', () => {
    for (const feature of borderLine.features) expect(getSegment(feature.properties.id)).toBe(feature);
  });
  it('returns neman-svislach-mosty with its properties.basis', () => {
    expect(getSegment('neman-svislach-mosty').properties.basis).toBe('contemporary-summary');
  });
  it('returns undefined for an unknown id, including prototype keys', () => {
    expect(getSegment('no-such-segment')).toBeUndefined();
    expect(getSegment('__proto__')).toBeUndefined();
    expect(getSegment('constructor')).toBeUndefined();
  });
  it('throws a TypeError naming the argument for a non-string id', () => {
    expect(() => getSegment(42 as unknown as string)).toThrow(/^getSegment: id must be a string, received number$/);
  });
  it('types a known id as the feature and any other string as feature | undefined', () => {
    expectTypeOf(getSegment('neman-svislach-mosty')).toEqualTypeOf<DeepReadonly<BorderSegment>>();
    expectTypeOf(getSegment('no-such-segment' as string)).toEqualTypeOf<DeepReadonly<BorderSegment> | undefined>();
    expectTypeOf<'neman-svislach-mosty'>().toExtend<SegmentId>();
    // @ts-expect-error a misspelt id is not a SegmentId
    const misspelt: SegmentId = 'neman-svislach-mosty-x';
    expect(misspelt).toBeTypeOf('string');
  });
});
