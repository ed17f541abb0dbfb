import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allSources,
  citationKind,
  citesNotes,
  findabilityFaults,
  MIN_QUOTE_LENGTH,
  type SourcedValue,
  sourcedValues,
  tierFaults,
  tierRank,
  tiers,
  weaklySourced,
} from '../scripts/lint/provenance.js';
import { weakConstants } from '../scripts/lint/weak-values.js';

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
      [
        'articles',
        'border',
        'controlPeriods',
        'events',
        'figures',
        'historyPlaces',
        'holders',
        'parties',
        'places',
        'ratifications',
        'registration',
        'signatories',
        'titles',
        'treaty',
      ].sort(),
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

describe('the tier rule, as far as a machine can check it', () => {
  const source = (fields: Partial<Parameters<typeof tierFaults>[0][number]>) => ({ id: 'x', tier: 'reference' as const, ...fields });
  const cited = (dates: string[]): SourcedValue => ({ record: 'events/e', path: '', sources: [{ source: 'x', locator: 'p. 1' }], variant: false, dates });

  it('makes a machine translation, a retyped copy, a mirror or a proxy derivative', () => {
    for (const note of [
      'Polish machine translation of the English article.',
      'A retyped transcription.',
      'Read on a mirror of the site.',
      'Read through a proxy copy (x.dev).',
    ]) {
      expect(tierFaults([source({ note })], []), note).toHaveLength(1);
      expect(tierFaults([source({ note, tier: 'derivative' })], []), note).toEqual([]);
    }
    expect(tierFaults([source({ note: 'Google Books text view of a scan.' })], [])).toEqual([]);
  });

  it('never calls primary a text written after the facts it is cited for', () => {
    expect(tierFaults([source({ tier: 'primary', dated: 1940 })], [cited(['1859-08-03'])])).toHaveLength(1);
    expect(tierFaults([source({ tier: 'primary', dated: 1921 })], [cited(['1920-07-12'])])).toEqual([]);
    expect(tierFaults([source({ tier: 'primary', year: 1922 })], [cited(['1920-07-12', '1922-04-12'])])).toEqual([]);
    expect(tierFaults([source({ tier: 'primary' })], [])).toHaveLength(1);
  });

  it('lists each work once: no two sources share a URL', () => {
    expect(tierFaults([source({ url: 'https://a.example/' }), source({ id: 'y', url: 'https://a.example/' })], [])).toHaveLength(1);
  });

  it('holds for every work of the bibliography', () => {
    expect(tierFaults(allSources(), values)).toEqual([]);
  });
});

