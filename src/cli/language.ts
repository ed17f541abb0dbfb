import { UsageError } from './command.js';

/**
 * The languages `--lang` takes.
 *
 * @example
 * ```ts
 * languages.includes('be'); //=> true
 * ```
 */
export const languages = ['en', 'lt', 'pl', 'ru', 'be'] as const;

/** A language `--lang` takes. */
export type Language = (typeof languages)[number];

const languageNames: Readonly<Record<Language, string>> = { en: 'English', lt: 'Lithuanian', pl: 'Polish', ru: 'Russian', be: 'Belarusian' };

/**
 * The help line of `--lang`, the same in every command that takes it.
 *
 * @example
 * ```ts
 * languageHelp.startsWith('  --lang LANG'); //=> true
 * ```
 */
export const languageHelp = '  --lang LANG   names and titles in en, lt, pl, ru or be (English where the data has no such form, marked [en])';

/**
 * The value of `--lang`: `en` when not given, a usage error naming the
 * languages otherwise.
 *
 * @example
 * ```ts
 * languageOption('pl'); //=> 'pl'
 * languageOption(undefined); //=> 'en'
 * languageOption('de'); // UsageError: --lang "de" is not one of en, lt, pl, ru, be
 * ```
 */
export function languageOption(value: unknown): Language {
  if (value === undefined) return 'en';
  if (typeof value === 'string' && (languages as readonly string[]).includes(value)) return value as Language;
  throw new UsageError(`--lang ${JSON.stringify(value)} is not one of ${languages.join(', ')}`);
}

/**
 * A text in `language`, or its English form marked ` [en]` where the data
 * has none in that language (never a silent fallback).
 *
 * @example
 * ```ts
 * inLanguage({ en: 'Moscow', lt: 'Maskva', ru: 'Москва' }, 'lt'); //=> 'Maskva'
 * inLanguage({ en: 'Soviet Union', lt: 'Sovietų Sąjunga', ru: 'Советский Союз' }, 'pl'); //=> 'Soviet Union [en]'
 * ```
 */
export function inLanguage(text: { readonly en: string } & Readonly<Partial<Record<string, string>>>, language: Language): string {
  const value = text[language];
  return value === undefined ? `${text.en} [en]` : value;
}

/**
 * The line that explains ` [en]` marks in an output, or nothing when none was needed.
 *
 * @example
 * ```ts
 * fallbackNote('Soviet Union [en]', 'pl'); //=> '[en]: the data has no Polish form; English shown\n'
 * fallbackNote('Polska', 'pl'); //=> ''
 * ```
 */
export function fallbackNote(output: string, language: Language): string {
  return language !== 'en' && output.includes(' [en]') ? `[en]: the data has no ${languageNames[language]} form; English shown\n` : '';
}
