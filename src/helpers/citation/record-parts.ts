import type { DeepReadonly } from '../../internal/deep-freeze.js';
import type { LocalizedText } from '../../schemas/localized-text.js';
import type { Source } from '../../schemas/source.js';

const LANGUAGES: Readonly<Record<string, string>> = { lt: 'Lithuanian', ru: 'Russian', pl: 'Polish', be: 'Belarusian', uk: 'Ukrainian', fr: 'French' };

/**
 * The non-English names of a localized text: `Lithuanian “Maskva”, Russian “Москва”`.
 * No record is read here, so `./history` shares it without loading the records of `.`.
 *
 * @internal
 * @example
 * ```ts
 * otherNames({ en: 'Moscow', lt: 'Maskva' }); //=> 'Lithuanian “Maskva”'
 * ```
 */
export const otherNames = (text: LocalizedText): string =>
  Object.entries(text)
    .filter(([language]) => language !== 'en')
    .map(([language, name]) => `${LANGUAGES[language] ?? language} “${name}”`)
    .join(', ');

/**
 * A work of the bibliography as a citation reads it: its title, and author,
 * publisher, year, tier, locator and address as the value (a source cites no
 * source of its own).
 *
 * @internal
 * @example
 * ```ts
 * sourceRecord({ id: 'x', title: 'T', year: 1939, tier: 'primary', kind: 'primary' } as Source).value; //=> '1939, primary source'
 * ```
 */
export const sourceRecord = (source: DeepReadonly<Source>) => ({
  kind: 'source' as const,
  id: source.id,
  title: source.title,
  value: [source.author, source.publisher, source.year, `${source.tier} source`, source.locator, source.url].filter((part) => part !== undefined).join(', '),
  sources: [],
});
