import { describe, expect, it } from 'vitest';
import { notFoundMessage } from './suggest.js';

const ids = ['treaty-signed', 'ratification-lithuania', 'ratification-rsfsr', 'entry-into-force'];

describe('notFoundMessage', () => {
  it('suggests ids at most three edits away, nearest first', () => {
    expect(notFoundMessage('event', 'treaty-signd', ids)).toBe('no event "treaty-signd"; did you mean "treaty-signed"?');
    expect(notFoundMessage('event', 'ratification-rsfs', ids)).toBe('no event "ratification-rsfs"; did you mean "ratification-rsfsr"?');
  });
  it('suggests ids that contain what was typed', () => {
    expect(notFoundMessage('event', 'ratification', ids)).toBe('no event "ratification"; did you mean "ratification-rsfsr" or "ratification-lithuania"?');
  });
  it('lists every known id when nothing is close', () => {
    expect(notFoundMessage('event', 'zzz', ids)).toBe(`no event "zzz"; known ids: ${ids.join(', ')}`);
  });
});
