import * as z from 'zod';
import { TextSchema } from './common.js';

/**
 * Text in English, Lithuanian and Russian, optionally also in Polish,
 * Belarusian, Ukrainian and French.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ en: 'Moscow', lt: 'Maskva', ru: 'Москва' });
 * ```
 */
export const LocalizedTextSchema = z
  .strictObject({
    en: TextSchema.meta({ title: 'English', description: 'English text.' }),
    lt: TextSchema.meta({ title: 'Lithuanian', description: 'Lithuanian text.' }),
    ru: TextSchema.meta({ title: 'Russian', description: 'Russian text.' }),
    pl: TextSchema.optional().meta({ title: 'Polish', description: 'Polish text.' }),
    be: TextSchema.optional().meta({ title: 'Belarusian', description: 'Belarusian text.' }),
    uk: TextSchema.optional().meta({ title: 'Ukrainian', description: 'Ukrainian text.' }),
    fr: TextSchema.optional().meta({ title: 'French', description: 'French text.' }),
  })
  .meta({ title: 'Localized text', description: 'Text in en, lt and ru, optionally pl, be, uk and fr.' });

export type { LocalizedText } from '../generated/record-types.generated.js';
