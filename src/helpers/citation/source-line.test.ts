import { describe, expect, it } from 'vitest';
import { sourceLines, TIERS } from './source-line.js';

const BFSP =
  'British and Foreign State Papers: Treaty of Peace between Lithuania and Russia (English translation), p. 1121 [primary], p. 1121, “Moscow, July 12, 1920.”, https://books.google.to/books?id=0G8xAQAAMAAJ&pg=PA1121&dq=editions:STANFORD36105022667781&lr=&output=html_text&source=gbs_toc_r&cad=4';
const WIKI = 'Soviet–Lithuanian Peace Treaty, English Wikipedia [wiki], lead, https://en.wikipedia.org/wiki/Soviet%E2%80%93Lithuanian_Peace_Treaty';

describe('sourceLines', () => {
  it('writes each citation as the work, its tier, the locator, the quote and the URL', () => {
    expect(sourceLines([{ source: 'bfsp-1121', locator: 'p. 1121', quote: 'Moscow, July 12, 1920.' }])).toEqual([BFSP]);
    expect(sourceLines([{ source: 'w-en', locator: 'lead' }])).toEqual([WIKI]);
  });
  it('puts the strongest tier first and keeps the record’s order among equals', () => {
    const wiki = { source: 'w-en', locator: 'lead' };
    const primary = { source: 'bfsp-1121', locator: 'p. 1121', quote: 'Moscow, July 12, 1920.' };
    expect(sourceLines([wiki, primary])).toEqual([BFSP, WIKI]);
    expect(sourceLines([wiki, { ...wiki, locator: 'infobox' }, primary])).toEqual([BFSP, WIKI, WIKI.replace('lead', 'infobox')]);
    expect(
      sourceLines([
        { ...wiki, locator: 'b' },
        { ...wiki, locator: 'a' },
      ]).map((line) => line.split(', ')[2]),
    ).toEqual(['b', 'a']);
  });
  it('names a source missing from the bibliography by its id, after every known one', () => {
    const unknown = { source: 'no-such-source', locator: 'p. 3' };
    const wiki = { source: 'w-en', locator: 'lead' };
    expect(sourceLines([unknown, wiki])).toEqual([WIKI, 'no-such-source, p. 3']);
    expect(sourceLines([wiki, unknown])).toEqual([WIKI, 'no-such-source, p. 3']);
    expect(sourceLines([unknown, { ...unknown, locator: 'p. 4' }])).toEqual(['no-such-source, p. 3', 'no-such-source, p. 4']);
  });
  it('ranks the tiers from primary to derivative', () => {
    expect(TIERS).toEqual(['primary', 'scholarly', 'reference', 'wiki', 'derivative']);
  });
});
