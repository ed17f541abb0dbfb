import { describe, expect, it } from 'vitest';
import { MAX_SOURCES, MAX_TITLE_VALUE, recordWork } from './record-work.js';

const release = { name: 'pkg', version: '1.2.3', released: '2026-11-27', homepage: 'https://example.org/pkg/' };
const ref = (locator: string) => ({ source: 'w-en', locator });

describe('recordWork', () => {
  it('titles a record by what it says, without its id, inside the dataset at its version, with the versioned record page as URL', () => {
    const work = recordWork({ kind: 'event', id: 'x-1', title: 'Signing', value: '12 July 1920', sources: [ref('a')] }, release);
    expect(work).toMatchObject({
      kind: 'record',
      key: 'pkg-1.2.3-event-x-1',
      title: 'Signing, 12 July 1920',
      keepCase: ['pkg'],
      url: 'https://example.org/pkg/v/1.2.3/records/event/x-1.html',
      recordId: { kind: 'event', id: 'x-1' },
      container: 'pkg: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset',
      authors: ['pkg contributors'],
      issued: '2026-11-27',
      version: '1.2.3',
      value: '12 July 1920',
      sourceCount: 1,
    });
    expect(work.title).not.toContain('x-1');
    expect(work.sources).toHaveLength(1);
  });
  it(`keeps a value longer than ${MAX_TITLE_VALUE} characters out of the title (it stays in the note)`, () => {
    const long = 'x'.repeat(MAX_TITLE_VALUE + 1);
    expect(recordWork({ kind: 'article', id: 'a', title: 'Article I', value: long, sources: [] }, release)).toMatchObject({ title: 'Article I', value: long });
    const fits = 'y'.repeat(MAX_TITLE_VALUE);
    expect(recordWork({ kind: 'article', id: 'a', title: 'Article I', value: fits, sources: [] }, release).title).toBe(`Article I, ${fits}`);
  });
  it(`keeps at most ${MAX_SOURCES} sources and counts them all; leaves out a value it does not have`, () => {
    const work = recordWork({ kind: 'source', id: 's', title: 'S', sources: ['a', 'b', 'c', 'd', 'e'].map(ref) }, release);
    expect(MAX_SOURCES).toBe(3);
    expect(work.sources?.map((line) => line.split(', ')[2])).toEqual(['a', 'b', 'c']);
    expect(work.sourceCount).toBe(5);
    expect('value' in work).toBe(false);
    expect(work.title).toBe('S');
  });
});
