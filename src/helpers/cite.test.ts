import { describe, expect, it } from 'vitest';
import { meta } from '../meta.js';
import { cite } from './cite.js';

describe('cite', () => {
  it('names the data version in a plain-text citation', () => {
    expect(cite()).toContain(`lt-ru-1920 (dataset ${meta.dataVersion})`);
    expect(cite()).toMatch(/^lt-ru-1920 contributors\. \(\d{4}\)\. /);
    expect(cite({ format: 'text' })).toBe(cite());
  });
  it('rejects an unknown format with a RangeError', () => {
    expect(() => cite({ format: 'mla' as 'text' })).toThrow(RangeError);
  });
});
