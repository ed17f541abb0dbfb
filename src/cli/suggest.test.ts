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
  it('suggests ids exactly three edits away, but not four', () => {
    expect(notFoundMessage('event', 'treaty-sig', ids)).toBe('no event "treaty-sig"; did you mean "treaty-signed"?');
    expect(notFoundMessage('event', 'treaty-si', ids)).toBe('no event "treaty-si"; did you mean "treaty-signed"?'); // contained in it
    expect(notFoundMessage('event', 'treaty-signedxxxx', ids)).toBe(`no event "treaty-signedxxxx"; known ids: ${ids.join(', ')}`);
    expect(notFoundMessage('event', 'xreaty-sig', ids)).toBe(`no event "xreaty-sig"; known ids: ${ids.join(', ')}`);
  });
  it('counts insertions, deletions and substitutions anywhere in the id', () => {
    expect(notFoundMessage('event', 'xxtreaty-signedx', ids)).toBe('no event "xxtreaty-signedx"; did you mean "treaty-signed"?');
    expect(notFoundMessage('event', 'ttreaty-sgned', ids)).toBe('no event "ttreaty-sgned"; did you mean "treaty-signed"?');
    expect(notFoundMessage('event', 'entry-into-forcxxx', ids)).toBe('no event "entry-into-forcxxx"; did you mean "entry-into-force"?');
    expect(notFoundMessage('event', 'xntry-into-forcx', ids)).toBe('no event "xntry-into-forcx"; did you mean "entry-into-force"?');
  });
  it('suggests ids containing what was typed from three characters on, at most three', () => {
    expect(notFoundMessage('thing', 'abc', ['xabcxxxx', 'yyyyyyyy'])).toBe('no thing "abc"; did you mean "xabcxxxx"?');
    expect(notFoundMessage('thing', 'ab', ['xabxxxxx', 'yyyyyyyy'])).toBe('no thing "ab"; known ids: xabxxxxx, yyyyyyyy');
    expect(notFoundMessage('thing', 'abcd', ['abcd1', 'abcd12', 'abcd123', 'abcd1234'])).toBe(
      'no thing "abcd"; did you mean "abcd1" or "abcd12" or "abcd123"?',
    );
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', async () => {
    const { editDistance } = await import('./suggest.js');
    expect(editDistance('wilnoo', 'wilno')).toBe(1);
    expect(editDistance('grodno', 'gardinas')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
