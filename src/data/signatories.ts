import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Signatory } from '../schemas/signatory.js';

const PREAMBLE_EN = 'p. 1121, preamble';
const PREAMBLE_RU = 'preamble (names in the accusative)';
const PL_SIGNERS = 'article text, list of signatories';
/** The signatures under the Lithuanian declaration of the secret supplement to Article II. */
const KM_SIGNATURES = 'secret supplement to Art. II, signatures under the Lithuanian declaration';

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
export const signatories: DeepReadonly<Signatory[]> = deepFreeze<Signatory[]>([
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
    editorial: ['names.alternatives.1'],
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
      sources: [
        { source: 'gse-ioffe', locator: 'entry, first line (date; no place)', quote: 'died Nov. 17, 1927' },
        { source: 'w-en-joffe', locator: 'infobox field “Death Place” (place only)', quote: 'Moscow, Russian SFSR, Soviet Union' },
      ],
      variants: [
        {
          value: '1927-11-16',
          sources: [{ source: 'w-en-joffe', locator: 'first sentence', quote: '10 October 1883 – 16 November 1927' }],
          note: 'A one-day conflict that no source seen explains. 17 Nov is kept only because it is the date of the reference work (the Great Soviet Encyclopedia, 1979); English Wikipedia, a wiki, gives 16 Nov. Neither cites a document of 1927.',
        },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Adolf Abramovitch Joffe' },
      { source: 'ej-joffe', locator: 'entry', quote: 'In 1920 he headed the Russian delegation at the peace talks with Poland and the Baltic republics' },
      { source: 'gse-ioffe', locator: 'entry heading (the form “Ioffe”)', quote: 'Ioffe, Adol’f Abramovich' },
      {
        source: 'gse-ioffe',
        locator: 'entry: member of the VTsIK',
        quote: 'He was a member of the Petrograd Soviet and the All-Russian Central Executive Committee (VTsIK)',
      },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      { source: 'w-en-joffe', locator: 'title “Adolph Joffe”', quote: 'Adolph Abramovich Joffe' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Адольфа Абрамовича Иоффе' },
      { source: 'kresy', locator: 'article', quote: 'Przewodniczący delegacji sowieckiej Adolf Joffe' },
      {
        source: 'globefox',
        locator: 'quotation of the Tartu treaty, Feb 1920 (VTsIK membership)',
        quote: 'член Всероссийского Центрального Исполнительного Комитета (ВЦИК) Адольф Иоффе',
      },
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
        { source: 'ipsb-march', locator: 'biography, first line (the year stands in the heading “(1866–1925)”)', quote: 'Ur. 17 V we Włocławku' },
        { source: 'w-en-march', locator: 'first sentence', quote: '17 May 1866 — 22 March 1925' },
        { source: 'w-pl-march', locator: 'first sentence', quote: 'ur. 17 maja 1866 we Włocławku' },
      ],
    },
    died: {
      date: '1925-03-22',
      place: 'Bogliasco, Italy',
      sources: [
        { source: 'kgbiolex-march', locator: 'entry heading (life dates; no place)', quote: '* 17.5.1866 ✝ 22.3.1925' },
        { source: 'ddb-march', locator: 'field “Sterbeort” (place; the page gives the years only)', quote: 'Bogliasco bei Nervi (Italien)' },
        { source: 'w-pl-march', locator: 'first sentence', quote: 'zm. 22 marca 1925 w Bogliasco' },
        { source: 'w-en-march', locator: 'first sentence (date)', quote: '17 May 1866 — 22 March 1925' },
      ],
      placeVariants: [
        {
          value: 'Nervi, Italy',
          sources: [{ source: 'w-en-march', locator: '§ “Life and career”, last paragraph', quote: 'He died near Nervi, Italy in 1925 during a vacation.' }],
          note: 'English Wikipedia says only “near Nervi”. Bogliasco is preferred because the Deutsche Biographie, a reference work, names “Bogliasco bei Nervi” (Bogliasco near Nervi), as Polish Wikipedia names Bogliasco; the two descriptions agree on the neighbourhood, and “Nervi” was the dataset’s entry before the Deutsche Biographie was cited.',
        },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Julian Josephovitch Marchlevski' },
      { source: 'ipsb-march', locator: 'biography, first line (full name)', quote: 'Marchlewski Julian Baltazar Józef' },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      {
        source: 'w-en-march',
        locator: '§ “Life and career”',
        quote: 'he headed the Polish Provisional Revolutionary Committee (Tymczasowy Komitet Rewolucyjny Polski) in Białystok in 1920',
      },
      {
        source: 'dvp-stud',
        locator: `${PREAMBLE_RU}; the web copy's OCR «Юлнана» is corrected to «Юлиана»`,
        quote: 'Юлнана Юзефовича Мархлевского',
      },
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
    editorial: ['names.alternatives.0', 'born.place'],
    born: {
      date: '1873',
      place: 'Oryol',
      sources: [
        { source: 'wikiorg-obol', locator: '§ “Биография” (year only; day and month not found)', quote: 'Родился в 1873 году в семье журналиста' },
        { source: 'maloarh', locator: 'article (year and place, “Орёл” in the locative)', quote: 'родился он в 1873 году в Орле' },
      ],
    },
    died: {
      date: '1930-09-26',
      sources: [
        { source: 'zhukov-64', locator: 'web page 64', quote: 'Оболенский внезапно, 26 сентября 1930 года, не ушел из жизни' },
        { source: 'wikiorg-obol', locator: 'first sentence (year 1930 only)', quote: 'Оболе́нский (1873—1930)' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Leonid Leonidovitch Obolenski' },
      { source: 'w-pl', locator: PL_SIGNERS, quote: 'Ze strony sowieckiej podpisali go: Adolf Joffe, Leonid Obolenski i Julian Marchlewski' },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Леонида Леонидовича Оболенского' },
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
    editorial: ['born.place'],
    headOfDelegation: true,
    office: 'Head of the Lithuanian peace delegation',
    born: {
      date: '1871-11-17',
      place: 'Daugirdai village, Krokialaukis parish, Alytus county',
      sources: [{ source: 'asgaliu-nar', locator: 'biographical note', quote: '1871 m. lapkričio 17 d. Daugirdų k. … gimė Tomas Naruševičius-Norus' }],
    },
    died: {
      date: '1927-09-16',
      place: 'Kaunas',
      sources: [{ source: 'asgaliu-nar', locator: 'biographical note', quote: 'Mirė 1927 m. rugsėjo 16 d. Kaune' }],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Thomas Narusevicius' },
      { source: 'km-secret', locator: `${KM_SIGNATURES} (signs first)`, quote: 'Pasirašė: T. Naruševičius' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Фому Францевича Нарушевичиус' },
      { source: 'asgaliu-nar', locator: 'biographical note', quote: 'taikos derybų su Sovietų Rusija delegacijos vadovas' },
      { source: 'alytus-nar', locator: 'page (title gives the form “Norus-Naruševičius”)', quote: 'taikos derybų su Tarybų Rusija delegacijos vadovas' },
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
        { source: 'vle-klimas', locator: 'entry heading (date and place of birth)', quote: 'Kušliškiai (Kalvarijos vlsč.)' },
        { source: 'w-en-klimas', locator: 'first sentence', quote: '23 February 1891 - 16 January 1969' },
        { source: 'w-pt-klimas', locator: 'infobox field “Nascimento”', quote: '23 de fevereiro de 1891' },
      ],
    },
    died: {
      date: '1969-01-16',
      place: 'Kaunas',
      sources: [
        { source: 'vle-klimas', locator: 'entry heading (date and place of death)', quote: '1969 01 16' },
        { source: 'w-en-klimas', locator: 'first sentence', quote: '23 February 1891 - 16 January 1969' },
        { source: 'w-pt-klimas', locator: 'infobox field “Morte”', quote: '16 de janeiro de 1969 (77 anos)' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Peter Klimas' },
      { source: 'vle-klimas', locator: 'entry: deputy foreign minister 1919–23', quote: '1919–23 viceministras' },
      { source: 'vle-klimas', locator: 'entry: member of the delegation', quote: 'buvo Lietuvos delegacijos narys' },
      { source: 'km-secret', locator: KM_SIGNATURES, quote: 'Klimas' },
      { source: 'km-apr7', locator: 'press item, April 1920', quote: 'Užsienio Reikalų Vice-Ministerį P. Klimą' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Петра Бернардовича Климас' },
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
        { source: 'bendikaite', locator: 'abstract (year)', quote: 'Shimshon Rosenbaum (1859–1934)' },
        { source: 'persky', locator: 'memorial article, p. 345 of the Yizkor book (year)', quote: 'He was born in Pinsk in the year 1859' },
        {
          source: 'vkpk-roz',
          locator: 'page, citing the Visuotinė lietuvių enciklopedija (year)',
          quote: 'Rozenbaumas Simonas (1859 m. Pinske – 1934 m. Tel Avive)',
        },
        { source: 'vilna-co-il', locator: 'first line (full date)', quote: 'born 3rd August 1859, in Pinsk' },
      ],
      variants: [
        {
          value: '1860',
          sources: [
            { source: 'ej-roz', locator: 'entry heading', quote: '(Shimshon ; 1860–1934)' },
            { source: 'yivo-roz', locator: 'entry heading', quote: '(1860–1934)' },
            { source: 'eleven-roz', locator: 'entry heading', quote: 'Семен Яковлевич; 1860, Пинск, — 1934, Тель-Авив' },
          ],
          note: '1859 is preferred: a 1940 memorial article, E. Bendikaitė’s scholarly article and the Lithuanian encyclopedia (as quoted by vkpk.lt) give 1859, and the JTA obituary (died December 1934 “at the age of seventy-five”) fits 1859 better; the Jewish encyclopedias give 1860. The day (3 Aug) rests on one site.',
        },
      ],
    },
    died: {
      date: '1934-12-06',
      place: 'Tel Aviv',
      sources: [
        { source: 'jta-roz', locator: 'obituary (place; published December 1934)', quote: 'died Thursday in Tel Aviv at the age of seventy-five' },
        { source: 'vilna-co-il', locator: 'first line (full date)', quote: 'died 6th December 1934, in Tel Aviv' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Simon Rozenbaum' },
      { source: 'bendikaite', locator: 'abstract (the form “Shimshon Rosenbaum”)', quote: 'Shimshon Rosenbaum: Lawyer, Zionist and Politician' },
      { source: 'km-secret', locator: `${KM_SIGNATURES} (surname “Rozenbaumas”)`, quote: 'Rozenbaumas' },
      {
        source: 'yivo-roz',
        locator: 'entry: president of the Jewish National Council from January 1920',
        quote: 'In January 1920, he was elected president of the Lithuanian Jewish National Council',
      },
      { source: 'ej-roz', locator: 'entry', quote: 'He signed the peace treaty with the Soviet Union on behalf of the Lithuanian Republic' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Симона Яковлевича Розенбаума' },
      { source: 'vkpk-roz', locator: 'page, citing VLE', quote: '1920 m. dalyvavo pasirašant Lietuvos–Sovietų Rusijos taikos sutartį' },
      { source: 'vkpk-roz', locator: 'page: member of the Constituent Seimas 1920–22', quote: '1920–22 m. Steigiamojo Seimo … atstovas' },
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
    editorial: ['born.place', 'died.place'],
    born: {
      date: '1880-12-17',
      place: 'Pikžirniai, Sintautai parish, Šakiai county',
      sources: [
        { source: 'palanga-vail', locator: 'entry, first sentence', quote: 'Juozas Vailokaitis gimė 1880 m. gruodžio 17 d.' },
        { source: 'w-vail', locator: 'first sentence', quote: 'Juozas Vailokaitis (17 December 1880 – 2 August 1953)' },
        {
          source: 'asgaliu-vail',
          locator: 'page, first sentence',
          quote: '1880 m. gruodžio 17 d. Pikžirnių k., Sintautų valsč., Šakių apskr. gimė Juozas Vailokaitis',
        },
        { source: 'sakiai-vail', locator: 'page', quote: 'Gimė 1880 m. gruodžio 17 d. Pikžirniuose.' },
      ],
    },
    died: {
      date: '1953-08-02',
      place: 'Paštuva, Kaunas district',
      sources: [
        {
          source: 'kvb-vail',
          locator: 'entry heading',
          quote: 'VAILOKAITIS JUOZAPAS [1880 12 17 Pikžirniuose, Šakių r. – 1953 08 02 Paštuvoje, Kauno r.; palaidotas Paštuvos k. kapinėse]',
        },
        { source: 'w-vail', locator: 'first sentence (date)', quote: 'Juozas Vailokaitis (17 December 1880 – 2 August 1953)' },
        { source: 'asgaliu-vail', locator: 'page, last sentence', quote: 'Mirė 1953 m. rugpjūčio 2 d. Paštuvoje, Kauno raj.' },
      ],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Josef Vailokaitis' },
      { source: 'km-secret', locator: KM_SIGNATURES, quote: 'Vailokaitis' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'w-vail', locator: 'lead', quote: 'In May–July 1920, he participated in the negotiations in Moscow' },
      {
        source: 'dvp-stud',
        locator: `${PREAMBLE_RU}; the web copy's OCR «Вайлокайтпс» is corrected to «Вайлокайтис»`,
        quote: 'Иосифа Матвеевича Вайлокайтпс',
      },
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
    },
    office: 'Member of the Constituent Seimas (Lithuanian Peasant Union)',
    editorial: ['died.place'],
    born: {
      date: '1881-01-15',
      place: 'Radviliškis',
      sources: [{ source: 'radv-rack', locator: 'page, first lines', quote: 'Gimė 1881 metais sausio 15 dieną Radviliškyje.' }],
    },
    died: {
      date: '1956',
      approximate: true,
      place: 'Siberia',
      sources: [{ source: 'radv-rack', locator: 'page, first lines', quote: 'Mirė apie 1956 metus Sibire.' }],
    },
    sources: [
      { source: 'bfsp-1121', locator: PREAMBLE_EN, quote: 'Witovt Rackauskas' },
      { source: 'km-secret', locator: `${KM_SIGNATURES} (printed “Račkauska” in the excerpt)`, quote: 'Račkauska' },
      { source: 'radv-rack', locator: 'page', quote: '1920 m. gegužės–liepos mėn. dalyvavo Lietuvos taikos sutarties su Rusija derybose' },
      {
        source: 'w-pl',
        locator: PL_SIGNERS,
        quote: 'ze strony litewskiej Tomasz Naruszewicz(lit.), Petras Klimas, Szymon Rosenbaum, Juozas Vailokaitis i Vytautas Račkauskas',
      },
      { source: 'dvp-stud', locator: PREAMBLE_RU, quote: 'Витовта Иосифовича Рачкаускас' },
    ],
  },
]);
