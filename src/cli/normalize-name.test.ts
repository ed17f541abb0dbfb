import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it('drops case and diacritics, Polish ł included', () => {
    expect(normalizeName('Suwałki')).toBe('suwalki');
    expect(normalizeName('SUWAŁKI')).toBe('suwalki');
    expect(normalizeName('Švenčionys')).toBe('svencionys');
    expect(normalizeName('Święciany')).toBe('swieciany');
    expect(normalizeName('Eišiškės')).toBe('eisiskes');
    expect(normalizeName('Augustów')).toBe('augustow');
    expect(normalizeName('Brasław')).toBe('braslaw');
  });
  it('keeps Cyrillic letters, folds their case', () => {
    expect(normalizeName('Гродно')).toBe('гродно');
    expect(normalizeName('ГРОДНО')).toBe('гродно');
    expect(normalizeName('Сьвянцяны')).toBe('сьвянцяны');
  });
  it('makes hyphens, apostrophes and spaces one space, trims', () => {
    expect(normalizeName("  Vil'no ")).toBe('vil no');
    expect(normalizeName('treaty-signed')).toBe('treaty signed');
    expect(normalizeName('Treaty   Signed')).toBe('treaty signed');
  });
  it('is idempotent for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeName(text);
        expect(normalizeName(once)).toBe(once);
      }),
    );
  });
  it('folds the Greek final sigma, whose lower case depends on what follows it (found by the property below)', () => {
    expect(normalizeName('\u03A3\u0301'.toLowerCase())).toBe(normalizeName('\u03A3\u0301'));
    expect(normalizeName('ΟΔΟΣ')).toBe('οδοσ');
  });
  it('is case-blind wherever a text’s case round-trips (not Greek ᾀ → ἈΙ)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(text.toUpperCase().toLowerCase() === text.toLowerCase());
        expect(normalizeName(text.toUpperCase())).toBe(normalizeName(text.toLowerCase()));
      }),
    );
  });
  it('is blind to the diacritics of every Latin and Cyrillic letter the place names use', () => {
    const letters = 'ąčęėįšųūžłńóśźżćĄČĘĖĮŠŲŪŽŁŃÓŚŹŻĆйЙёЁўЎ';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters, 'a', 'b', 'и', 'е', 'у') }), (text) => {
        const bare = text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
        expect(normalizeName(text)).toBe(normalizeName(bare));
      }),
    );
  });
  it('leaves no combining mark, no ł, no leading or trailing space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = normalizeName(text);
        expect(result).not.toMatch(/\p{M}|[łŁ]|^ | $| {2}/u);
      }),
    );
  });
});
