import { beforeEach, describe, expect, it, vi } from 'vitest';
import { events } from '../../data/events.js';
import { treaty } from '../../data/treaty.js';
import type { findRecord as FindRecord } from './find-record.js';

// findRecord builds its index once per module: each test imports a fresh
// module, so that every test reads an index built from the code as it is
// now (mutation testing attributes the building to each test).
let findRecord: typeof FindRecord;
beforeEach(async () => {
  vi.resetModules();
  ({ findRecord } = await import('./find-record.js'));
});

/** Kind, title and value of a record as a citation reads them. */
const cited = (id: string) => {
  const record = findRecord(id);
  return record && { kind: record.kind, title: record.title, value: record.value };
};

describe('findRecord', () => {
  it('reads the treaty: where and when it was signed, with its own sources', () => {
    expect(cited(treaty.id)).toEqual({ kind: 'treaty', title: 'Treaty of Peace between Lithuania and Russia', value: 'signed at Moscow on 12 July 1920' });
    expect(findRecord(treaty.id)?.sources).toEqual(treaty.sources);
  });
  it('reads an event as its English title and its date, or its range of dates', () => {
    expect(cited('treaty-signed')).toEqual({ kind: 'event', title: 'Signing of the peace treaty', value: '12 July 1920' });
    expect(findRecord('treaty-signed')?.sources).toEqual(events.find((event) => event.id === 'treaty-signed')?.sources);
    expect(cited('baltic-agreement-tallinn-1919')?.value).toBe('14 September 1919 – 15 September 1919');
  });
  it('reads a signatory as the printed name, the office and the life dates with their places', () => {
    expect(cited('adolf-joffe')).toMatchObject({ kind: 'signatory', title: 'Adolf Abramovitch Joffe' });
    expect(cited('adolf-joffe')?.value).toMatch(/^Head of the RSFSR peace delegation; .*; born 22 October 1883, Simferopol; died 17 November 1927, Moscow$/);
    expect(cited('leonid-obolensky')?.value).toBe('born 1873, Oryol; died 26 September 1930'); // no office, no place of death
    expect(cited('vytautas-rackauskas')?.value).toMatch(/; died c\. 1956, Siberia$/); // an approximate date
  });
  it('reads an article as its number and summary, saying so where no source shows its text', () => {
    expect(cited('article-1')).toMatchObject({ kind: 'article', title: 'Article I' });
    expect(cited('article-1')?.value).toMatch(/^Proceeding from the right of all nations/);
    expect(cited('article-3')).toEqual({ kind: 'article', title: 'Article III', value: 'no source shows its text' });
    expect(cited('article-2-secret-supplement')?.title).toBe('Secret supplement to Article II');
  });
  it('reads a party or a place as its English name and its names in other languages', () => {
    expect(cited('moscow')).toMatchObject({ kind: 'place', title: 'Moscow' });
    expect(cited('moscow')?.value).toMatch(/^Lithuanian “Maskva”, Russian “Москва”, Polish “Moskwa”, Belarusian “Масква”, French “Moscou”/);
    expect(cited('rsfsr')).toMatchObject({ kind: 'party', title: 'Russian Socialist Federated Soviet Republic' });
    expect(cited('rsfsr')?.value).toMatch(/^Lithuanian “[^”]+”, Russian “Российская Социалистическая Федеративная Советская Республика”$/);
  });
  it('reads a ratification, the registration and a source', () => {
    expect(cited('lithuania-constituent-seimas')).toEqual({ kind: 'ratification', title: 'Ratification by the Constituent Seimas', value: '6 August 1920' });
    expect(cited('league-of-nations-registration')).toEqual({
      kind: 'registration',
      title: 'Registration with the League of Nations',
      value: 'registered on 8 March 1921; League of Nations Treaty Series, vol. 3, pp. 106–137',
    });
    expect(cited('w-en')).toEqual({
      kind: 'source',
      title: 'Soviet–Lithuanian Peace Treaty',
      value: 'English Wikipedia, wiki source, https://en.wikipedia.org/wiki/Soviet%E2%80%93Lithuanian_Peace_Treaty',
    });
    expect(findRecord('w-en')?.sources).toEqual([]);
  });
  it('returns the same record on every call, and undefined for an unknown id', () => {
    expect(findRecord('treaty-signed')).toBe(findRecord('treaty-signed'));
    expect(findRecord('no-such-record')).toBeUndefined();
    expect(findRecord('__proto__')).toBeUndefined();
  });
});
