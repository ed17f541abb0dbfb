import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { fallbackNote, inLanguage, languageOption } from './language.js';

describe('--lang', () => {
  it('takes en, lt, pl, ru, be; English by default; anything else is a usage error', () => {
    expect(['en', 'lt', 'pl', 'ru', 'be'].map(languageOption)).toEqual(['en', 'lt', 'pl', 'ru', 'be']);
    expect(languageOption(undefined)).toBe('en');
    expect(() => languageOption('de')).toThrow(new UsageError('--lang "de" is not one of en, lt, pl, ru, be'));
  });
  it('falls back to English visibly, and says so once', () => {
    const ussr = { en: 'Soviet Union', lt: 'Sovietų Sąjunga', ru: 'Советский Союз' };
    expect(inLanguage(ussr, 'ru')).toBe('Советский Союз');
    expect(inLanguage(ussr, 'be')).toBe('Soviet Union [en]');
    expect(fallbackNote('a Soviet Union [en]\nb Union [en]', 'be')).toBe('[en]: the data has no Belarusian form; English shown\n');
    expect(fallbackNote('Советский Союз', 'ru')).toBe('');
  });
});