describe('every work findable', () => {
  const work = (fields: Partial<Parameters<typeof findabilityFaults>[0][number]>) => ({ id: 'x', title: 'X', ...fields });
  const citing = (ref: SourcedValue['sources'][number]): SourcedValue => ({ record: 'places/p', path: '', sources: [ref], variant: false, dates: [] });

  it('asks for a URL, a full print reference, or a note that the copy cannot be found again', () => {
    expect(findabilityFaults([work({})], [])).toHaveLength(1);
    expect(findabilityFaults([work({ url: 'https://example.org/' })], [])).toEqual([]);
    expect(findabilityFaults([work({ author: 'M. Meltyukhov', place: 'Moscow', publisher: 'Algoritm', year: 2014, pages: '1–464' })], [])).toEqual([]);
    expect(findabilityFaults([work({ author: 'M. Meltyukhov', year: 2014 })], [])).toHaveLength(1);
    expect(findabilityFaults([work({ note: 'The mirror’s address was not recorded, so it cannot be found again.' })], [])).toEqual([]);
    expect(findabilityFaults([work({ url: 'https://example.org/', note: 'Saved in treaty-text/fr.md.' })], [])).toHaveLength(1);
  });

  it('links each GeoNames row and quotes in the script of the page cited', () => {
    const geonames = work({ id: 'geonames-cities500', url: 'https://download.geonames.org/export/dump/cities500.zip' });
    expect(findabilityFaults([geonames], [citing({ source: 'geonames-cities500', locator: 'row 627904 (geonameid; name “Hrodna”)' })])).toHaveLength(1);
    expect(
      findabilityFaults(
        [geonames],
        [citing({ source: 'geonames-cities500', locator: 'row 627904 (geonameid; name “Hrodna”; https://www.geonames.org/627904)' })],
      ),
    ).toEqual([]);
    const russian = work({ url: 'https://ru.wikipedia.org/', language: 'ru' });
    expect(findabilityFaults([russian], [citing({ source: 'x', locator: 'lead', quote: 'Miasto Postavy leży nad rzeką' })])).toHaveLength(1);
    expect(findabilityFaults([russian], [citing({ source: 'x', locator: 'lead', quote: 'Мяделка — река в Белоруссии' })])).toEqual([]);
  });

  it('holds for every work of the bibliography and every citation', () => {
    expect(findabilityFaults(allSources(), values)).toEqual([]);
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

  it('keeps the research agenda from growing: at most 78 preferred values rest on wiki or derivative sources alone', () => {
    // 85 of 327 before the tier rule of issue 14 (86 of 328 in the review); the
    // rule moved tfdd, treccani-vilna, eleven-roz, harrison and others to
    // `derivative` (106 of 327); stronger sources brought it to 104; the
    // history's new periods and events of issue 14 add values (109 of 361);
    // the second pass of stronger sources (KVB for Vailokaitis, Pamięć Polski
    // for the Peace of Riga, Dz.U. 1926 nr 6 poz. 29, Gritskevich for Vilnius
    // in July 1920, Odziemkowski for the Niemen battle) brought it to 104 of 361;
    // the third pass (the UP report of 22 March 1939 for the Klaipėda cession,
    // area and population, Britannica for the area, Versailles Art. 99 for the
    // Allied administration, Odziemkowski for Lida in September 1920) to 98.
    // Filling the history's unknown stretches (issue 14, item 4) added one value
    // that rests on a wiki and a popular history alone: augustow-1939-09-23 (99).
    // Bakanov's article title for the English name, the decree of 8 October 1939
    // itself (RGBl. 1939 I, S. 2042) and Belpochta's communiqué on the oblasts of
    // 4 December 1939 brought it to 96, and with main's Suwałki change of the
    // same day (the Soviet entry of 24 September on a reference-tier newspaper) 95.
    // The dzieje.pl caption of the 18 April 1922 ceremonies in Vilnius: 94; the
    // Handbuch Deutsche Kommunisten for Marchlewski’s death: 93; the Estonian
    // delegation’s letter in FRUS 1919, Russia, for the Reval conference: 92.
    // In parallel, from 95: a Vilnius University place page for Druskininkai in
    // the BSSR from October 1939, the Encyclopedia PWN for Lida under Soviet occupation from September
    // 1939 and the Suwałki county office for the Soviet occupation of the
    // Suwałki region (Sejny) brought it to 92; the Granat dictionary (Trakai
    // seized by Żeligowski's troops, two periods), the Great Soviet
    // Encyclopedia (Trakai Lithuanian in 1939) and the KARTA Centre's place page
    // for Pastavy (Soviet from September 1939) to 88; the education ministry's
    // digital textbook for Lithuania's area in its 1939–1940 borders to 87; the
    // treaty of 10 October 1939 (Art. I, in a BSU textbook) and the Encyclopedia
    // PWN, already cited for the Soviet weeks before, on the Lithuanian periods
    // of Varėna and Eišiškės from 30 October 1939 to 85; the archives portal of
    // Belarus on the Braslaw and Pastavy districts of the Vileyka oblast
    // (decree of 15 January 1940) to 84.
    // Merged with main's pass of the same day (dzieje.pl, the Handbuch
    // Deutsche Kommunisten, FRUS 1919, three values): 81.
    // The Visuotinė lietuvių enciklopedija on Sejny from 31 August 1920, the
    // Kaunas City Museum's reprint of Trimitas on the Klaipėda revolt of
    // 10 January 1923 and the Smarhon executive committee on its district of
    // 15 January 1940: 78.
    // This branch's pass (the Polish statistical office's table for Vilnius
    // in 1939, an Auckland Star cable of 19 March 1938 for the Polish
    // ultimatum), merged with main: 76.
    // Lower this ceiling whenever a stronger source is found.
    expect(weaklySourced(values).length).toBeLessThanOrEqual(76);
  });

  it('rests every exported date constant on more than a wiki, except REGISTERED_ON (no LNTS page found yet)', () => {
    expect(weakConstants(weaklySourced(values))).toEqual(['REGISTERED_ON']);
  });

  it('has low confidence when it rests on derivative sources alone', () => {
    const overconfident = values
      .filter((value) => value.confidence !== undefined && !['low', 'none'].includes(value.confidence))
      .filter((value) => value.sources.every((ref) => tierOf.get(ref.source) === 'derivative'))
      .map((value) => `${where(value)}: ${value.confidence}`);
    expect(overconfident).toEqual([]);
  });
});
