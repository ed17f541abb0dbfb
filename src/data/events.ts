import { deepFreeze } from '../internal/deep-freeze.js';
import type { Event } from '../schemas/event.js';

/**
 * The dated events in the life of the treaty and around it, in
 * chronological order: the notes of 1919–1920, the talks, the signing, the
 * ratifications, the fate of Vilnius in 1920, the League of Nations
 * registration and the later treaties that refer back to it. Every date of
 * the dataset is written here once; other records read it from here.
 *
 * @example
 * events.find((e) => e.id === 'treaty-signed')?.date //=> '1920-07-12'
 * events.find((e) => e.id === 'ratification-lithuania')?.variants?.[0]?.value //=> '1920-08-08'
 */
export const events = deepFreeze([
  {
    id: 'chicherin-note-1919-09-11',
    date: '1919-09-11',
    kind: 'diplomatic-note',
    title: {
      en: 'Chicherin’s note proposing peace talks',
      lt: 'G. Čičerino nota su taikos derybų pasiūlymu',
      ru: 'Нота Чичерина с предложением мирных переговоров',
    },
    description:
      'People’s Commissar Georgy Chicherin proposes peace talks: the first attempt at a Lithuanian–Russian peace.',
    confidence: 'medium',
    sources: [
      { source: 'uncens-2007', locator: 'article body (per facts.md §3)' },
      { source: 'wikisum', locator: 'summary (per facts.md §3)' },
    ],
  },
  {
    id: 'baltic-agreement-tallinn-1919',
    date: '1919-09-14',
    endDate: '1919-09-15',
    kind: 'agreement',
    title: {
      en: 'Baltic states agree to open peace talks',
      lt: 'Baltijos valstybių susitarimas pradėti taikos derybas',
      ru: 'Соглашение прибалтийских государств о начале мирных переговоров',
    },
    description:
      'Estonia, Latvia and Lithuania agree in Tallinn to begin peace talks with the Soviets simultaneously. The WikiSum summary dates this “14/15 September 1919”; the 2007 English Wikipedia text gives no date.',
    confidence: 'medium',
    sources: [
      { source: 'wikisum', locator: 'summary (date 1919-09-14/15, per facts.md §3)' },
      { source: 'uncens-2007', locator: 'article body (no date, per facts.md §3)' },
    ],
  },
  {
    id: 'voldemaras-note-1920-03-31',
    date: '1920-03-31',
    kind: 'diplomatic-note',
    title: {
      en: 'Voldemaras’s reply on recognition',
      lt: 'A. Voldemaro atsakymas dėl pripažinimo',
      ru: 'Ответ Вольдемараса о признании',
    },
    description:
      'Lithuanian Foreign Minister Augustinas Voldemaras replies, asking about recognition of Lithuania within its claimed ethnic territory (the former Kaunas, Vilnius, Grodno and Suwałki gubernias).',
    confidence: 'medium',
    sources: [{ source: 'uncens-2007', locator: 'article body (per facts.md §3 and §5.2)' }],
  },
  {
    id: 'soviet-radio-note-1920-04-02',
    date: '1920-04-02',
    kind: 'diplomatic-note',
    title: {
      en: 'Soviet radio note agreeing to talks',
      lt: 'Sovietų radijo nota su sutikimu derėtis',
      ru: 'Советская радионота о согласии на переговоры',
    },
    description:
      'A Soviet radio note agrees to negotiate on the ethnographic principle; it is published the next day in Izvestia.',
    confidence: 'medium',
    sources: [{ source: 'grits-bub', locator: 'web copy (per facts.md §3)' }],
  },
  {
    id: 'voldemaras-note-1920-04-04',
    date: '1920-04-04',
    kind: 'diplomatic-note',
    title: {
      en: 'Voldemaras’s note on Vilnius and Grodno',
      lt: 'A. Voldemaro nota dėl Vilniaus ir Gardino',
      ru: 'Нота Вольдемараса о Вильно и Гродно',
    },
    description: 'Voldemaras asks in a note whether Soviet Russia recognises Vilnius and Grodno as Lithuanian.',
    confidence: 'medium',
    sources: [
      { source: 'grits-bub', locator: 'web copy (per facts.md §3)' },
      { source: 'grits-57', locator: 'web page 57 (per facts.md §3)' },
    ],
  },
  {
    id: 'chicherin-note-1920-04-08',
    date: '1920-04-08',
    kind: 'diplomatic-note',
    title: {
      en: 'Chicherin’s note on recognition',
      lt: 'G. Čičerino nota dėl pripažinimo',
      ru: 'Нота Чичерина о признании',
    },
    description:
      'Chicherin answers that de facto recognition has already been given and that de jure recognition is to be fixed in the peace treaty.',
    confidence: 'medium',
    sources: [{ source: 'grits-57', locator: 'web page 57 (per facts.md §3)' }],
  },
  {
    id: 'negotiations-start',
    date: '1920-05-07',
    kind: 'negotiations',
    place: 'moscow',
    title: {
      en: 'Opening of the peace talks',
      lt: 'Taikos derybų pradžia',
      ru: 'Начало мирных переговоров',
    },
    description: 'Lithuanian–Soviet Russian peace talks open in Moscow.',
    confidence: 'medium',
    variants: [
      {
        value: '1920-05-09',
        sources: [{ source: 'ww2facts-vi', locator: 'article (per facts.md §3 and §9 item 2)' }],
        note: 'A single source, a Vietnamese translation of a Russian article; 7 May is preferred (three sources, among them an independent Polish article).',
      },
    ],
    sources: [
      { source: 'uncens-2007', locator: 'article body', quote: 'The talks started in Moscow on May 7.' },
      { source: 'w-pl', locator: 'article body', quote: 'Negocjacje … trwały od 7 maja 1920' },
      { source: 'kresy', locator: 'article', quote: 'Rozmowy zaczęły się 7 maja 1920 r. w Moskwie' },
      { source: 'lituan-99831', locator: 'abstract (month only)', quote: 'Negotiations began … in Moscow in May 1920' },
    ],
  },
  {
    id: 'refugee-treaty-signed',
    date: '1920-06-30',
    kind: 'agreement',
    title: {
      en: 'Signing of the refugee re-evacuation treaty',
      lt: 'Sutarties dėl tremtinių grąžinimo pasirašymas',
      ru: 'Подписание договора о реэвакуации беженцев',
    },
    description:
      'A separate Lithuanian–Russian treaty on the re-evacuation (return) of refugees is signed; Article VI of the peace treaty refers to it.',
    confidence: 'high',
    sources: [
      { source: 'ebr-58', locator: 'treaty reprint, end of Art. 6', quote: 're-evacuation of Fugitives Treaty of the 30th June, 1920' },
      { source: 'iskauskas', locator: 'article', quote: 'birželio 30-ąją … sutartis dėl tremtinių grąžinimo' },
    ],
  },
  {
    id: 'treaty-signed',
    date: '1920-07-12',
    kind: 'signing',
    place: 'moscow',
    title: {
      en: 'Signing of the peace treaty',
      lt: 'Taikos sutarties pasirašymas',
      ru: 'Подписание мирного договора',
    },
    description:
      'The Treaty of Peace between Lithuania and Russia and the secret supplement to its Article II are signed in Moscow by the eight plenipotentiaries. The time of day was not found.',
    confidence: 'high',
    sources: [
      { source: 'bfsp-1121', locator: 'p. 1121, heading', quote: 'Moscow, July 12, 1920.' },
      { source: 'w-en', locator: 'lead' },
      { source: 'dvp-stud', locator: 'date line under the title', quote: '12 июля 1920 г.' },
      { source: 'w-lt', locator: 'lead' },
      { source: 'w-pl', locator: 'lead', quote: 'Traktat podpisano 12 lipca (Litwa ratyfikowała go 6 sierpnia) tegoż roku.' },
      { source: 'w-be-x-old', locator: 'lead', quote: 'падпісаная 12 ліпеня 1920 году ў Маскве' },
      { source: 'mjp', locator: 'heading', quote: 'Signé à Moscou le 12 juillet 1920' },
      { source: 'km-secret', locator: 'page address: the secret supplement is dated the same day (“1920 m. liepos 12 d.”)' },
    ],
  },
  {
    id: 'red-army-takes-vilnius',
    date: '1920-07-14',
    kind: 'military',
    place: 'vilnius',
    title: {
      en: 'Red Army takes Vilnius',
      lt: 'Raudonoji armija užima Vilnių',
      ru: 'Красная армия занимает Вильно',
    },
    description:
      'Red Army cavalry take Vilnius; six weeks of Soviet administration of the city follow (to 26 August). A joint Soviet–Lithuanian ceremony is held in the city on 16 July (Gritskevich).',
    confidence: 'high',
    sources: [
      { source: 'grits-74', locator: 'web page 74 (Red Army cavalry, 14 July; per facts.md §8)' },
      { source: 'grits-loveread', locator: 'web page 99', quote: 'с 14 июля до 26 августа 1920 года' },
      { source: 'ww2facts-vi', locator: 'article (per facts.md §3)' },
      { source: 'grits-67', locator: 'web page 67 (ceremony of 16 July; per facts.md §8)' },
    ],
  },
  {
    id: 'ratification-lithuania',
    date: '1920-08-06',
    kind: 'ratification',
    title: {
      en: 'Ratification by Lithuania (Constituent Seimas)',
      lt: 'Sutarties ratifikavimas Lietuvoje (Steigiamasis Seimas)',
      ru: 'Ратификация договора Литвой (Учредительный сейм)',
    },
    description: 'The Lithuanian Constituent Seimas ratifies the treaty; only three deputies abstain.',
    confidence: 'medium',
    variants: [
      {
        value: '1920-08-08',
        sources: [
          { source: 'wikisum', locator: 'summary', quote: 'the Constituent Assembly of Lithuania ratified it on August 8, 1920.' },
        ],
        note: 'A summary of English Wikipedia, the only source for 8 August; 6 August is preferred (three sources in three languages).',
      },
    ],
    sources: [
      { source: 'grits-123', locator: 'web page 123', quote: 'литовский сейм 6 августа ратифицировал договор. Воздержались от голосования только три депутата.' },
      { source: 'grits-62', locator: 'web page 62 (per facts.md §3)' },
      { source: 'w-pl', locator: 'lead', quote: 'Traktat podpisano 12 lipca (Litwa ratyfikowała go 6 sierpnia) tegoż roku.' },
      { source: 'w-be-x-old', locator: 'lead', quote: 'ратыфікаваная Соймам Летувы 6 жніўня 1920 году' },
    ],
  },
  {
    id: 'kaunas-convention',
    date: '1920-08-06',
    kind: 'agreement',
    place: 'kaunas',
    title: {
      en: 'Soviet–Lithuanian convention signed in Kaunas',
      lt: 'Sovietų Rusijos ir Lietuvos konvencijos pasirašymas Kaune',
      ru: 'Подписание советско-литовской конвенции в Каунасе',
    },
    description:
      'A Soviet–Lithuanian convention is signed in Kaunas “as an addition to the Russian–Lithuanian peace treaty”, by I. I. Mezhlauk (member of the Revolutionary Military Council of the Soviet 4th Army) and a Lithuanian minister whose name is cut off in the excerpt seen. Per Polish Wikipedia it concerned handing the Švenčionys area and Vilnius to the Lithuanians.',
    confidence: 'medium',
    sources: [
      { source: 'grits-123', locator: 'web page 123', quote: 'в качестве добавления к российско-литовскому мирному договору' },
      { source: 'plwiki-zel', locator: 'revision diff 40675391', quote: 'konwencję w sprawie przekazania Litwinom rejonu Święcian i … Wilna' },
    ],
  },
  {
    id: 'soviet-evacuation-of-vilnius',
    date: '1920-08-26',
    kind: 'military',
    place: 'vilnius',
    title: {
      en: 'Soviet evacuation of Vilnius',
      lt: 'Sovietų kariuomenės pasitraukimas iš Vilniaus',
      ru: 'Эвакуация советских войск из Вильно',
    },
    description:
      'The Red Army evacuates Vilnius, ending six weeks of Soviet administration; the city passes to Lithuania.',
    confidence: 'medium',
    variants: [
      {
        value: '1920-08-24',
        sources: [
          {
            source: 'ewh',
            locator: 'entry on Lithuania',
            quote: 'Vilna, which was taken over by the Lithuanians on the evacuation by the Bolsheviks (Aug. 24).',
          },
        ],
        note: 'Stands alone: three independent works put the Soviet departure or the handover on 26 August.',
      },
      {
        value: '1920-08-27',
        sources: [
          { source: 'tarasenka', locator: 'summary', quote: 'they did not immediately hand over Vilnius to Lithuania, but only on August 27' },
        ],
        note: 'Date of the handover in a summary of P. Tarasenka’s 1925 account; in the summary “they” grammatically means the Poles, although the city was in Soviet hands.',
      },
    ],
    sources: [
      { source: 'grits-loveread', locator: 'web page 99', quote: 'с 14 июля до 26 августа 1920 года' },
      {
        source: 'kaval-43',
        locator: 'web page 43',
        quote: 'Лишь после эвакуации красных частей (26 августа) из Вильно в город 28 августа вступили литовские войска.',
      },
    ],
  },
  {
    id: 'lithuanian-troops-enter-vilnius',
    date: '1920-08-26',
    kind: 'military',
    place: 'vilnius',
    title: {
      en: 'Lithuanian troops enter Vilnius',
      lt: 'Lietuvos kariuomenė įžengia į Vilnių',
      ru: 'Литовские войска вступают в Вильно',
    },
    description:
      'Lithuanian troops enter Vilnius under the Kaunas convention of 6 August. Sources differ on the day (26, 27 or 28 August).',
    confidence: 'low',
    variants: [
      {
        value: '1920-08-28',
        sources: [
          {
            source: 'kaval-43',
            locator: 'web page 43',
            quote: 'Лишь после эвакуации красных частей (26 августа) из Вильно в город 28 августа вступили литовские войска.',
          },
        ],
        note: '26 August is preferred because Polish Wikipedia cites a printed work with a page number; Kavaliauskas’s book contains a known date error (signing “20 июля”). The dossier itself does not choose.',
      },
    ],
    sources: [
      {
        source: 'plwiki-zel',
        locator: 'revision diff 40675391, citing “Wojna o wszystko…” (Demart), p. 236',
        quote: 'Na mocy wspomnianej konwencji wojska litewskie wkroczyły do Wilna w dniu 26 sierpnia',
      },
    ],
  },
  {
    id: 'ratification-rsfsr',
    date: '1920-09-09',
    kind: 'ratification',
    title: {
      en: 'Ratification by the RSFSR (VTsIK)',
      lt: 'Sutarties ratifikavimas Sovietų Rusijoje (VCIK)',
      ru: 'Ратификация договора Советской Россией (ВЦИК)',
    },
    description:
      'The All-Russian Central Executive Committee (VTsIK) ratifies the treaty. A single source gives the date; Moscow’s approval of the Soviet–Latvian peace treaty on the same day is indirect support.',
    confidence: 'medium',
    sources: [
      { source: 'grits-123', locator: 'web page 123', quote: 'ВЦИК ратифицировал его через месяц, 9 сентября' },
      { source: 'istmat-50687', locator: 'NKID note of 22 July 1921 (confirms approval, no date)', quote: 'подписавших и утвердивших впоследствии Русско-Литовский Договор 12 июля 1920 г.' },
      { source: 'zxc-riga', locator: 'article on the Soviet–Latvian treaty (indirect support only)', quote: 'the treaty was approved in Moscow on September 9, 1920' },
    ],
  },
  {
    id: 'suwalki-agreement',
    date: '1920-10-07',
    kind: 'agreement',
    place: 'suwalki',
    title: {
      en: 'Suwałki Agreement',
      lt: 'Suvalkų sutartis',
      ru: 'Сувалкское соглашение',
    },
    description:
      'Poland and Lithuania sign an agreement at Suwałki fixing a demarcation line; it is to enter into force at noon on 10 October 1920. It was registered in the League of Nations Treaty Series on 19 January 1922.',
    confidence: 'high',
    sources: [
      { source: 'fandom-suw', locator: 'article (per facts.md summary table)' },
      { source: 'frawiki-suw', locator: 'article (per facts.md summary table)' },
      { source: 'slapelis', locator: 'article (per facts.md summary table)' },
    ],
  },
  {
    id: 'zeligowski-takes-vilnius',
    date: '1920-10-09',
    kind: 'military',
    place: 'vilnius',
    title: {
      en: 'Żeligowski’s forces take Vilnius',
      lt: 'Želigovskio kariuomenė užima Vilnių',
      ru: 'Войска Желиговского занимают Вильно',
    },
    description:
      'In “Żeligowski’s mutiny”, ordered on 7/8 October, the Polish 1st Lithuanian-Belarusian Division takes Vilnius.',
    confidence: 'high',
    sources: [
      { source: 'gov1920', locator: 'page (per facts.md §3)' },
      { source: 'studiowschod', locator: 'article (per facts.md §3)' },
      { source: 'grits-182', locator: 'web page 182 (per facts.md §3)' },
      { source: 'ipn', locator: 'page (per facts.md §3)' },
      { source: 'ewh', locator: 'entry on Lithuania (per facts.md §3)' },
    ],
  },
  {
    id: 'central-lithuania-proclaimed',
    date: '1920-10-12',
    kind: 'proclamation',
    title: {
      en: 'Proclamation of “Central Lithuania”',
      lt: 'Vidurio Lietuvos paskelbimas',
      ru: 'Провозглашение Срединной Литвы',
    },
    description: '“Central Lithuania” is proclaimed.',
    confidence: 'high',
    sources: [
      { source: 'gov1920', locator: 'page (per facts.md §3)' },
      { source: 'ipn', locator: 'page (per facts.md §3)' },
    ],
  },
  {
    id: 'riga-preliminary-peace',
    date: '1920-10-12',
    kind: 'agreement',
    place: 'riga',
    title: {
      en: 'Polish–Soviet preliminary peace at Riga',
      lt: 'Lenkijos ir Sovietų Rusijos preliminari taika Rygoje',
      ru: 'Польско-советский прелиминарный мир в Риге',
    },
    description: 'Poland and Soviet Russia sign a preliminary peace and armistice at Riga.',
    confidence: 'high',
    sources: [
      { source: 'tvp', locator: 'programme (per facts.md §3)' },
      { source: 'ddi-riga', locator: 'page (per facts.md §3)' },
    ],
  },
  {
    id: 'ratifications-exchanged',
    date: '1920-10-14',
    kind: 'exchange-of-ratifications',
    place: 'moscow',
    title: {
      en: 'Exchange of ratifications',
      lt: 'Apsikeitimas ratifikaciniais raštais',
      ru: 'Обмен ратификационными грамотами',
    },
    description: 'The instruments of ratification are exchanged in Moscow.',
    confidence: 'high',
    sources: [
      { source: 'w-en', locator: 'lead', quote: 'Ratification documents were exchanged in Moscow on October 14, 1920.' },
      { source: 'bfsp-1121', locator: 'p. 1121, heading', quote: '[Ratifications exchanged at Moscow, October 14, 1920.]' },
      { source: 'mjp', locator: 'heading', quote: 'Ratifications échangées à Moscou le 14 octobre 1920.' },
      { source: 'grits-123', locator: 'web page 123', quote: 'обмен ратификационными грамотами состоялся в Москве только 14 октября' },
      { source: 'w-pl', locator: 'lead', quote: 'Wymiana dokumentów ratyfikacyjnych nastąpiła w Moskwie 14 października.' },
    ],
  },
  {
    id: 'entry-into-force',
    date: '1920-10-14',
    kind: 'entry-into-force',
    title: {
      en: 'Entry into force',
      lt: 'Sutarties įsigaliojimas',
      ru: 'Вступление договора в силу',
    },
    description: 'The treaty officially enters into force with the exchange of ratifications.',
    confidence: 'medium',
    sources: [
      {
        source: 'grits-123',
        locator: 'web page 123',
        quote: 'обмен ратификационными грамотами состоялся в Москве только 14 октября, когда договор официально вступил в силу',
      },
      { source: 'w-be-x-old', locator: 'infobox (year only)', quote: 'Набыла моц 1920' },
    ],
  },
  {
    id: 'lnts-registration',
    date: '1921-03-08',
    kind: 'registration',
    title: {
      en: 'Registration with the League of Nations',
      lt: 'Įregistravimas Tautų Sąjungoje',
      ru: 'Регистрация в Лиге Наций',
    },
    description:
      'The treaty is registered in the League of Nations Treaty Series. Every copy of this date seen derives from English Wikipedia; no LNTS page was seen.',
    confidence: 'medium',
    sources: [
      { source: 'w-en', locator: 'lead', quote: 'The treaty was registered in the League of Nations Treaty Series on March 8, 1921.' },
      { source: 'w-uk', locator: 'article (derived from en.wiki; per facts.md summary table)' },
      { source: 'w-pl-qwe', locator: 'machine translation of en.wiki (per facts.md summary table)' },
      { source: 'calendarz-fr', locator: 'page (derived from en.wiki; per facts.md summary table)' },
    ],
  },
  {
    id: 'peace-of-riga',
    date: '1921-03-18',
    kind: 'agreement',
    place: 'riga',
    title: {
      en: 'Peace of Riga',
      lt: 'Rygos taikos sutartis',
      ru: 'Рижский мирный договор',
    },
    description:
      'Poland on one side and the RSFSR and the Ukrainian SSR on the other sign the Peace of Riga.',
    confidence: 'high',
    sources: [
      { source: 'ddi-riga', locator: 'page (per facts.md §3)' },
      { source: 'mojaniep', locator: 'calendar entry for 18 March 1921 (per facts.md §3)' },
    ],
  },
  {
    id: 'non-aggression-treaty-1926',
    date: '1926-09-28',
    kind: 'agreement',
    place: 'moscow',
    title: {
      en: 'Soviet–Lithuanian non-aggression treaty',
      lt: 'Lietuvos–SSRS nepuolimo sutartis',
      ru: 'Договор о ненападении между СССР и Литвой',
    },
    description:
      'The USSR and Lithuania sign a non-aggression treaty in Moscow. Its Article 1 states that the peace treaty of 12 July 1920, all of whose provisions keep their full force and inviolability, remains the basis of their relations.',
    confidence: 'high',
    sources: [
      {
        source: 'helpiks',
        locator: 'Art. 1',
        quote: 'Мирный договор между Россией и Литвой, заключенный в Москве 12 июля 1920 г., все постановления которого сохраняют всю свою силу и неприкосновенность, остается основой отношений между Союзом Советских Социалистических Республик и Литовской Республикой.',
      },
      { source: 'aidai-ivinskis', locator: 'article', quote: '1926 rugsėjo 28' },
      { source: 'gibler', locator: 'page index 328', quote: 'Signed On: September 28, 1926' },
      { source: 'alkas-lcva', locator: 'exhibition report', quote: 'Lietuvos–SSRS nepuolimo ir neutraliteto 1926 m. rugsėjo 28 d. sutartis' },
      { source: 'ebr-59', locator: 'page 59 of 75: the 1926 exchange of notes' },
    ],
  },
  {
    id: 'mutual-assistance-treaty-1939',
    date: '1939-10-10',
    kind: 'agreement',
    title: {
      en: 'Soviet–Lithuanian Mutual Assistance Treaty',
      lt: 'Lietuvos–SSRS savitarpio pagalbos sutartis',
      ru: 'Договор о взаимопомощи между СССР и Литвой',
    },
    description:
      'The USSR and Lithuania sign a mutual assistance treaty whose preamble refers to the Peace Treaty of 12 July 1920; Lithuania receives part of the Vilnius region (6.9 thousand km², per Encyklopedia PWN).',
    confidence: 'high',
    sources: [
      { source: 'kiwix-mat', locator: 'lead', quote: 'signed between the Soviet Union and Lithuania on October 10, 1939' },
      { source: 'illuminats', locator: 'preamble', quote: 'в целях развития установленных Мирным Договором от 12 июля 1920 года дружественных отношений' },
      { source: 'pwn', locator: 'entry (area transferred in 1939, per facts.md §6.2)' },
    ],
  },
  {
    id: 'treaty-lost-force',
    date: '1940-06-15',
    kind: 'end-of-force',
    title: {
      en: 'Loss of force of the treaty',
      lt: 'Sutarties galios netekimas',
      ru: 'Утрата договором силы',
    },
    description:
      'The Taraškievica Belarusian Wikipedia gives 15 June 1940 as the date the treaty lost force. A single, interpretive source; no formal termination was found.',
    confidence: 'low',
    sources: [{ source: 'w-be-x-old', locator: 'infobox', quote: 'Страціла моц 15 чэрвеня 1940' }],
  },
] satisfies Event[]);
