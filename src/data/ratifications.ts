import { eventDates } from '../generated/dates.generated.js';
import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Ratification } from '../schemas/ratification.js';

/** Date and variants of a ratification, read from its event record (never retyped). */
// @__NO_SIDE_EFFECTS__
function datedBy(event: keyof typeof eventDates): Pick<DeepReadonly<Ratification>, 'date' | 'event' | 'variants'> {
  const { date, variants } = eventDates[event];
  return variants ? { date, event, variants } : { date, event };
}

/**
 * The two ratifications: by the Lithuanian Constituent Seimas and by the
 * All-Russian Central Executive Committee (VTsIK) of the RSFSR. Dates and
 * date variants come from the events `ratification-lithuania` and
 * `ratification-rsfsr`. Body names no cited source gives (the English and
 * Russian name of the Seimas, the Lithuanian name of the VTsIK) are listed
 * in `editorial`.
 *
 * @example
 * ratifications.map((r) => r.date) //=> ['1920-08-06', '1920-09-09']
 */
export const ratifications: DeepReadonly<Ratification[]> = deepFreeze<DeepReadonly<Ratification[]>>([
  {
    id: 'lithuania-constituent-seimas',
    party: 'lithuania',
    body: { en: 'Constituent Seimas', lt: 'Steigiamasis Seimas', ru: 'Учредительный сейм' },
    ...datedBy('ratification-lithuania'),
    note: 'Only three deputies abstained (Gritskevich).',
    sources: [
      {
        source: 'grits-123',
        locator: 'web page 123',
        quote: 'литовский сейм 6 августа ратифицировал договор. Воздержались от голосования только три депутата.',
      },
      { source: 'w-be-x-old', locator: 'first sentence', quote: 'ратыфікаваная Соймам Летувы 6 жніўня 1920 году' },
      { source: 'w-pl', locator: 'article text', quote: 'Traktat podpisano 12 lipca (Litwa ratyfikowała go 6 sierpnia) tegoż roku.' },
      {
        source: 'asgaliu-vail',
        locator: 'page (the name of the body, in the genitive)',
        quote: '1920–1922 m. buvo Steigiamojo Seimo Ekonominės komisijos pirmininkas',
      },
    ],
    editorial: ['body.en', 'body.ru'],
  },
  {
    id: 'rsfsr-vtsik',
    party: 'rsfsr',
    body: {
      en: 'All-Russian Central Executive Committee (VTsIK)',
      lt: 'Visos Rusijos centrinis vykdomasis komitetas',
      ru: 'Всероссийский Центральный Исполнительный Комитет (ВЦИК)',
    },
    ...datedBy('ratification-rsfsr'),
    note: 'A single source dates the VTsIK ratification; an NKID note of 1921 confirms that the RSFSR signed and later approved the treaty, without a date.',
    sources: [
      { source: 'grits-123', locator: 'web page 123', quote: 'ВЦИК ратифицировал его через месяц, 9 сентября' },
      { source: 'gse-ioffe', locator: 'entry (English name of the body)', quote: 'the All-Russian Central Executive Committee (VTsIK)' },
      {
        source: 'istmat-50687',
        locator: 'NKID note of 22 July 1921',
        quote: 'подписавших и утвердивших впоследствии Русско-Литовский Договор 12 июля 1920 г.',
      },
      {
        source: 'globefox',
        locator: 'quotation of the Tartu treaty (name of the body, genitive)',
        quote: 'Всероссийского Центрального Исполнительного Комитета (ВЦИК)',
      },
    ],
    editorial: ['body.lt'],
  },
]);
