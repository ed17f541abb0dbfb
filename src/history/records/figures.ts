import { type DeepReadonly, deepFreeze } from '../../internal/deep-freeze.js';
import type { Figure } from '../../schemas/history.js';

/** Square kilometres in a square mile (international mile). */
const KM2_PER_SQ_MI = 2.589988;
/** A figure the source gives in square miles, in km², rounded to 10 km². */
// @__NO_SIDE_EFFECTS__
const sqMi = (miles: number): number => Math.round((miles * KM2_PER_SQ_MI) / 10) * 10;

const GOWILD = 'introduction';
const HARRISON_LOCATOR = 'chapter on the area of Lithuania (quoting A. Simutis, 1942)';

/**
 * Areas and populations of the history, each with its preferred reading and
 * every other reading the sources give (`variants`), with the source's own
 * wording in `reported` where it uses another unit or rounds. Areas given in
 * square miles are converted at 2.589988 km² per square mile and rounded to
 * 10 km². No figure comes from a primary document: those searched for (the
 * 1939 treaty's map, Molotov's report, the Lithuanian law on the Vilnius
 * region) give none.
 *
 * @example
 * figures.find((f) => f.id === 'treaty-territory-area')?.value //=> 85263
 */
export const figures: DeepReadonly<Figure[]> = deepFreeze<Figure[]>([
  {
    id: 'treaty-territory-area',
    title: 'Area of Lithuania as the 1920 treaty recognised it, without Klaipėda',
    measure: 'area-km2',
    value: 85263,
    confidence: 'low',
    note: 'The treaty gives no area. Harrison’s total includes the Klaipėda Territory; less the Klaipėda area in the same 1939 text (2,656 km²), the two agree to about 150 km².',
    variants: [
      {
        value: sqMi(34000),
        reported: 'approx. 34.000 square miles, with the Klaipeda-Memel District',
        sources: [
          { source: 'harrison', locator: HARRISON_LOCATOR, quote: 'accounts for approx. 34.000 square miles with a population a little over 4,000,000' },
        ],
        note: 'Includes the Klaipėda Territory, which the treaty did not cover.',
      },
    ],
    sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'turėjo 85 263 km² ir apie 3 600 000 gyventojų' }],
  },
  {
    id: 'treaty-territory-population',
    title: 'Population of Lithuania as the 1920 treaty recognised it, without Klaipėda',
    measure: 'population',
    value: 3600000,
    reported: 'apie 3 600 000',
    confidence: 'low',
    variants: [
      {
        value: 4000000,
        reported: 'a little over 4,000,000, with the Klaipeda-Memel District',
        sources: [
          { source: 'harrison', locator: HARRISON_LOCATOR, quote: 'accounts for approx. 34.000 square miles with a population a little over 4,000,000' },
        ],
        note: 'Includes the Klaipėda Territory.',
      },
    ],
    sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'turėjo 85 263 km² ir apie 3 600 000 gyventojų' }],
  },
  {
    id: 'vilnius-region-lost-1920-area',
    title: 'Area of the treaty territory Lithuania lost to Poland in October 1920 (the Vilnius region)',
    measure: 'area-km2',
    value: 32250,
    asOf: '1920-10-09',
    confidence: 'low',
    note: 'Two independent texts agree to within 10 km², but neither is a scholarly or primary source.',
    variants: [
      {
        value: sqMi(12448),
        reported: '12,448 sq. miles',
        sources: [{ source: 'harrison', locator: HARRISON_LOCATOR, quote: 'The Vilnius region embraces 12,448 sq. miles with a population of 1.600,000.' }],
        note: 'The same area in square miles.',
      },
    ],
    sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'Lietuva neteko 32 250 km² ir apie 1 600 000 gyventojų' }],
  },
  {
    id: 'vilnius-region-lost-1920-population',
    title: 'Population of the treaty territory Lithuania lost to Poland in October 1920',
    measure: 'population',
    value: 1600000,
    reported: 'apie 1 600 000',
    asOf: '1920-10-09',
    confidence: 'low',
    sources: [
      { source: 'harrison', locator: HARRISON_LOCATOR, quote: 'The Vilnius region embraces 12,448 sq. miles with a population of 1.600,000.' },
      { source: 'gowild-1939', locator: GOWILD, quote: 'Lietuva neteko 32 250 km² ir apie 1 600 000 gyventojų' },
    ],
  },
  {
    id: 'central-lithuania-area',
    title: 'Area of Central Lithuania',
    measure: 'area-km2',
    value: 13500,
    reported: '13,5 tys. km2',
    confidence: 'medium',
    note: 'The figures of 13,490 km² and “about 13,000 km²” appear in copies of Wikipedia articles; they are not quoted here because the copies were not re-read.',
    sources: [{ source: 'pwn', locator: 'entry “Wileński Kraj”', quote: 'z 13,5 tys. km2 dawnej Litwy Środkowej' }],
  },
  {
    id: 'transfer-1939-area',
    title: 'Area Lithuania received from the USSR in October 1939',
    measure: 'area-km2',
    value: 6900,
    reported: '6,9 tys. km2',
    asOf: '1939-10-10',
    confidence: 'low',
    note: 'No primary figure was found. The readings found run from 6,656 to 6,909 km²; the 6,880 and 6,909 km² readings are on pages that were not re-read and are not given here.',
    variants: [
      {
        value: 6656,
        reported: '6656 kmq.',
        sources: [
          {
            source: 'treccani-vilna',
            locator: 'Appendix entry “VILNA” (updating vol. XXXV, p. 376)',
            quote: 'Vilna col territorio circostante (6656 kmq., 458.000 ab.) fu ceduta alla Lituania',
          },
        ],
        note: 'The smallest reading, from an encyclopaedia entry read only on a copy of the Treccani site.',
      },
      {
        value: 6700,
        reported: 'maždaug 6 700 km²',
        sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'maždaug 6 700 km² su 480 000 gyventojų' }],
        note: 'A rounded contemporary figure (1939).',
      },
      {
        value: 6739,
        reported: '6739 кв. км',
        sources: [{ source: 'polonistka', locator: 'article body', quote: 'Общая площадь этой территории составляла 6739 кв. км' }],
        note: 'From a secondary web article; the Wilno-Troki county and parts of the Brasław and Święciany counties.',
      },
    ],
    sources: [
      {
        source: 'pwn',
        locator: 'entry “Wileński Kraj”',
        quote: 'zachodnia część Wileńszczyzny wraz z Wilnem została przekazana Litwie przez ZSRR; obszar ten wynosił 6,9 tys. km2',
      },
    ],
  },
  {
    id: 'transfer-1939-population',
    title: 'Population of the area Lithuania received from the USSR in October 1939',
    measure: 'population',
    value: 480000,
    reported: '480 000',
    asOf: '1939-10-10',
    confidence: 'low',
    note: 'Unresolved.',
    variants: [
      {
        value: 458000,
        reported: '458.000 ab.',
        sources: [
          {
            source: 'treccani-vilna',
            locator: 'Appendix entry “VILNA” (updating vol. XXXV, p. 376)',
            quote: 'Vilna col territorio circostante (6656 kmq., 458.000 ab.) fu ceduta alla Lituania',
          },
        ],
        note: 'Given with the 6,656 km² area, in an encyclopaedia entry read only on a copy of the Treccani site.',
      },
    ],
    sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'maždaug 6 700 km² su 480 000 gyventojų' }],
  },
  {
    id: 'transfer-1940-area',
    title: 'Area the BSSR gave up to the Lithuanian SSR in November 1940',
    measure: 'area-km2',
    value: 2600,
    reported: '2,6 тысячы квадратных кілямэтраў',
    asOf: '1940-11',
    confidence: 'low',
    note: 'Other readings (2,637 km², 2,650 km², “about 2,000 km²”) appear on pages that were not re-read; no population figure was found.',
    sources: [{ source: 'svaboda-1940', locator: 'article body, first paragraph', quote: 'беларускіх земляў плошчай 2,6 тысячы квадратных кілямэтраў' }],
  },
  {
    id: 'klaipeda-area',
    title: 'Area of the Klaipėda Territory',
    measure: 'area-km2',
    value: 2846,
    reported: '1,099 sq mi (2,846 sq km)',
    confidence: 'medium',
    note: 'The United Press report of the cession (March 1939) and the Encyclopædia Britannica give the same 1,099 square miles (2,846 km², the encyclopaedia’s own conversion); the 1939 geographic overview read in an online reprint gives 2,656 km², about 190 km² less. The difference is not explained by any source seen.',
    variants: [
      {
        value: 2656,
        reported: '2 656 km²',
        sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'prisidėjo 2 656 km² ir 141 238 gyventojai' }],
        note: 'A 1939 geographic overview read only in an online reprint (a derivative copy); the preferred reading until a primary report and an encyclopaedia were cited for 1,099 square miles.',
      },
      {
        value: 2657,
        sources: [{ source: 'kiwix-klaipeda', locator: 'infobox, area', quote: 'Total 2,657 km2' }],
        note: 'One square kilometre from the 1939 overview’s figure.',
      },
      {
        value: sqMi(1100),
        reported: '1,100 sq. miles',
        sources: [{ source: 'harrison', locator: HARRISON_LOCATOR, quote: 'The Klaipeda district itself comprises 1,100 sq. miles with 154,000 inhabitants.' }],
        note: 'In square miles, rounded.',
      },
    ],
    sources: [
      {
        source: 'upi-1939-03-22',
        locator: 'first paragraph',
        quote: 'Germany regains 1,099 square miles of territory with a population of 152,000',
      },
      { source: 'britannica-memel-territory', locator: 'entry “Memel Territory”', quote: 'area 1,099 sq mi (2,846 sq km)' },
    ],
  },
  {
    id: 'klaipeda-population',
    title: 'Population of the Klaipėda Territory',
    measure: 'population',
    value: 152000,
    reported: 'a population of 152,000',
    confidence: 'low',
    note: 'A round figure in the United Press report of the cession (March 1939). The readings count different years and are not reconciled: the 1939 geographic overview, read only in an online reprint, gives 141,238, and a wartime pamphlet 154,000.',
    variants: [
      {
        value: 141238,
        sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'prisidėjo 2 656 km² ir 141 238 gyventojai' }],
        note: 'An exact count from a 1939 geographic overview read only in an online reprint (a derivative copy); its year is not stated in the sentence. The preferred reading until the primary report was cited.',
      },
      {
        value: 154000,
        sources: [{ source: 'harrison', locator: HARRISON_LOCATOR, quote: 'The Klaipeda district itself comprises 1,100 sq. miles with 154,000 inhabitants.' }],
        note: 'A round figure, from 1942.',
      },
    ],
    sources: [
      {
        source: 'upi-1939-03-22',
        locator: 'first paragraph',
        quote: 'Germany regains 1,099 square miles of territory with a population of 152,000',
      },
    ],
  },
  {
    id: 'vilnius-population-1939',
    title: 'Population of the city of Vilnius in 1939',
    measure: 'population',
    value: 209000,
    reported: '209 (tys.)',
    asOf: '1939',
    confidence: 'low',
    note: 'The Polish statistical office’s table, after the Mały Rocznik Statystyczny 1939, gives 209 thousand; the Enciclopedia Italiana’s 208,500, read only on a copy of the Treccani site, agrees with it to the thousand. Neither says on which day of 1939 or how the city was counted; the rounded 195 thousand of a popular site is the table’s figure for 1931.',
    variants: [
      {
        value: 208500,
        reported: '208.500 ab.',
        sources: [{ source: 'treccani-vilna', locator: 'Appendix entry “VILNA”', quote: 'la sua popolazione nel 1939 risultò di 208.500 ab.' }],
        note: 'Rounds to the preferred 209 thousand; the preferred reading until the statistical office’s table was cited.',
      },
      {
        value: 195000,
        reported: '195 tys.',
        sources: [{ source: 'ivrozbior-wil', locator: '§ “Województwo wileńskie”', quote: 'w 1939 liczyło 195 tys. mieszkańców' }],
        note: 'A rounded figure on a popular site; the statistical office’s table gives 195 thousand for 1931, not 1939.',
      },
    ],
    sources: [
      {
        source: 'gus-historia-polski-w-liczbach-1994',
        locator: 'Tabl. 125 “Rozwój ludności dużych miast w latach 1910–1939”, row “Wilno”, column 1939 (in thousands)',
        quote: '209',
      },
    ],
  },
  {
    id: 'lithuania-area-1921',
    title: 'Area of the Republic of Lithuania, 1921',
    measure: 'area-km2',
    value: 52822,
    asOf: '1921',
    confidence: 'medium',
    note: 'The same figure is given for Lithuania after the loss of Klaipėda in March 1939.',
    variants: [
      {
        value: 55478,
        sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'Tuo būdu Lietuva turėjo 55 478 km²' }],
        note: 'With the Klaipėda Territory, 1923–1939; the Polish Wikipedia gives 55,670 km² for 1923.',
      },
    ],
    sources: [
      { source: 'plwiki-replit', locator: 'infobox, field “Powierzchnia”', quote: '52 822 (1921)' },
      { source: 'gowild-1939', locator: GOWILD, quote: 'Lietuvos valstybei liko 52 822 km²' },
    ],
  },
  {
    id: 'lithuania-area-1939',
    title: 'Area of the Republic of Lithuania after the 1939 transfer',
    measure: 'area-km2',
    value: 59731,
    reported: '59 731,00',
    asOf: '1939-10',
    confidence: 'low',
    note: 'Three readings within about 210 km² of each other; unresolved. The preferred one, for Lithuania “in its 1939–1940 borders”, is the only one on a reference-tier page (the education ministry’s digital textbook, whose table does not say how the area was measured); the other two rest on a 1939 geographic overview read in an online reprint and on the Polish Wikipedia.',
    variants: [
      {
        value: 59522,
        sources: [{ source: 'gowild-1939', locator: GOWILD, quote: 'Lietuvos valstybė turi 59 522 km²' }],
        note: 'The 1939 geographic overview read only in an online reprint (a derivative copy); the preferred reading until a reference-tier source was cited.',
      },
      {
        value: 59702,
        sources: [{ source: 'plwiki-replit', locator: 'infobox, field “Powierzchnia”', quote: '59 702 (1939)' }],
        note: 'The Polish Wikipedia’s figure for 1939.',
      },
    ],
    sources: [
      {
        source: 'emokykla-tarpukario-visuomene',
        locator:
          'table “Lietuvos Respublikos teritorija ir gyventojų skaičius 1923–1938 ir 1939–1940 m. sienomis”, row “Iš viso”, column “Teritorija, km2”, 1939–1940',
        quote: '59 731,00',
      },
    ],
  },
]);
