import { deepFreeze } from '../internal/deep-freeze.js';
import type { Signatory } from '../schemas/signatory.js';

const PREAMBLE_EN = 'p. 1121, preamble';
const PREAMBLE_RU = 'preamble (names in the accusative)';
const PL_SIGNERS = 'lead, list of signatories';

/**
 * The eight plenipotentiaries in preamble order: three for the RSFSR, five
 * for Lithuania. `names.printed` is the 1920 English translation,
 * `names.russian` the Russian text with patronymic (nominative; OCR errors of
 * the web copy corrected, as the locators say).
 *
 * @example
 * signatories.length //=> 8
 * signatories.filter((s) => s.headOfDelegation).map((s) => s.id) //=> ['adolf-joffe', 'tomas-narusevicius']
 */
export const signatories = deepFreeze([
  {
    id: 'adolf-joffe',
    side: 'rsfsr',
    order: 1,
    names: {
      printed: 'Adolf Abramovitch Joffe',
      native: 'Адольф Абрамович Иоффе',
      russian: 'Адольф Абрамович Иоффе',
      polish: 'Adolf Joffe',
      alternatives: ['Adolph Joffe', 'Adolf Abramovich Ioffe'],
    },
    headOfDelegation: true,
    office: 'Head of the RSFSR peace delegation; member of the All-Russian Central Executive Committee (VTsIK)',
    born: {
      date: '1883-10-22',
      place: 'Simferopol',
      sources: [{ source: 'gse-ioffe', locator: 'entry, first line (Julian 10 Oct = Gregorian 22 Oct)', quote: 'Oct. 10 (22), 1883' }],
    },
    died: {
      date: '1927-11-17',
      place: 'Moscow',
      sources: [{ source: 'gse-ioffe', locator: 'entry, first line (per facts-addendum.md §5)' }],
      variants: [
        {
          value: '1927-11-16',
          sources: [{ source: 'w-en-joffe', locator: 'lead (per facts-addendum.md §5)' }],
          note: 'The dossier leaves this one-day conflict open. 17 Nov is preferred as the better-sourced date: the Great Soviet Encyclopedia and a copy of Russian Wikipedia give it, English Wikipedia alone gives 16 Nov.',
        },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Adolf Abramovitch Joffe' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Адольфа Абрамовича Иоффе' },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      { source: 'ej-joffe', locator: 'entry', quote: 'In 1920 he headed the Russian delegation at the peace talks with Poland and the Baltic republics' },
      { source: 'kresy', locator: 'article', quote: 'Przewodniczący delegacji sowieckiej Adolf Joffe' },
      {
        source: 'globefox',
        locator: 'quotation of the Tartu treaty, Feb 1920 (VTsIK membership)',
        quote: 'член Всероссийского Центрального Исполнительного Комитета (ВЦИК) Адольф Иоффе',
      },
      { source: 'w-en-joffe', locator: 'article title (form “Adolph Joffe”)' },
    ],
  },
  {
    id: 'julian-marchlewski',
    side: 'rsfsr',
    order: 2,
    names: {
      printed: 'Julian Josephovitch Marchlevski',
      native: 'Julian Marchlewski',
      russian: 'Юлиан Юзефович Мархлевский',
      polish: 'Julian Marchlewski',
      alternatives: ['Julian Baltazar Józef Marchlewski'],
    },
    office: 'RSFSR plenipotentiary in the peace talks with Lithuania (from late July 1920 chairman of the Polish Provisional Revolutionary Committee)',
    born: {
      date: '1866-05-17',
      place: 'Włocławek',
      sources: [
        { source: 'ipsb-march', locator: 'biography, first line', quote: 'Ur. 17 V [1866] we Włocławku' },
        { source: 'w-en-march', locator: 'lead (per facts-addendum.md §5)' },
      ],
    },
    died: {
      date: '1925-03-22',
      place: 'Nervi, Italy',
      sources: [{ source: 'w-en-march', locator: 'lead (per facts-addendum.md §5)' }],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Julian Josephovitch Marchlevski' },
      {
        source: 'dvp-stud',
        locator: `${PREAMBLE_RU}; the web copy's OCR «Юлнана» is corrected to «Юлиана» (treaty-text/ru.md)`,
        quote: 'Юлнана Юзефовича Мархлевского',
      },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      { source: 'w-en-march', locator: 'lead (full name and 1920 offices, per facts-addendum.md §5)' },
    ],
  },
  {
    id: 'leonid-obolensky',
    side: 'rsfsr',
    order: 3,
    names: {
      printed: 'Leonid Leonidovitch Obolenski',
      native: 'Леонид Леонидович Оболенский',
      russian: 'Леонид Леонидович Оболенский',
      polish: 'Leonid Obolenski',
      alternatives: ['Leonid Obolensky'],
    },
    born: {
      date: '1873',
      place: 'Oryol',
      sources: [
        { source: 'wikiorg-obol', locator: 'article (year only; day and month not found)' },
        { source: 'maloarh', locator: 'page (per facts-addendum.md §5)' },
      ],
    },
    died: {
      date: '1930-09-26',
      sources: [
        { source: 'zhukov-64', locator: 'web page 64', quote: 'Оболенский внезапно, 26 сентября 1930 года, не ушел из жизни' },
        { source: 'wikiorg-obol', locator: 'article (year 1930 only)' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Leonid Leonidovitch Obolenski' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Леонида Леонидовича Оболенского' },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      {
        source: 'wikiorg-obol',
        locator: 'article: his own statement that he was not of princely descent',
        quote: 'Княжеского в моем происхождении ничего не имеется',
      },
    ],
  },
  {
    id: 'tomas-narusevicius',
    side: 'lithuania',
    order: 4,
    names: {
      printed: 'Thomas Narusevicius',
      native: 'Tomas Naruševičius',
      russian: 'Фома Францевич Нарушевичиус',
      polish: 'Tomasz Naruszewicz',
      alternatives: ['Tomas Norus-Naruševičius', 'Tomas Naruševičius-Norus'],
    },
    headOfDelegation: true,
    office: 'Head of the Lithuanian peace delegation',
    born: {
      date: '1871-11-17',
      place: 'Daugirdai village, Krokialaukis parish, Alytus county',
      sources: [
        { source: 'asgaliu-nar', locator: 'biographical note', quote: '1871 m. lapkričio 17 d. Daugirdų k. … gimė Tomas Naruševičius-Norus' },
        { source: 'alytus-nar', locator: 'page (per facts-addendum.md §5)' },
      ],
    },
    died: {
      date: '1927-09-16',
      place: 'Kaunas',
      sources: [
        { source: 'asgaliu-nar', locator: 'biographical note', quote: 'Mirė 1927 m. rugsėjo 16 d. Kaune' },
        { source: 'alytus-nar', locator: 'page (per facts-addendum.md §5)' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Thomas Narusevicius' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Фому Францевича Нарушевичиус' },
      { source: 'km-secret', locator: 'signatures of the Lithuanian declaration (signs first)', quote: 'T. Naruševičius' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'asgaliu-nar', locator: 'biographical note', quote: 'taikos derybų su Sovietų Rusija delegacijos vadovas' },
      { source: 'alytus-nar', locator: 'page', quote: 'taikos derybų su Tarybų Rusija delegacijos vadovas' },
    ],
  },
  {
    id: 'petras-klimas',
    side: 'lithuania',
    order: 5,
    names: {
      printed: 'Peter Klimas',
      native: 'Petras Klimas',
      russian: 'Петр Бернардович Климас',
      polish: 'Petras Klimas',
    },
    office: 'Deputy Minister of Foreign Affairs of Lithuania',
    born: {
      date: '1891-02-23',
      place: 'Kušliškiai (Kalvarija)',
      sources: [
        { source: 'vle-klimas', locator: 'entry (per facts-addendum.md §5)' },
        { source: 'w-en-klimas', locator: 'lead (per facts-addendum.md §5)' },
        { source: 'w-pt-klimas', locator: 'lead (per facts-addendum.md §5)' },
      ],
    },
    died: {
      date: '1969-01-16',
      place: 'Kaunas',
      sources: [
        { source: 'vle-klimas', locator: 'entry (per facts-addendum.md §5)' },
        { source: 'w-en-klimas', locator: 'lead (per facts-addendum.md §5)' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Peter Klimas' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Петра Бернардовича Климас' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'vle-klimas', locator: 'entry: deputy foreign minister 1919–23', quote: '1919–23 viceministras' },
      { source: 'vle-klimas', locator: 'entry: member of the delegation', quote: 'buvo Lietuvos delegacijos narys' },
      { source: 'km-apr7', locator: 'press item, April 1920', quote: 'Užsienio Reikalų Vice-Ministerį P. Klimą' },
    ],
  },
  {
    id: 'simonas-rozenbaumas',
    side: 'lithuania',
    order: 6,
    names: {
      printed: 'Simon Rozenbaum',
      native: 'Simonas Rozenbaumas',
      russian: 'Симон Яковлевич Розенбаум',
      polish: 'Szymon Rosenbaum',
      alternatives: ['Shimshon Rosenbaum', 'Семен Яковлевич Розенбаум'],
    },
    office: 'Member of the Constituent Seimas; chairman of the Lithuanian Jewish National Council',
    born: {
      date: '1859-08-03',
      place: 'Pinsk',
      sources: [
        { source: 'vilna-co-il', locator: 'page (full date, per facts-addendum.md §5)' },
        { source: 'vkpk-roz', locator: 'page, citing the Visuotinė lietuvių enciklopedija (year)', quote: 'Rozenbaumas Simonas (1859 m. Pinske – 1934 m. Tel Avive)' },
        { source: 'bendikaite', locator: 'article (year)', quote: 'Shimshon Rosenbaum (1859–1934)' },
        { source: 'persky', locator: 'memorial article (year)', quote: 'He was born in Pinsk in the year 1859' },
      ],
      variants: [
        {
          value: '1860',
          sources: [
            { source: 'ej-roz', locator: 'entry heading', quote: '(Shimshon ; 1860–1934)' },
            { source: 'yivo-roz', locator: 'entry heading', quote: '(1860–1934)' },
            { source: 'eleven-roz', locator: 'entry heading', quote: 'Семен Яковлевич; 1860, Пинск, — 1934, Тель-Авив' },
          ],
          note: '1859 is preferred, as facts-addendum.md §5 recommends: Lithuanian sources (VLE/Bendikaitė) and a 1940 memorial article give 1859, and the JTA obituary (died Dec 1934 “at the age of seventy-five”) fits 1859 better; the Jewish encyclopedias give 1860. The day (3 Aug) rests on one site.',
        },
      ],
    },
    died: {
      date: '1934-12-06',
      place: 'Tel Aviv',
      sources: [
        { source: 'vilna-co-il', locator: 'page (per facts-addendum.md §5)' },
        { source: 'jta-roz', locator: 'obituary (year)', quote: 'died … at the age of seventy-five' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Simon Rozenbaum' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Симона Яковлевича Розенбаума' },
      { source: 'km-secret', locator: 'signatures of the Lithuanian declaration (surname “Rozenbaumas”)' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'vkpk-roz', locator: 'page, citing VLE', quote: '1920 m. dalyvavo pasirašant Lietuvos–Sovietų Rusijos taikos sutartį' },
      { source: 'vkpk-roz', locator: 'page: member of the Constituent Seimas 1920–22', quote: '1920–22 m. Steigiamojo Seimo … atstovas' },
      { source: 'yivo-roz', locator: 'entry: president of the Jewish National Council from January 1920 (per facts-addendum.md §5)' },
      { source: 'ej-roz', locator: 'entry', quote: 'He signed the peace treaty with the Soviet Union on behalf of the Lithuanian Republic' },
    ],
  },
  {
    id: 'juozas-vailokaitis',
    side: 'lithuania',
    order: 7,
    names: {
      printed: 'Josef Vailokaitis',
      native: 'Juozas Vailokaitis',
      russian: 'Иосиф Матвеевич Вайлокайтис',
      polish: 'Juozas Vailokaitis',
    },
    office: 'Member of the Constituent Seimas and chairman of its Economic Committee',
    born: {
      date: '1880-12-17',
      place: 'Pikžirniai, Sintautai parish, Šakiai county',
      sources: [
        { source: 'asgaliu-vail', locator: 'page (per facts-addendum.md §5)' },
        { source: 'w-vail', locator: 'lead (per facts-addendum.md §5)' },
        { source: 'palanga-vail', locator: 'page (per facts-addendum.md §5)' },
        { source: 'sakiai-vail', locator: 'page (per facts-addendum.md §5)' },
      ],
    },
    died: {
      date: '1953-08-02',
      place: 'Paštuva, Kaunas district',
      sources: [{ source: 'asgaliu-vail', locator: 'page', quote: 'Mirė 1953 m. rugpjūčio 2 d. Paštuvoje' }],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Josef Vailokaitis' },
      {
        source: 'dvp-stud',
        locator: `${PREAMBLE_RU}; the web copy's OCR «Вайлокайтпс» is corrected to «Вайлокайтис» (treaty-text/ru.md)`,
        quote: 'Иосифа Матвеевича Вайлокайтпс',
      },
      { source: 'km-secret', locator: 'signatures of the Lithuanian declaration', quote: 'Vailokaitis' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'w-vail', locator: 'article', quote: 'In May–July 1920, he participated in the negotiations in Moscow' },
      { source: 'asgaliu-vail', locator: 'page', quote: '1920–1922 m. buvo Steigiamojo Seimo Ekonominės komisijos pirmininkas' },
    ],
  },
  {
    id: 'vytautas-rackauskas',
    side: 'lithuania',
    order: 8,
    names: {
      printed: 'Witovt Rackauskas',
      native: 'Vytautas Račkauskas',
      russian: 'Витовт Иосифович Рачкаускас',
      polish: 'Vytautas Račkauskas',
      alternatives: ['Vytautas Antanas Račkauskas'],
    },
    office: 'Member of the Constituent Seimas (Lithuanian Peasant Union)',
    born: {
      date: '1881-01-15',
      place: 'Radviliškis',
      sources: [{ source: 'radv-rack', locator: 'page (per facts-addendum.md §5)' }],
    },
    died: {
      date: '1956',
      approximate: true,
      place: 'Siberia',
      sources: [{ source: 'radv-rack', locator: 'page (per facts-addendum.md §5)', quote: 'apie 1956 metus Sibire' }],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Witovt Rackauskas' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Витовта Иосифовича Рачкаускас' },
      { source: 'km-secret', locator: 'signatures of the Lithuanian declaration (printed “Račkauska” in the excerpt)' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'radv-rack', locator: 'page', quote: '1920 m. gegužės–liepos mėn. dalyvavo Lietuvos taikos sutarties su Rusija derybose' },
      { source: 'radv-krastas', locator: 'page (full name “Vytautas Antanas Račkauskas”, per facts-addendum.md §5)' },
    ],
  },
] satisfies Signatory[]);
