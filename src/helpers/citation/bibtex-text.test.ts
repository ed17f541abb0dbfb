import { describe, expect, it } from 'vitest';
import { bibtexText, bibtexTitle } from './bibtex-text.js';

describe('bibtexText', () => {
  it('escapes every LaTeX special character and writes dashes as -- and ---', () => {
    expect(bibtexText('\\ { } & % $ # _ ~ ^ — –')).toBe('\\textbackslash{} \\{ \\} \\& \\% \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} --- --');
    expect(bibtexText('R&D 1918–1920')).toBe('R\\&D 1918--1920');
  });
  it('leaves other text, including Cyrillic and Lithuanian letters, as it is', () => {
    expect(bibtexText('Мирный договор; Taikos sutartis (Ąžuolas) - 1920')).toBe('Мирный договор; Taikos sutartis (Ąžuolas) - 1920');
    expect(bibtexText('')).toBe('');
  });
});

describe('bibtexTitle', () => {
  it('braces capitalised words and the keep-case stretches, escaping inside and outside the braces', () => {
    expect(bibtexTitle('lt-ru-1920: the Soviet–Lithuanian treaty', ['lt-ru-1920'])).toBe('{lt-ru-1920}: the {Soviet--Lithuanian} treaty');
    expect(bibtexTitle('peace & war in Ŝiauliai_1920')).toBe('peace \\& war in {Ŝiauliai\\_1920}');
    expect(bibtexTitle('a_b treaty', ['a_b'])).toBe('{a\\_b} treaty');
  });
  it('keeps the spacing of the title', () => {
    expect(bibtexTitle('  two  spaces ')).toBe('  two  spaces ');
  });
});
