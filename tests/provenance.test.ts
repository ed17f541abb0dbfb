import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_QUOTE_LENGTH,
  citationKind,
  citesNotes,
  sourcedValues,
  tierRank,
  tiers,
  type SourcedValue,
} from '../scripts/lint/provenance.js';

// The citation rule of issue 8, over every value with `sources` in the
// records of `.` and `./border`: a reader holding only the cited work must
// be able to find the claim in it.

const values = sourcedValues();
const tierOf = tiers();
const where = (value: SourcedValue): string => `${value.record}${value.path ? ` ${value.path}` : ''}`;
const failures = (test: (value: SourcedValue, ref: SourcedValue['sources'][number]) => boolean): string[] =>
  values.flatMap((value) => value.sources.filter((ref) => test(value, ref)).map((ref) => `${where(value)}: ${JSON.stringify(ref)}`));

describe('the citation rule, as a function', () => {
  it('accepts a page, an article, a row or a quoted heading as a locator', () => {
    expect(citationKind({ source: 'bfsp-1121', locator: 'p. 1121' })).toBe('page');
    expect(citationKind({ source: 'w-pt', locator: 'LNTS vol. 3, pp. 106–137' })).toBe('page');
    expect(citationKind({ source: 'asa-149', locator: 'Art. XII, point 3' })).toBe('page');
    expect(citationKind({ source: 'helpiks', locator: 'Article 1' })).toBe('page');
    expect(citationKind({ source: 'x', locator: 'table row 3' })).toBe('page');
    expect(citationKind({ source: 'w-en', locator: '§ “Background”' })).toBe('heading');
    expect(citationKind({ source: 'w-en', locator: 'heading “Signatories”' })).toBe('heading');
    expect(citationKind({ source: 'w-be-x-old', locator: 'infobox field “Мовы”' })).toBe('heading');
  });

  it('rejects a bare "lead", "article" or "article body" without a quote', () => {
    for (const locator of ['lead', 'article', 'article body', 'summary', 'page', 'web copy']) {
      expect(citationKind({ source: 'w-en', locator }), locator).toBe('none');
    }
  });

  it('accepts any locator when a quote of at least 8 characters is given, and no shorter quote', () => {
    expect(citationKind({ source: 'w-en', locator: 'lead', quote: 'July 12,' })).toBe('quote');
    expect(citationKind({ source: 'w-en', locator: 'lead', quote: 'July 12' })).toBe('none');
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: MIN_QUOTE_LENGTH }), (locator, quote) => {
        fc.pre(quote.trim().length >= MIN_QUOTE_LENGTH);
        return citationKind({ source: 'w-en', locator, quote }) !== 'none';
      }),
    );
  });

  it('flags a locator or quote that points at the research notes', () => {
    expect(citesNotes({ source: 'uncens-2007', locator: 'article body (per facts.md §3)' })).toBe(true);
    expect(citesNotes({ source: 'w-en', locator: 'lead', quote: 'see the addendum' })).toBe(true);
    expect(citesNotes({ source: 'x', locator: 'shared/research/waypoints.csv row 3' })).toBe(true);
    expect(citesNotes({ source: 'bfsp-1121', locator: 'p. 1121, heading' })).toBe(false);
  });
});

describe('every citation of `.`, `./border` and `./history`', () => {
  it('walks the records (guards the walk itself)', () => {
    const records = new Set(values.map((value) => value.record.split('/')[0]));
    expect([...records].sort()).toEqual(
      ['articles', 'border', 'controlPeriods', 'events', 'figures', 'historyPlaces', 'holders', 'parties', 'places', 'ratifications', 'registration', 'signatories', 'titles', 'treaty'].sort(),
    );
    expect(values.length).toBeGreaterThan(100);
  });

  it('cites a source of the bibliography', () => {
    expect(failures((_, ref) => !tierOf.has(ref.source))).toEqual([]);
  });

  it('never points at the project’s research notes', () => {
    expect(failures((_, ref) => citesNotes(ref))).toEqual([]);
  });

  it('is findable: a quote of 8+ characters, or a locator pinned to a number or a quoted heading', () => {
    expect(failures((_, ref) => citationKind(ref) === 'none')).toEqual([]);
  });
});

describe('every sourced value', () => {
  const rank = (source: string): number => tierRank(tierOf.get(source) ?? 'derivative');

  it('lists its strongest source first', () => {
    const misordered = values
      .filter((value) => value.sources.some((ref) => rank(ref.source) < rank(value.sources[0]?.source ?? '')))
      .map((value) => `${where(value)}: ${value.sources.map((ref) => `${ref.source} (${tierOf.get(ref.source)})`).join(', ')}`);
    expect(misordered).toEqual([]);
  });

  it('has low confidence when it rests on derivative sources alone', () => {
    const overconfident = values
      .filter((value) => value.confidence !== undefined && !['low', 'none'].includes(value.confidence))
      .filter((value) => value.sources.every((ref) => tierOf.get(ref.source) === 'derivative'))
      .map((value) => `${where(value)}: ${value.confidence}`);
    expect(overconfident).toEqual([]);
  });
});
