import { describe, expect, it } from 'vitest';
import { MAX_SOURCES, recordWork } from './record-work.js';

const release = { name: 'pkg', dataVersion: '1.2.3', released: '2026-11-27', homepage: 'https://example.org/pkg' };
const ref = (locator: string) => ({ source: 'w-en', locator });

describe('recordWork', () => {
  it('cites a record as a part of the dataset at its data version, keeping the case of the name and the label', () => {
    const work = recordWork({ kind: 'event', id: 'x-1', title: 'Signing', value: '12 July 1920', sources: [ref('a')] }, release);
    expect(work).toMatchObject({
      kind: 'record',
      key: 'pkg-1.2.3-x-1',
      title: 'Signing (event x-1)',
      keepCase: ['pkg', 'event x-1'],
      container: 'pkg: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset',
      authors: ['pkg contributors'],
      issued: '2026-11-27',
      version: '1.2.3',
      value: '12 July 1920',
      sourceCount: 1,
    });
    expect(work.sources).toHaveLength(1);
  });
  it(`keeps at most ${MAX_SOURCES} sources and counts them all; leaves out a value it does not have`, () => {
    const work = recordWork({ kind: 'source', id: 's', title: 'S', sources: ['a', 'b', 'c', 'd', 'e'].map(ref) }, release);
    expect(MAX_SOURCES).toBe(3);
    expect(work.sources?.map((line) => line.split(', ')[2])).toEqual(['a', 'b', 'c']);
    expect(work.sourceCount).toBe(5);
    expect('value' in work).toBe(false);
  });
});
