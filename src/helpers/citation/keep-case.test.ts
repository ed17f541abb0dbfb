import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitKeepCase } from './keep-case.js';

describe('splitKeepCase', () => {
  it('splits out every keep-case stretch, earliest first, wherever it stands', () => {
    expect(splitKeepCase('lt-ru-1920: data', ['lt-ru-1920'])).toEqual([
      { text: 'lt-ru-1920', keep: true },
      { text: ': data', keep: false },
    ]);
    expect(splitKeepCase('event x (event x) of lt-ru-1920', ['lt-ru-1920', 'event x'])).toEqual([
      { text: 'event x', keep: true },
      { text: ' (', keep: false },
      { text: 'event x', keep: true },
      { text: ') of ', keep: false },
      { text: 'lt-ru-1920', keep: true },
    ]);
  });
  it('takes the earliest stretch whatever the order of the list', () => {
    expect(splitKeepCase('event x of lt-ru-1920', ['event x', 'lt-ru-1920']).map((part) => part.text)).toEqual(['event x', ' of ', 'lt-ru-1920']);
  });
  it('gives the whole title as one re-casable part when nothing is kept, and nothing for an empty title', () => {
    expect(splitKeepCase('a title')).toEqual([{ text: 'a title', keep: false }]);
    expect(splitKeepCase('a title', ['', 'absent'])).toEqual([{ text: 'a title', keep: false }]);
    expect(splitKeepCase('', ['x'])).toEqual([]);
  });
  it('loses and adds no character, whatever the title and the stretches', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), (title, keep) => {
        const parts = splitKeepCase(title, keep);
        expect(parts.map((part) => part.text).join('')).toBe(title);
        for (const part of parts) {
          expect(part.text).not.toBe('');
          if (part.keep) expect(keep).toContain(part.text);
        }
      }),
      { seed: 1920, numRuns: 500 },
    );
  });
});
