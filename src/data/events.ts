import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
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
export const events: DeepReadonly<Event[]> = deepFreeze<Event[]>([
  {
    id: 'treaty-of-versailles-memel',
    date: '1919-06-28',
    kind: 'agreement',
    title: {
      en: 'Treaty of Versailles detaches the Memel Territory (Art. 99)',
      lt: 'Versalio taikos sutartis atskiria Klaipėdos kraštą (99 str.)',
      ru: 'Версальский договор отделяет Мемельскую область (ст. 99)',
    },
    description:
      'By Art. 99 of the Treaty of Versailles Germany renounces in favour of the Principal Allied and Associated Powers all rights and title over the Memel (Klaipėda) Territory. The treaty took effect on 10 January 1920, from which day the territory was in the Allies’ hands.',
    confidence: 'high',
    sources: [
      {
        source: 'frus-1919-v13-art99',
        locator: 'Art. 99',
        quote:
          'Germany renounces in favour of the Principal Allied and Associated Powers all rights and title over the territories included between the Baltic, the north eastern frontier of East Prussia',
      },
      { source: 'nuremberg-tc8', locator: 'catalogue field “Date”', quote: 'Date: 28 June 1919' },
      {
        source: 'w-en-klaipeda-convention',
        locator: '§ “Background”',
        quote: 'according to Article 99, it was placed under a League of Nations mandate effective January 10, 1920',
      },
    ],
  },
  {
    id: 'chicherin-note-1919-09-11',
    date: '1919-09-11',
    kind: 'diplomatic-note',
    title: {
      en: 'Chicherin’s note proposing peace talks',
      lt: 'G. Čičerino nota su taikos derybų pasiūlymu',
      ru: 'Нота Чичерина с предложением мирных переговоров',
    },
    description: 'People’s Commissar Georgy Chicherin proposes peace talks: the first attempt at a Lithuanian–Russian peace.',
    confidence: 'low',
    sources: [
      {
        source: 'uncens-2007',
        locator: '§ “Background”',
        quote:
          "The first Lithuanian-Russian negotiations began in September 11, 1919, after People's Commissar of Foreign Affairs of Soviet Russia Georgy Chicherin sent a note with a proposal for a peace treaty.",
      },
      {
        source: 'wikisum',
        locator: 'summary',
        quote:
          "The first Lithuanian–Russian attempt at negotiation took place on September 11, 1919, when the People's Commissar of Foreign Affairs of Soviet Russia, Georgy Chicherin, sent a note with a proposal for a peace treaty.",
      },
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
      'Estonia, Latvia and Lithuania agree in Tallinn to begin peace talks with the Soviets simultaneously. The Estonian delegation’s letter of 1919 to the Paris Peace Conference says the Conference of the Baltic States met at Reval (Tallinn) on 14 September; the day it ended (15 September) rests on the WikiSum summary alone (“On September 14 and 15”), and the 2007 English Wikipedia text gives no date.',
    confidence: 'medium',
    sources: [
      {
        source: 'frus-1919-russia-d817',
        locator: 'p. 715, Pusta’s letter to Clemenceau (the start date; the readable text breaks off after it)',
        quote: 'The Conference of the Baltic States met at Reval on September 14',
      },
      {
        source: 'frus-1919-russia-d817',
        locator: 'p. 715, Pusta’s letter to Clemenceau (the joint condition put to Soviet Russia)',
        quote:
          'the Esthonian Government stipulated as a first condition to the Russian Bolshevists that they offer at the same time a suspension of hostilities to the Governments of Latvia, Lithuania and Finland',
      },
      {
        source: 'wikisum',
        locator: 'summary',
        quote: 'On September 14 and 15, the Baltic states held a trilateral meeting in Tallinn and agreed to begin simultaneous peace talks with the Soviets.',
      },
      {
        source: 'uncens-2007',
        locator: '§ “Background” (no date)',
        quote: 'At a trilateral meeting in Tallinn, Estonia, Latvia and Lithuania agreed to begin peace talks with the Soviets simultaneously.',
      },
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
    confidence: 'low',
    sources: [
      {
        source: 'uncens-2007',
        locator: '§ “Background”',
        quote:
          "Lithuania's Foreign minister, Augustinas Voldemaras did not respond to this proposal until March 31, 1920, and then asked whether the Soviets would accept Lithuania's demands to recognise its boundaries in its claimed ethnic territory",
      },
    ],
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
    description: 'A Soviet radio note agrees to negotiate on the ethnographic principle; it is published the next day in Izvestia.',
    confidence: 'medium',
    sources: [
      {
        source: 'grits-bub',
        locator: 'web copy, chapter on the peace treaty',
        quote:
          'уже 2 апреля (два дня ушли на составление текста своей ноты и согласование его с Лениным). На следующий день ноту опубликовала газета «Известия».',
      },
      {
        source: 'grits-bub',
        locator: 'web copy, chapter on the peace treaty (the note quoted)',
        quote:
          'Российское Советское Правительство согласно применить этнографический принцип как основу для определения границ территории Литовского государства',
      },
    ],
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
      {
        source: 'grits-bub',
        locator: 'web copy, chapter on the peace treaty',
        quote: 'Столь же быстро (4 апреля) был получен ответ министра иностранных дел Литвы Аугустинаса Вольдемараса.',
      },
      {
        source: 'grits-57',
        locator: 'web page 57 (the note quoted)',
        quote: 'признаете ли Вы за Литвой города Вильно и Гродно',
      },
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
    description: 'Chicherin answers that de facto recognition has already been given and that de jure recognition is to be fixed in the peace treaty.',
    confidence: 'medium',
    sources: [
      {
        source: 'grits-57',
        locator: 'web page 57',
        quote:
          '8 апреля также по радио (с публикацией в «Известиях») последовала нота наркома иностранных дел РСФСР Чичерина министру иностранных дел Литвы, где говорилось, что РСФСР уже признала «де факто» независимость Литвы',
      },
    ],
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
        sources: [{ source: 'ww2facts-vi', locator: 'article (part 2)', quote: 'Các cuộc đàm phán bắt đầu tại Moscow vào ngày 9 tháng 5' }],
        note: 'A single source, a Vietnamese translation of a Russian article; 7 May is preferred (three sources, among them an independent Polish article).',
      },
    ],
    sources: [
      { source: 'lituan-99831', locator: 'abstract (month only)', quote: 'Negotiations began … in Moscow in May 1920' },
      { source: 'w-pl', locator: 'article body', quote: 'Negocjacje … trwały od 7 maja 1920' },
      { source: 'uncens-2007', locator: '§ “Background”', quote: 'The talks started in Moscow on May 7.' },
      { source: 'kresy', locator: 'article', quote: 'Rozmowy zaczęły się 7 maja 1920 r. w Moskwie' },
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
    description: 'A separate Lithuanian–Russian treaty on the re-evacuation (return) of refugees is signed; Article VI of the peace treaty refers to it.',
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
      { source: 'mjp', locator: 'heading', quote: 'Signé à Moscou le 12 juillet 1920' },
      {
        source: 'km-secret',
        locator: 'title (the secret supplement is dated the same day)',
        quote: '1920 m. liepos 12 d. | Lietuvos – Sovietų Rusijos taikos sutarties antrojo straipsnio slaptas priedas',
      },
      { source: 'w-en', locator: 'lead', quote: 'was signed between Lithuania and Soviet Russia on July 12, 1920' },
      { source: 'w-pl', locator: 'lead', quote: 'Traktat podpisano 12 lipca (Litwa ratyfikowała go 6 sierpnia) tegoż roku.' },
      { source: 'w-be-x-old', locator: 'lead', quote: 'падпісаная 12 ліпеня 1920 году ў Маскве' },
      { source: 'dvp-stud', locator: 'date line under the title', quote: '12 июля 1920 г.' },
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
    description: 'Red Army cavalry take Vilnius; six weeks of Soviet administration of the city follow (to 26 August).',
    confidence: 'high',
    variants: [
      {
        value: '1920-07-20',
        sources: [
          { source: 'perc-pt', locator: 'lead', quote: 'ocupada em 20 de julho de 1920' },
          { source: 'perc-pl', locator: '§ “Implementacja Układu Moskiewskiego”', quote: 'zajętej 20 lipca 1920 r.' },
        ],
        note: 'Russian Wikipedia as read in its machine-translated copies (perceptiopt.com, perceptiopl.com); not preferred because Gritskevich’s monograph narrates the capture on 14 July (“В первой половине дня 14 июля Вильня была взята красными войсками”) and dates six weeks of Soviet rule from that day, and a translated Russian article also gives 14 July.',
      },
    ],
    sources: [
      { source: 'grits-74', locator: 'web page 74', quote: 'В первой половине дня 14 июля Вильня была взята красными войсками.' },
      { source: 'grits-loveread', locator: 'web page 99', quote: 'с 14 июля до 26 августа 1920 года' },
      {
        source: 'ww2facts-vi',
        locator: 'article (part 2)',
        quote: 'Ngày 14 tháng 7 năm 1920. Lữ đoàn 15 kỵ binh 3 trong quân đoàn kỵ binh của Hồng quân đã chiếm được Vilna.',
      },
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
        sources: [{ source: 'wikisum', locator: 'summary', quote: 'the Constituent Assembly of Lithuania ratified it on August 8, 1920.' }],
        note: 'A summary of English Wikipedia, the only source for 8 August; 6 August is preferred (three sources in three languages).',
      },
    ],
    sources: [
      {
        source: 'grits-123',
        locator: 'web page 123',
        quote: 'литовский сейм 6 августа ратифицировал договор. Воздержались от голосования только три депутата.',
      },
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
    description: 'The Red Army evacuates Vilnius, ending six weeks of Soviet administration; the city passes to Lithuania.',
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
    description: 'Lithuanian troops enter Vilnius under the Kaunas convention of 6 August. Sources differ on the day (24, 26, 27 or 28 August).',
    confidence: 'low',
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
        note: 'A reference work, read in a web copy; it stands alone against the 26, 27 and 28 August of the other works.',
      },
      {
        value: '1920-08-27',
        sources: [{ source: 'tarasenka', locator: 'summary', quote: 'they did not immediately hand over Vilnius to Lithuania, but only on August 27' }],
        note: 'The day the city was handed over to Lithuania in a summary (a derivative source) of P. Tarasenka’s 1925 account, not his text; not preferred over the page-cited 26 August. In the summary “they” grammatically means the Poles, although the city was in Soviet hands.',
      },
      {
        value: '1920-08-28',
        sources: [
          {
            source: 'kaval-43',
            locator: 'web page 43',
            quote: 'Лишь после эвакуации красных частей (26 августа) из Вильно в город 28 августа вступили литовские войска.',
          },
        ],
        note: '26 August is preferred because Polish Wikipedia cites a printed work with a page number; Kavaliauskas’s book contains a known date error (signing “20 июля”). No source seen weighs the dates against each other.',
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
      {
        source: 'istmat-50687',
        locator: 'NKID note of 22 July 1921 (confirms approval, no date)',
        quote: 'подписавших и утвердивших впоследствии Русско-Литовский Договор 12 июля 1920 г.',
      },
      {
        source: 'zxc-riga',
        locator: 'article on the Soviet–Latvian treaty (indirect support only)',
        quote: 'the treaty was approved in Moscow on September 9, 1920',
      },
    ],
  },
  {
    id: 'battle-of-the-niemen',
    date: '1920-09-20',
    endDate: '1920-09-29',
    kind: 'military',
    title: {
      en: 'Battle of the Niemen',
      lt: 'Nemuno mūšis',
      ru: 'Неманское сражение',
    },
    description:
      'The Polish army defeats the Red Army on the Neman: Polish cavalry cross the river at Druskininkai on 22 September, Polish troops enter Hrodna in the night of 25/26 September and take Lida after fighting on 28–29 September.',
    confidence: 'medium',
    sources: [
      { source: 'odziemkowski-lida-1920', locator: 'preface (“Przedmowa”)', quote: 'Bitwa trwała od 20 do 26 września.' },
      {
        source: 'odziemkowski-lida-1920',
        locator: 'preface (“Przedmowa”)',
        quote: 'W dniach 27-29 września Polacy toczyli zacięte walki o Lidę, która kilkakrotnie przechodziła z rąk do rąk.',
      },
      { source: 'huwiki-diff-plw2', locator: 'article body, September 1920', quote: 'Szeptember 26-án a lengyelek kezére került Hrodna' },
      { source: 'stowrkw', locator: 'headline', quote: '20 wrzesień 1920 r. Bitwa nad Niemnem' },
      { source: 'stowrkw', locator: 'article body', quote: 'W nocy z 25 na 26 września 1920 r. Polacy wkroczyli do Grodna; dwa dni później do Lidy.' },
      {
        source: 'ckziu-sejny',
        locator: 'article body',
        quote: '22 września polska 4 Brygada Jazdy przełamała opór litewskiej piechoty i opanowała mosty na Niemnie w Druskiennikach.',
      },
      { source: 'profilpelajar-lida', locator: 'lead', quote: 'сражение за Лиду, которое произошло 28 — 29 сентября 1920 года' },
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
    confidence: 'medium',
    sources: [
      { source: 'asa-11', locator: 'p. 11, § 6', quote: 'fu stipulato a Suvalki un accordo (7 ottobre 1920)' },
      {
        source: 'fandom-suw',
        locator: 'lead',
        quote:
          'signed in the town of Suwałki between Poland and Lithuania on October 7, 1920. It was registered in the League of Nations Treaty Series on January 19, 1922.',
      },
      { source: 'fandom-suw', locator: 'lead', quote: 'The Suwałki Agreement was to take effect at noon on October 10.' },
      { source: 'slapelis', locator: 'first paragraph', quote: '1920 m. spalio 7 d. Lenkija su Lietuva pasirašė Suvalkų sutartį' },
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
    description: 'In “Żeligowski’s mutiny”, ordered on 7/8 October, the Polish 1st Lithuanian-Belarusian Division takes Vilnius.',
    confidence: 'high',
    sources: [
      {
        source: 'grits-182',
        locator: 'web page 182',
        quote: 'В ночь с 8 на 9 октября происходила эвакуация литовских государственных учреждений и чиновников.',
      },
      { source: 'ewh', locator: 'entry “Oct. 9” under 1920, Lithuania', quote: 'Gen. Lucien Zeligowski and his Polish freebooters seized Vilna by surprise.' },
      { source: 'gov1920', locator: 'entry for 9 October 1920', quote: 'Zajęcie Wilna przez wojska podległe generałowi Lucjanowi Żeligowskiemu.' },
      { source: 'studiowschod', locator: 'first paragraph', quote: '9 października 1920 roku, oddziały 1. Dywizji Litewsko-Białoruskiej wkroczyły do Wilna.' },
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
    confidence: 'medium',
    sources: [
      {
        source: 'gov1920',
        locator: 'entry for 9 October 1920',
        quote: 'Trzy dni później 12 października następuje proklamowanie Litwy Środkowej z Tymczasową Komisją Rządzącą',
      },
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
    confidence: 'medium',
    sources: [
      { source: 'grits-itexts-30', locator: 'web page 30 of 43', quote: 'В этот день (12 октября) в Риге было заключено перемирие' },
      { source: 'ddi-riga', locator: 'preamble of the treaty of 18 March 1921', quote: 'sur les préliminaires de paix signés à Riga le 12 octobre 1920' },
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
      { source: 'bfsp-1121', locator: 'p. 1121, heading', quote: '[Ratifications exchanged at Moscow, October 14, 1920.]' },
      { source: 'mjp', locator: 'heading', quote: 'Ratifications échangées à Moscou le 14 octobre 1920.' },
      { source: 'grits-123', locator: 'web page 123', quote: 'обмен ратификационными грамотами состоялся в Москве только 14 октября' },
      { source: 'w-en', locator: 'lead', quote: 'Ratification documents were exchanged in Moscow on October 14, 1920.' },
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
    id: 'kaunas-armistice-1920',
    date: '1920-11-29',
    kind: 'agreement',
    place: 'kaunas',
    title: {
      en: 'Armistice of Kaunas between Lithuania and Central Lithuania',
      lt: 'Kauno paliaubos tarp Lietuvos ir Vidurio Lietuvos',
      ru: 'Каунасское перемирие между Литвой и Срединной Литвой',
    },
    description:
      'Lithuania and Central Lithuania sign an armistice that provides for a neutral zone 10–12 km wide between the two sides; the League of Nations’ Control Commission laid it out on 30 November and both sides withdrew their regular troops from it by 3 December 1920.',
    confidence: 'medium',
    sources: [
      {
        source: 'rezmer-pas-neutralny',
        locator: 'introduction',
        quote:
          'Zawieszenie broni podpisane 29 listopada 1920 r. pomiędzy Litwą (kowieńską) i Litwą Środkową przewidywało wytyczenie pomiędzy stronami konfliktu pasa neutralnego o szerokości 10-12 km',
      },
      { source: 'rezmer-pas-neutralny', locator: 'introduction', quote: 'Do 3 grudnia każda ze stron walczących wycofała z niego swoje regularne wojska.' },
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
      'The treaty is registered in the League of Nations Treaty Series. Every copy of this date seen derives from English Wikipedia; no LNTS page was seen, and searches of the stored copies of the LNTS, the League’s Official Journal and treaty calendars (December 2026) found none.',
    confidence: 'low',
    sources: [
      { source: 'w-en', locator: 'lead', quote: 'The treaty was registered in the League of Nations Treaty Series on March 8, 1921.' },
      {
        source: 'w-pt',
        locator: 'lead (derived from English Wikipedia)',
        quote: 'O tratado foi registrado na League of Nations Treaty Series em 8 de março de 1921.',
      },
      {
        source: 'calendarz-fr',
        locator: 'last sentence (derived from English Wikipedia)',
        quote: 'Le traité a été enregistré dans le Recueil des traités de la Société des Nations le 8 mars 1921.',
      },
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
    description: 'Poland on one side and the RSFSR and the Ukrainian SSR on the other sign the Peace of Riga.',
    confidence: 'medium',
    sources: [
      {
        source: 'pamiecpolski-riga',
        locator: 'entry, second paragraph',
        quote: 'Składający się z 26 artykułów traktat został podpisany 18 marca 1921 r. przez przedstawicieli Polski, Rosji i Ukrainy.',
      },
      {
        source: 'ddi-riga',
        locator: 'title of the treaty text',
        quote: 'TRAITE DE PAIX ENTRE LA POLOGNE, LA RUSSIE ET L’UKRAINE, SIGNE A RIGA LE 18 MARS 1921.',
      },
    ],
  },
  {
    id: 'wilno-sejm-election',
    date: '1922-01-08',
    kind: 'election',
    place: 'vilnius',
    title: {
      en: 'Election to the Wilno Sejm',
      lt: 'Vilniaus seimo rinkimai',
      ru: 'Выборы в Виленский сейм',
    },
    description:
      'Central Lithuania elects the Wilno Sejm, which is to decide the region’s allegiance; most non-Polish voters, Lithuanians above all, boycott the election.',
    confidence: 'medium',
    sources: [
      { source: 'dziejesejmu', locator: 'article body', quote: '8 stycznia 1922 r. odbyły się wybory do Sejmu Litwy Środkowej' },
      { source: 'w-en-sejm-cl', locator: 'lead', quote: 'Formed after the elections of 8 January 1922' },
      { source: 'w-en-sejm-cl', locator: '§ “Elections”', quote: 'general election of 8 January was mostly boycotted by non-Polish minorities' },
    ],
  },
  {
    id: 'wilno-sejm-resolution',
    date: '1922-02-20',
    kind: 'legislation',
    place: 'vilnius',
    title: {
      en: 'Wilno Sejm asks for incorporation into Poland',
      lt: 'Vilniaus seimas prašo prijungti kraštą prie Lenkijos',
      ru: 'Виленский сейм просит о присоединении к Польше',
    },
    description:
      'The Wilno Sejm resolves that the Wilno Land is an inseparable part of the Republic of Poland and asks to be incorporated; the Polish Legislative Sejm approves the act on 24 March 1922.',
    confidence: 'medium',
    sources: [
      {
        source: 'muzhp-uchwala',
        locator: 'resolution text, point 4',
        quote: 'ziemia wileńska stanowi bez warunków i zastrzeżeń nierozdzielną część Rzeczypospolitej Polskiej',
      },
      {
        source: 'ipn-2022',
        locator: 'article body, on point 4 of the resolution',
        quote: 'Ziemia Wileńska stanowi bez warunków i zastrzeżeń nierozerwalną część Rzeczypospolitej Polskiej',
      },
      { source: 'interia-1922', locator: 'headline', quote: '20 lutego 1922 r. Wileńszczyzna wraca do Polski' },
    ],
  },
  {
    id: 'polish-sejm-resolution-wilno-land',
    date: '1922-03-24',
    kind: 'legislation',
    title: {
      en: 'Polish Legislative Sejm accepts the Wilno Land',
      lt: 'Lenkijos Steigiamasis Seimas priima Vilniaus kraštą',
      ru: 'Польский Законодательный сейм принимает Виленскую землю',
    },
    description:
      'The Polish Legislative Sejm approves the Act of Union of the Wilno Land with the Republic of Poland and calls on the government to take over state power there at once (Dz.U. 1922 nr 20 poz. 162). The act is dated 2 March 1922 in the resolution and 3 March 1922 in its own closing formula.',
    confidence: 'high',
    sources: [
      {
        source: 'dzu-1922-20-162',
        locator: 'heading',
        quote: 'o objęciu władzy państwowej w Ziemi Wileńskiej przez Rząd Rzeczypospolitej Polskiej',
      },
      {
        source: 'dzu-1922-20-162',
        locator: 'operative paragraph',
        quote: 'zatwierdza dołączony do niniejszej uchwały Akt złączenia Ziemi Wileńskiej z Rzecząpospolitą Polską z dnia 2 marca 1922 r.',
      },
      { source: 'dzu-1922-20-162', locator: 'annex (the Act of Union), opening', quote: 'w Pałacu Rady Ministrów dnia 3 marca 1922 r.' },
      { source: 'ipn-2022', locator: 'article body', quote: 'Uchwała polskiego Sejmu Ustawodawczego z 24 marca 1922 r. o włączeniu Ziemi Wileńskiej' },
    ],
  },
  {
    id: 'wilno-land-statute',
    date: '1922-04-06',
    kind: 'legislation',
    title: {
      en: 'Polish statute on taking over state power in the Wilno Land',
      lt: 'Lenkijos įstatymas dėl valstybės valdžios perėmimo Vilniaus krašte',
      ru: 'Польский закон о принятии государственной власти в Виленской земле',
    },
    description:
      'The statute of 6 April 1922 (Dz.U. 1922 nr 26 poz. 213), in force from 13 April 1922, puts the counties of Wilno, Oszmiana, Święciany, Troki and Brasław under the central organs of the Republic of Poland (Art. 1) and attaches the Dzisna, Duniłowicze and Wilejka counties to them administratively (Art. 8).',
    confidence: 'high',
    sources: [
      {
        source: 'dzu-1922-26-213',
        locator: 'Art. 1',
        quote: 'Ziemia Wileńska, a mianowicie powiaty: wileński, oszmiański, święciański, trocki i brasławski',
      },
      { source: 'dzu-1922-26-213', locator: 'version note', quote: 'Wersja od: 13 kwietnia 1922 r.' },
      {
        source: 'dzu-1922-26-213',
        locator: 'Art. 8',
        quote: 'Do terenu, wskazanego w art. 1, przyłącza się pod względem administracyjnym powiaty: dziśnieński, duniłowiczowski i wilejski',
      },
      { source: 'ipn-2022', locator: 'article body', quote: 'Ustawą z dnia 6 kwietnia 1922 r. o objęciu władzy państwowej nad Ziemią Wileńską' },
      { source: 'refract-wilnoland', locator: 'lead', quote: 'existed from 13 April 1922 until 20 January 1926' },
    ],
  },
  {
    id: 'central-lithuania-incorporated',
    date: '1922-04-18',
    kind: 'administrative',
    title: {
      en: 'Date given for the incorporation of Central Lithuania into Poland',
      lt: 'Vidurio Lietuvos prijungimo prie Lenkijos data',
      ru: 'Дата присоединения Срединной Литвы к Польше',
    },
    description:
      'Infoboxes and popular histories date the incorporation of Central Lithuania into Poland to 18 April 1922: the day of the ceremonies in Vilnius marking the incorporation (a photograph of that day’s military parade, in the National Digital Archive, is captioned so). One popular page says the ceremonies symbolically put the statute of 6 April into effect; no act of that day was found, and the Polish resolution (24 March) and statute (in force 13 April) are dated differently.',
    confidence: 'medium',
    variants: [
      {
        value: '1922-04-22',
        sources: [
          {
            source: 'histly-1922',
            locator: 'card text, last paragraph',
            quote: 'Dwa miesiące później – 22 kwietnia 1922 r. – dokonano uroczystego aktu inkorporacji.',
          },
        ],
        note: 'A single popular page without sources. 18 April is preferred: a reference work (the dzieje.pl portal, captioning an archival photograph) and two popular pages give it.',
      },
    ],
    sources: [
      {
        source: 'dzieje-wilno-1922',
        locator: 'caption of the lead photograph (credited “Źródło: NAC”)',
        quote: '18 kwietnia 1922 r. Uroczystości z okazji przyłączenia Wileńszczyzny do Polski. Defilada wojskowa na ulicach Wilna.',
      },
      {
        source: 'sppwoldham',
        locator: 'article body',
        quote: 'dwanaście dni później w Wilnie odbyły się uroczystości mające symbolicznie wprowadzić w życie ustawę',
      },
      { source: 'eet-rcl', locator: 'lead', quote: 'It was incorporated into Poland on 18 April 1922.' },
      { source: 'zhp-1922', locator: 'article body', quote: 'Litwę Środkową przyłączono do Polski 18 kwietnia 1922 r.' },
    ],
  },
  {
    id: 'lithuanian-constitution-1922',
    date: '1922-08-06',
    kind: 'legislation',
    place: 'kaunas',
    title: {
      en: 'Constitution of the State of Lithuania (1922) in force',
      lt: 'Įsigalioja 1922 m. Lietuvos Valstybės Konstitucija',
      ru: 'Вступает в силу Конституция Литовского государства 1922 года',
    },
    description:
      'The Constituent Seimas adopts the first permanent Constitution of the State of Lithuania on 1 August 1922; it takes effect on its publication in the Vyriausybės žinios on 6 August. The date is the day it took effect; the day of adoption is kept as a variant.',
    confidence: 'medium',
    variants: [
      {
        value: '1922-08-01',
        sources: [
          { source: 'istprez-konstitucija-1922', locator: 'preamble', quote: '1922 metų rugpiūčio mėnesio 1 dieną priėmė šią Lietuvos Valstybės Konstituciją' },
          {
            source: 'silutevb-konstitucija-1922',
            locator: 'article body',
            quote: '1922 m. rugpjūčio 1 d. Steigiamasis Seimas priėmė pirmąją nuolatinę Lietuvos Valstybės Konstituciją.',
          },
        ],
        note: 'The day the Constituent Seimas adopted it.',
      },
    ],
    sources: [{ source: 'silutevb-konstitucija-1922', locator: 'article body', quote: 'Ji įsigaliojo rugpjūčio 6 d., paskelbus „Vyriausybės žiniose“.' }],
  },
  {
    id: 'neutral-zone-divided',
    date: '1923-02-15',
    endDate: '1923-02-18',
    kind: 'military',
    title: {
      en: 'The Polish–Lithuanian neutral zone is divided',
      lt: 'Lenkijos ir Lietuvos neutralios zonos padalijimas',
      ru: 'Раздел польско-литовской нейтральной зоны',
    },
    description:
      'After the League of Nations Council resolution of 3 February 1923, Polish and Lithuanian forces occupy their halves of the neutral zone left by the 1920 armistice from 15 February; after a cease-fire on 18 February the demarcation line is fixed de facto.',
    confidence: 'medium',
    sources: [
      { source: 'lach-1923', locator: 'abstract', quote: 'It was assigned that the zone will be seized on February 15, 1923.' },
      { source: 'lach-1923', locator: 'abstract', quote: 'After February 18 ceasefire, negotiations began to settle the dividing line.' },
    ],
  },
  {
    id: 'conference-of-ambassadors-klaipeda-1923',
    date: '1923-02-16',
    kind: 'international-decision',
    title: {
      en: 'Conference of Ambassadors assigns the Memel Territory to Lithuania',
      lt: 'Ambasadorių konferencija perduoda Klaipėdos kraštą Lietuvai',
      ru: 'Конференция послов передаёт Мемельскую область Литве',
    },
    description:
      'The Conference of Ambassadors of the Principal Allied Powers decides to assign the Memel (Klaipėda) Territory to Lithuania, under conditions that Lithuania accepts on 13 March 1923; the Klaipėda Convention of 1924 gives effect to the decision.',
    confidence: 'high',
    sources: [
      {
        source: 'frus-1919-v13-art99',
        locator: 'note to Art. 99',
        quote: 'The Conference of Ambassadors on February 16, 1923 assigned the territory of Memel to Lithuania',
      },
      {
        source: 'unispal-memel-convention',
        locator: 'preamble',
        quote: 'taken at the Conference of their Ambassadors at Paris on February 16th, 1923, and accepted by Lithuania on March 13th, 1923',
      },
    ],
  },
  {
    id: 'conference-of-ambassadors-1923',
    date: '1923-03-15',
    kind: 'international-decision',
    title: {
      en: 'Conference of Ambassadors recognises Poland’s eastern frontiers',
      lt: 'Ambasadorių konferencija pripažįsta Lenkijos rytines sienas',
      ru: 'Конференция послов признаёт восточные границы Польши',
    },
    description:
      'The Allied Conference of Ambassadors recognises Poland’s frontiers with Russia and with Lithuania and grants Poland all rights of sovereignty over the territories between them, the Vilnius region, Hrodna, Lida, Suwałki, Sejny and Augustów included. Lithuania does not accept the decision.',
    confidence: 'high',
    variants: [
      {
        value: '1923-03-17',
        sources: [{ source: 'asa-11', locator: 'p. 11, § 6', quote: 'Con la decisione del 17 marzo 1923' }],
        note: 'The signed French text is dated the fifteenth (“le quinze mars mil neuf cent vingt-trois”); 17 March is a single later editorial reading.',
      },
    ],
    sources: [
      { source: 'asa-301266', locator: 'decision, part II', quote: 'Décide de reconnaître à la Pologne, qui accepte, tous droits de souveraineté' },
      { source: 'asa-301266', locator: 'decision, closing formula', quote: 'Fait à Paris, le quinze mars mil neuf cent vingt-trois.' },
      { source: 'ipn-2022', locator: 'article body', quote: 'Decyzją z 15 marca 1923 r., pomimo protestów władz Litwy' },
    ],
  },
  {
    id: 'klaipeda-convention-1924',
    date: '1924-05-08',
    kind: 'agreement',
    title: {
      en: 'Klaipėda Convention',
      lt: 'Klaipėdos konvencija',
      ru: 'Клайпедская конвенция',
    },
    description:
      'Lithuania and the Powers of the Conference of Ambassadors (the United Kingdom, France, Italy and Japan) sign in Paris the convention concerning the Territory of Memel, which gives effect to the decision of 16 February 1923: the territory becomes an autonomous region under Lithuanian sovereignty.',
    confidence: 'medium',
    sources: [
      { source: 'unispal-memel-convention', locator: 'preamble', quote: 'Desirous of giving effect to the decision of the four first-mentioned Powers' },
      { source: 'w-en-klaipeda-convention', locator: 'lead', quote: 'signed in Paris on May 8, 1924' },
    ],
  },
  {
    id: 'wilno-voivodeship-established',
    date: '1926-01-20',
    kind: 'administrative',
    place: 'vilnius',
    title: {
      en: 'Wilno Voivodeship established',
      lt: 'Įsteigiama Vilniaus vaivadija',
      ru: 'Образовано Виленское воеводство',
    },
    description:
      'The Wilno Land becomes the Wilno Voivodeship of Poland: the statute of 22 December 1925 creating it enters into force on the day of its publication, 20 January 1926.',
    confidence: 'medium',
    sources: [
      {
        source: 'dzu-1926-6-29',
        locator: 'Art. 1',
        quote: 'Tworzy się województwo wileńskie z siedzibą władz wojewódzkich w Wilnie',
      },
      { source: 'dzu-1926-6-29', locator: 'Art. 4', quote: 'Ustawa niniejsza wchodzi w życie z dniem jej ogłoszenia.' },
      { source: 'dzu-1926-6-29', locator: 'version note at the head of the page', quote: 'Wersja od: 20 stycznia 1926 r.' },
      { source: 'refract-wilnoland', locator: 'lead', quote: 'existed from 13 April 1922 until 20 January 1926' },
      {
        source: 'ivrozbior-wil',
        locator: '§ “Województwo wileńskie”',
        quote: 'od 13 kwietnia 1922 do 20 stycznia 1926 terytorium to było znane jako Ziemia Wileńska',
      },
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
      { source: 'aidai-ivinskis', locator: 'article', quote: '1926 rugsėjo 28' },
      { source: 'gibler', locator: 'page index 328', quote: 'Signed On: September 28, 1926' },
      { source: 'ebr-59', locator: 'page 59 of 75: the 1926 exchange of notes', quote: 'Moscow, Septetnher 28, 1926.' },
      {
        source: 'helpiks',
        locator: 'Art. 1',
        quote:
          'Мирный договор между Россией и Литвой, заключенный в Москве 12 июля 1920 г., все постановления которого сохраняют всю свою силу и неприкосновенность, остается основой отношений между Союзом Советских Социалистических Республик и Литовской Республикой.',
      },
      { source: 'alkas-lcva', locator: 'exhibition report', quote: 'Lietuvos–SSRS nepuolimo ir neutraliteto 1926 m. rugsėjo 28 d. sutartis' },
    ],
  },
  {
    id: 'lithuanian-constitution-1928',
    date: '1928-05-25',
    kind: 'legislation',
    place: 'kaunas',
    title: {
      en: 'Constitution of the State of Lithuania (1928) in force',
      lt: 'Įsigalioja 1928 m. Lietuvos Valstybės Konstitucija',
      ru: 'Вступает в силу Конституция Литовского государства 1928 года',
    },
    description:
      'The President proclaims a new constitution, dated 15 May 1928, which is published in the Vyriausybės žinios and takes effect on 25 May 1928. It names Vilnius as the capital and allows it to be moved elsewhere only temporarily. The date is the day it took effect; the day it bears is kept as a variant.',
    confidence: 'medium',
    variants: [
      {
        value: '1928-05-15',
        sources: [{ source: 'lrk-konstitucija-1928', locator: 'preamble', quote: '1928 m. gegužės mėn. 15 d' }],
        note: 'The day the text bears: the cabinet’s solemn session on Army Day, which no record of the time mentions.',
      },
    ],
    sources: [
      { source: 'lrk-konstitucija-1928', locator: 'heading', quote: '(V. Ž. 1928 — V — 25 Nr. 275.)' },
      {
        source: 'pavb-konstitucijos',
        locator: 'page “1928 m. Lietuvos valstybės konstitucija”',
        quote: 'Respublikos prezidento 1928 m. gegužės 25 d. buvo paskelbta Vyriausybės žiniose',
      },
      { source: 'pavb-konstitucijos', locator: 'page “1928 m. Lietuvos valstybės konstitucija”', quote: 'Tą pačią dieną ji ir įsigaliojo.' },
    ],
  },
  {
    id: 'polish-ultimatum-1938',
    date: '1938-03-17',
    endDate: '1938-03-19',
    kind: 'diplomatic-note',
    title: {
      en: 'Polish ultimatum to Lithuania',
      lt: 'Lenkijos ultimatumas Lietuvai',
      ru: 'Польский ультиматум Литве',
    },
    description:
      'Poland demands diplomatic relations; Lithuania accepts on 19 March 1938 but does not recognise the loss of Vilnius de jure. No territory changes hands.',
    confidence: 'medium',
    sources: [
      {
        source: 'auckland-star-1938-03-19',
        locator:
          'cable datelined “LONDON, March 18”, first paragraph (a limit of 48 hours running out at 9 p.m. on 19 March dates the note to the evening of 17 March)',
        quote: "The demands of the ultimatum, to which the 48 hours' time limit expires at 9 p.m. to-morrow",
      },
      {
        source: 'w-en-ult1938',
        locator: 'lead',
        quote:
          'Lithuania accepted the ultimatum on March 19. Although diplomatic relations were established as a result of the ultimatum, Lithuania did not agree to recognize the loss of Vilnius de jure.',
      },
    ],
  },
  {
    id: 'lithuanian-constitution-1938',
    date: '1938-05-12',
    kind: 'legislation',
    place: 'kaunas',
    title: {
      en: 'Constitution of Lithuania (1938)',
      lt: '1938 m. Lietuvos Konstitucija',
      ru: 'Конституция Литвы 1938 года',
    },
    description:
      'The constitution adopted by the Seimas on 11 February 1938 and known by the date of 12 May 1938, its date in the Vyriausybės žinios. Art. 2: the state’s territory is the land whose borders were fixed by the international treaties concluded so far; Art. 6: Vilnius is the capital, moved elsewhere only temporarily by law.',
    confidence: 'low',
    variants: [
      {
        value: '1938-02-11',
        sources: [
          { source: 'pavb-konstitucijos', locator: 'page “1938 m. Lietuvos konstitucija”', quote: 'tų pačių metų vasario 11 d. konstitucijos projektą priėmė' },
        ],
        note: 'The day the Seimas adopted the draft.',
      },
    ],
    sources: [
      {
        source: 'emokykla-konstitucija-1938',
        locator: 'Art. 2',
        quote: 'Lietuvos Valstybės teritorija yra žemės, kurių sienos nustatytos sudarytomis ligi šiol Lietuvos Valstybės tarptautinėmis sutartimis.',
      },
      { source: 'emokykla-konstitucija-1938', locator: 'Art. 6', quote: 'Lietuvos sostinė – Vilnius. Kitur ji gali būti perkelta laikinai įstatymu.' },
      { source: 'paliokas-konstitucija-1938', locator: 'heading', quote: 'V. Ž. Nr. 608, eil. 4271' },
      { source: 'paliokas-konstitucija-1938', locator: 'heading', quote: '1938. V. 12' },
    ],
  },
  {
    id: 'klaipeda-cession-1939',
    date: '1939-03-22',
    kind: 'agreement',
    title: {
      en: 'Lithuania cedes the Klaipėda Region to Germany',
      lt: 'Lietuva perleidžia Klaipėdos kraštą Vokietijai',
      ru: 'Литва уступает Клайпедский край Германии',
    },
    description:
      'After the German ultimatum of 20 March 1939, Lithuania gives up the Klaipėda (Memel) Region to Germany by a treaty signed late on 22 March; the territory passed the next day.',
    confidence: 'medium',
    variants: [
      {
        value: '1939-03-23',
        sources: [{ source: 'wikiwand-memel-crisis', locator: 'lead', quote: 'Lithuania accepted the ultimatum on 23 March 1939' }],
        note: 'Another copy of the same encyclopaedia article dates the acceptance to the day the territory passed.',
      },
    ],
    sources: [
      {
        source: 'upi-1939-03-22',
        locator: 'dateline and first sentence',
        quote: 'KAUNAS, Lithuania, March 22, 1939 (UP) - Lithuania surrendered Memel to Nazi Germany today',
      },
      { source: 'wikimili-ultimatum-1939', locator: 'lead', quote: 'Lithuania was forced to accept the ultimatum on 22 March' },
    ],
  },
  {
    id: 'soviet-invasion-of-poland-1939',
    date: '1939-09-17',
    endDate: '1939-09-22',
    kind: 'military',
    title: {
      en: 'Soviet invasion of Poland reaches the Vilnius region',
      lt: 'Sovietų invazija į Lenkiją pasiekia Vilniaus kraštą',
      ru: 'Вторжение СССР в Польшу доходит до Виленского края',
    },
    description:
      'The Red Army invades Poland on 17 September 1939; it takes Vilnius in the afternoon of 19 September and Hrodna, defended from 20 September, by the end of 21 September. It enters Suwałki on 25 September.',
    confidence: 'medium',
    sources: [
      { source: 'pwn', locator: 'entry “Wileński Kraj”', quote: 'po agresji ZSRR na Polskę (17 IX 1939)' },
      { source: 'kresy1939-wilno', locator: 'map note', quote: 'W godzinach popołudniowych 19 września 1939 r. najeźdźcy opanowali miasto.' },
      { source: 'kresy1939-grodno', locator: 'map note', quote: 'Pod koniec dnia 21 września Grodno w zasadzie zostało zdobyte' },
      { source: 'bliskopolski-suw', locator: 'lexicon entry', quote: '25 września 1939 roku Armia Czerwona' },
    ],
  },
  {
    id: 'german-soviet-boundary-treaty-1939',
    date: '1939-09-28',
    kind: 'agreement',
    place: 'moscow',
    title: {
      en: 'German–Soviet Boundary and Friendship Treaty',
      lt: 'Vokietijos ir SSRS sienų ir draugystės sutartis',
      ru: 'Германо-советский договор о дружбе и границе',
    },
    description:
      'Germany and the USSR sign in Moscow the treaty that fixes their line across former Poland; under it the Suwałki region, held by the Red Army since late September, is to be occupied by German troops. One account has it signed at 5 a.m. on 29 September and dated back to the 28th.',
    confidence: 'medium',
    variants: [
      {
        value: '1939-09-29',
        sources: [
          {
            source: 'fronta-1939',
            locator: 'calendar entry',
            quote:
              'Dne 29. září 1939 v pět hodin ráno byla v Moskvě podepsána sovětsko-německá Smlouva o hranicích a přátelství, která byla následně zpětně datována na 28. září.',
          },
        ],
        note: 'The hour of the actual signature in this account; the treaty bears the date of 28 September.',
      },
    ],
    sources: [
      {
        source: 'dwutygodnik-suw-1939',
        locator: 'article body',
        quote: 'Na mocy zawartego 28 września układu o przyjaźni i granicach, Suwalszczyzna, a wraz z nią i Suwałki miały być zajęte przez wojska niemieckie.',
      },
      {
        source: 'bliskopolski-suw',
        locator: 'lexicon entry',
        quote:
          '28 września Niemcy i ZSRS podpisały pakt o przyjaźni i granicach, zgodnie z którym Suwałki i północna część Puszczy Augustowskiej przypadły w udziale Niemcom.',
      },
    ],
  },
  {
    id: 'german-annexation-decree-1939',
    date: '1939-10-08',
    kind: 'legislation',
    title: {
      en: 'Hitler’s decree annexing western and northern Poland (Suwałki to East Prussia)',
      lt: 'Hitlerio dekretas dėl vakarinių ir šiaurinių Lenkijos žemių prijungimo prie Reicho',
      ru: 'Указ Гитлера о присоединении западных и северных польских земель к Рейху',
    },
    description:
      'Hitler signs in Berlin the decree incorporating the western and northern Polish lands into the Reich; the Suwałki region is added to the province of East Prussia. The Suwałki county passed to the Reich on 26 October 1939.',
    confidence: 'medium',
    sources: [
      {
        source: 'rgbl-1939-ostgebiete',
        locator: 'heading of the decree, dated “vom 8. Oktober 1939”',
        quote: 'Erlaß des Führers und Reichskanzlers über Gliederung und Verwaltung der Ostgebiete',
      },
      {
        source: 'rgbl-1939-ostgebiete',
        locator: 'the amending decree of 2 November 1939, inserted under § 1',
        quote: 'Meinem Erlaß über die Gliederung und Verwaltung der Ostgebiete vom 8. Oktober 1939 (RGBl. I. S. 2042)',
      },
      {
        source: 'mojhistorycznyblog-1939-10-08',
        locator: 'calendar entry',
        quote: '8 października 1939 roku Adolf Hitler podpisał w Berlinie dekret o włączeniu do III Rzeszy polskich ziem zachodnich i północnych.',
      },
      {
        source: 'mojhistorycznyblog-1939-10-08',
        locator: 'calendar entry',
        quote: 'do prowincji Prusy Wschodnie (Ostpreussen) włączono Ciechanowskie i Suwałki',
      },
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
      {
        source: 'pwn',
        locator: 'entry',
        quote:
          'traktacie litewsko-sowieckim (z 10 X 1939) zachodnia część Wileńszczyzny wraz z Wilnem została przekazana Litwie przez ZSRR; obszar ten wynosił 6,9 tys. km2',
      },
      { source: 'kiwix-mat', locator: 'lead', quote: 'signed between the Soviet Union and Lithuania on October 10, 1939' },
      { source: 'illuminats', locator: 'preamble', quote: 'в целях развития установленных Мирным Договором от 12 июля 1920 года дружественных отношений' },
    ],
  },
  {
    id: 'mutual-assistance-treaty-1939-ratified',
    date: '1939-10-14',
    kind: 'ratification',
    title: {
      en: 'Ratification of the 1939 Soviet–Lithuanian treaty',
      lt: '1939 m. Lietuvos–SSRS sutarties ratifikavimas',
      ru: 'Ратификация советско-литовского договора 1939 года',
    },
    description:
      'The treaty of 10 October 1939 on the transfer of Vilnius and the Vilnius region to Lithuania is ratified on 14 October and enters into force on 16 October.',
    confidence: 'low',
    sources: [{ source: 'ltwiki-mat-nina', locator: 'article body', quote: 'Sutartis ratifikuota spalio 14 d., o įsigaliojo spalio 16 d.' }],
  },
  {
    id: 'lithuanian-army-enters-vilnius-1939',
    date: '1939-10-27',
    endDate: '1939-10-29',
    kind: 'military',
    place: 'vilnius',
    title: {
      en: 'Lithuanian army enters the Vilnius region and Vilnius',
      lt: 'Lietuvos kariuomenė įžengia į Vilniaus kraštą ir Vilnių',
      ru: 'Литовская армия вступает в Виленский край и Вильнюс',
    },
    description: 'The Lithuanian army enters the transferred region on 27 October 1939 and Vilnius on 28 October, as Soviet troops leave it.',
    confidence: 'low',
    sources: [
      {
        source: 'meltyukhov-plazdarm',
        locator: 'chapter on the transfer of the Vilnius region, the agreed order on the relief of the Red Army (note 406): point 5',
        quote: 'Смену частей начать 27 октября 1939 г. с 8.00',
      },
      {
        source: 'meltyukhov-plazdarm',
        locator: 'the same order, point 4',
        quote:
          'В гор. Вильно части Литовской армии входят головными частями [в] 13.00 и главными силами [в] 15.00 (по московскому времени) 28 октября 1939 года.',
      },
      {
        source: 'propatria-2014',
        locator: 'article body',
        quote: '1939 m. spalio 27 d. Lietuvos kariuomenės Vilniaus rinktinė su div. gen. Vincu Vitkausku įžengė į atgautą Vilniaus kraštą',
      },
      {
        source: 'naszczas-2019',
        locator: 'article body, quoting Gazeta Codzienna of 25 November 1939',
        quote: 'W dniu 28 października wkroczyły do Wilna wojska litewskie i wycofały się zeń wojska sowieckie.',
      },
      { source: 'tysol-1939', locator: 'headline', quote: '28 października 1939 r. – wkroczenie wojsk litewskich do Wilna' },
    ],
  },
  {
    id: 'western-belorussia-incorporated',
    date: '1939-11-02',
    endDate: '1939-11-14',
    kind: 'legislation',
    title: {
      en: 'Western Belorussia incorporated into the USSR and the BSSR',
      lt: 'Vakarų Baltarusija įjungiama į SSRS ir Baltarusijos TSR',
      ru: 'Включение Западной Белоруссии в состав СССР и БССР',
    },
    description:
      'A USSR law of 2 November 1939 includes Western Belorussia in the USSR and reunites it with the BSSR; the BSSR Supreme Soviet accepts it on 14 November. Hrodna, Lida, Ashmyany, Smarhon, Pastavy, Braslaw, eastern Švenčionys, Druskininkai and Augustów fall under it.',
    confidence: 'high',
    sources: [
      {
        source: 'sibogni-1939',
        locator: 'p. 32, law, point 1',
        quote:
          'включить Западную Белоруссию в состав Союза Советских Социалистических Республик с воссоединением ее с Белорусской Советской Социалистической Республикой',
      },
      { source: 'newsby', locator: 'headline', quote: 'Закон о включении Западной Беларуси в состав БССР был подписан 2 ноября 1939 года' },
    ],
  },
  {
    id: 'western-belorussia-oblasts-created',
    date: '1939-12-04',
    kind: 'administrative',
    title: {
      en: 'Soviet oblasts created in Western Belorussia',
      lt: 'Vakarų Baltarusijoje įsteigiamos sovietinės sritys',
      ru: 'Образование областей в Западной Белоруссии',
    },
    description:
      'A decree of the Presidium of the USSR Supreme Soviet creates the Belastok, Baranavichy, Vileyka, Brest and Pinsk oblasts; the Polish counties are replaced by raions on 15 January 1940.',
    confidence: 'medium',
    sources: [
      {
        source: 'belpost-brest-85',
        locator: 'announcement, on the history of the Brest oblast',
        quote:
          'История Брестской области начинается 4 декабря 1939 года, когда после включения Западной Беларуси в состав БССР были образованы области, в том числе Брестская.',
      },
      { source: 'plwiki-obw-bial', locator: 'lead', quote: 'Obwód utworzono 4 grudnia 1939 r. dekretem Prezydium Rady Najwyższej ZSRR' },
      { source: 'ltwiki-svenc-r1940', locator: '§ “Istorija”', quote: 'Rajonas įkurtas 1940 m. sausio 15 d.' },
      {
        source: 'janow-brest-museum',
        locator: 'article body, on the decree kept in the museum',
        quote:
          'Указ Президиума Верховного Совета СССР «Об образовании Барановичской, Белостокской, Брестской, Вилейской и Пинской областей в составе Белорусской ССР» от 4 декабря 1939 года',
      },
    ],
  },
  {
    id: 'soviet-occupation-of-lithuania-1940',
    date: '1940-06-14',
    endDate: '1940-06-15',
    kind: 'military',
    title: {
      en: 'Soviet ultimatum and occupation of Lithuania',
      lt: 'Sovietų ultimatumas ir Lietuvos okupacija',
      ru: 'Советский ультиматум и оккупация Литвы',
    },
    description:
      'The USSR delivers an ultimatum to Lithuania before midnight on 14 June 1940; on 15 June the Red Army takes control of the whole country, the Vilnius region included.',
    confidence: 'medium',
    sources: [
      { source: 'muzeum1939', locator: 'article body', quote: '15 czerwca 1940 oddziały Armii Czerwonej siłą przejęły kontrolę nad Litwą.' },
      { source: 'zw-1940', locator: 'headline', quote: '15 czerwca 1940 – Związek Sowiecki dokonał aneksji Litwy' },
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
  {
    id: 'lithuanian-ssr-admitted',
    date: '1940-08-03',
    kind: 'legislation',
    title: {
      en: 'USSR law admitting the Lithuanian SSR',
      lt: 'SSRS įstatymas dėl Lietuvos TSR priėmimo',
      ru: 'Закон о принятии Литовской ССР в СССР',
    },
    description:
      'The USSR Supreme Soviet admits the Lithuanian SSR into the USSR and accepts the BSSR proposal to transfer to it the Sventsyany raion and the Lithuanian-majority parts of five other BSSR raions.',
    confidence: 'high',
    sources: [
      {
        source: 'libussr-1940-08-03',
        locator: 'point 2',
        quote:
          'Принять предложение Верховного Совета Белорусской ССР о передаче в состав Союзной Литовской Советской Социалистической Республики Свенцянского района',
      },
      { source: 'treccani-vilna', locator: 'entry', quote: "annessione all'Unione Sovietica, 3 agosto 1940" },
    ],
  },
  {
    id: 'bssr-lssr-border-1940',
    date: '1940-11-25',
    kind: 'legislation',
    title: {
      en: 'BSSR territory transferred to the Lithuanian SSR',
      lt: 'Baltarusijos TSR teritorija perduodama Lietuvos TSR',
      ru: 'Передача части территории БССР Литовской ССР',
    },
    description:
      'A decree of the BSSR Presidium of 25 November 1940 redraws the raions of the Vileyka and Belastok oblasts after the transfer of Lithuanian-majority territory, Švenčionys and Druskininkai among it, to the Lithuanian SSR. The USSR decree fixing the border itself, dated early November by other sources, was not found.',
    confidence: 'medium',
    variants: [
      {
        value: '1940-11-03',
        sources: [
          {
            source: 'svaboda-1940',
            locator: 'article body, first paragraph',
            quote: 'Трэцяга лістапада 1940 году да Літвы адышла «другая партыя» беларускіх земляў',
          },
        ],
        note: 'Probably the date of the USSR decree fixing the border, which was not found; the preferred date is that of the one decree whose text was seen.',
      },
    ],
    sources: [
      {
        source: 'ws-ukaz-bssr-1940-11-25',
        locator: 'title and preamble',
        quote: 'Об изменении границ отдельных районов Вилейской и Белостокской областей в связи с уточнением границы между Литовской и Белорусской ССР',
      },
      {
        source: 'ltwiki-svenc-r1940',
        locator: '§ “Istorija”',
        quote: '1940 m. lapkričio 25 d. vakarinės rajono apylinkės perduotos Lietuvai',
      },
    ],
  },
]);
