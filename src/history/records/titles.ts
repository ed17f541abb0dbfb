import type { HistoryPlaceId, HolderId } from '../../generated/history-ids.generated.js';
import type { PartyId } from '../../generated/ids.generated.js';
import { type DeepReadonly, deepFreeze } from '../../internal/deep-freeze.js';
import type { Title } from '../../schemas/history.js';

/** The places the treaty of 12 July 1920 gave Lithuania, among those followed here. */
const TREATY_PLACES: HistoryPlaceId[] = [
  'vilnius',
  'hrodna',
  'lida',
  'ashmyany',
  'svencionys',
  'braslaw',
  'pastavy',
  'smarhon',
  'druskininkai',
  'varena',
  'eisiskes',
  'trakai',
  'kaunas',
];
/** The places of the 1939 transfer to Lithuania, among those followed here. */
const TRANSFER_1939: HistoryPlaceId[] = ['vilnius', 'trakai', 'varena', 'eisiskes'];
/** The places the USSR law of 2 November 1939 put in the BSSR and that stayed there in 1940. */
const BSSR_1939: HistoryPlaceId[] = ['hrodna', 'lida', 'ashmyany', 'braslaw', 'pastavy', 'smarhon', 'augustow'];
/**
 * The places of the Wilno Land, the counties of Central Lithuania that the
 * Polish statute of 1922 names (Art. 1): the dataset's "Vilnius area" in the
 * Soviet view after the Peace of Riga. The sources do not list the places the
 * Soviet side meant by "the Vilno region".
 */
const WILNO_LAND: HistoryPlaceId[] = ['vilnius', 'ashmyany', 'svencionys', 'braslaw', 'smarhon', 'trakai', 'varena'];
/** The places the 1920 treaty gave Lithuania that lay west of the Riga line outside the Wilno Land. */
const WEST_OF_RIGA_OUTSIDE: HistoryPlaceId[] = ['hrodna', 'lida', 'pastavy', 'druskininkai', 'eisiskes'];
/** The places the BSSR gave up to the Lithuanian SSR in November 1940. */
const BSSR_TO_LSSR_1940: HistoryPlaceId[] = ['svencionys', 'druskininkai'];

const TREATY_1920 = {
  source: 'bse-vilna',
  locator: 'entry “Виленский конфликт 1920–39”',
  quote: 'По советско-литовскому договору от 12 июля 1920 г. Вильно с прилегающей областью был включен в состав Литвы.',
} as const;
const ART_I_1939 = {
  source: 'libed-bsu-1939',
  locator: 'Art. I',
  quote: 'г.Вильно и Виленская область передаются Советским Союзом Литовской Республике с включением их в состав государственной территории Литвы',
} as const;
const DZU_ART1_T = {
  source: 'dzu-1922-26-213',
  locator: 'Art. 1',
  quote: 'Ziemia Wileńska, a mianowicie powiaty: wileński, oszmiański, święciański, trocki i brasławski',
} as const;
const WB_LAW = {
  source: 'sibogni-1939',
  locator: 'p. 32, law, point 1',
  quote:
    'включить Западную Белоруссию в состав Союза Советских Социалистических Республик с воссоединением ее с Белорусской Советской Социалистической Республикой',
} as const;
const RIGA_ART_3 = {
  source: 'asa-301181',
  locator: 'Art. 3',
  quote:
    'pour autant que les territoires situés à l’ouest de la frontière fixée dans l’article 2 du présent Traité, comprennent des territoires litigieux entre la Pologne et la Lithuanie, la question de l’attribution de ces territoires à l’un de ces deux Etats, ne regarde exclusivement que la Pologne et la Lithuanie',
} as const;
const RIGA_ART_3_RENOUNCE = {
  source: 'asa-301181',
  locator: 'Art. 3',
  quote:
    "La Russie et l’Ukraine renoncent à tous droits et titres sur les territoires situés à l'ouest de la frontière fixée dans l’article 2 du présent Traité.",
} as const;
const SOVIET_NOTE_1926 = {
  source: 'latvians-swnews-07',
  locator: 'chapter “Lithuania”, on the 1926 exchange of notes',
  quote:
    'had in no way altered their (the Government of the U.S.S.R.) attitude to the territorial sovereignty of Lithuania as defined in the Soviet-Lithuanian Treaty',
} as const;
const LITHUANIAN_CONSTITUTIONS = ['lithuanian-constitution-1922', 'lithuanian-constitution-1928', 'lithuanian-constitution-1938'];
const COA_1923 = {
  source: 'asa-301266',
  locator: 'decision, part II',
  quote: 'Décide de reconnaître à la Pologne, qui accepte, tous droits de souveraineté',
} as const;

/**
 * Title to the places, by whose view: the instruments under which Lithuania,
 * Poland, the Allied Conference of Ambassadors and the Soviet side held that
 * a holder had title to them, from one day (to another). The views are kept
 * apart and never merged: for most of the period they contradict each
 * other, and several hold on the same day.
 *
 * @example
 * titles.filter((t) => t.places.includes('vilnius') && t.view === 'poland').map((t) => t.from) //=> ['1922-03-24']
 */
export const titles: DeepReadonly<(Title & { places: HistoryPlaceId[]; holder: HolderId | PartyId | null })[]> = deepFreeze<
  (Title & { places: HistoryPlaceId[]; holder: HolderId | PartyId | null })[]
>([
  // ── Lithuania's view ──────────────────────────────────────────────────────
  {
    id: 'lithuania-view-treaty-1920',
    view: 'lithuania',
    holder: 'lithuania',
    places: TREATY_PLACES,
    from: '1920-07-12',
    to: '1939-10-09',
    basis: ['treaty-signed', ...LITHUANIAN_CONSTITUTIONS],
    note: 'Interwar Lithuania held its de jure borders to be those of the 1920 treaty: it refused the Polish acts of 1922 and the decision of 1923, kept Vilnius as its capital in the constitutions of 1928 and 1938 (Kaunas being only temporary), and the 1938 constitution defines the state’s territory as the land within the borders fixed by the international treaties concluded so far. It did not recognise the loss of Vilnius de jure even when it accepted the Polish ultimatum of 1938.',
    sources: [
      {
        source: 'emokykla-konstitucija-1938',
        locator: 'Art. 2',
        quote: 'Lietuvos Valstybės teritorija yra žemės, kurių sienos nustatytos sudarytomis ligi šiol Lietuvos Valstybės tarptautinėmis sutartimis.',
      },
      { source: 'emokykla-konstitucija-1938', locator: 'Art. 6', quote: 'Lietuvos sostinė – Vilnius. Kitur ji gali būti perkelta laikinai įstatymu.' },
      { source: 'w-en', locator: 'lead', quote: 'Interwar Lithuania officially maintained that its de jure borders were those delineated by the treaty' },
      { source: 'w-en-ult1938', locator: 'lead', quote: 'Lithuania did not agree to recognize the loss of Vilnius de jure' },
      {
        source: 'kaunodiena',
        locator: 'article body, quoting the historian V. Akmenytė',
        quote: 'Lietuvos sostinė - Vilnius. Kitur ji gali būti perkelta laikinai tam tikru įstatymu.',
      },
    ],
  },
  {
    id: 'lithuania-view-transfer-1939',
    view: 'lithuania',
    holder: 'lithuania',
    places: TRANSFER_1939,
    from: '1939-10-10',
    to: '1940-06-14',
    basis: ['mutual-assistance-treaty-1939', 'mutual-assistance-treaty-1939-ratified', 'treaty-signed', 'lithuanian-constitution-1938'],
    note: 'One row for Lithuania’s view of these places after 10 October 1939: the 1939 treaty transferred Vilnius and part of the Vilnius region to Lithuania (in force from 16 October 1939), and the 1939 treaty’s preamble still names the 1920 treaty as the basis of relations.',
    sources: [
      ART_I_1939,
      { source: 'illuminats', locator: 'preamble', quote: 'в целях развития установленных Мирным Договором от 12 июля 1920 года дружественных отношений' },
      { source: 'voruta-eisiskes', locator: 'article body', quote: 'Vilnius ir mažesnioji Vilniaus krašto dalis, tad ir Eišiškės, buvo grąžintos Lietuvai' },
    ],
  },
  {
    id: 'lithuania-view-treaty-1920-after-1939',
    view: 'lithuania',
    holder: 'lithuania',
    places: TREATY_PLACES.filter((id) => !TRANSFER_1939.includes(id)),
    from: '1939-10-10',
    to: '1940-06-14',
    basis: ['treaty-signed', 'lithuanian-constitution-1938'],
    note: 'The places of the 1920 treaty that the 1939 treaty did not transfer (and Kaunas): whether the 1939 treaty changed Lithuania’s view of them was not found, so the view of the 1920 treaty and the 1938 constitution is continued.',
    sources: [
      {
        source: 'emokykla-konstitucija-1938',
        locator: 'Art. 2',
        quote: 'Lietuvos Valstybės teritorija yra žemės, kurių sienos nustatytos sudarytomis ligi šiol Lietuvos Valstybės tarptautinėmis sutartimis.',
      },
      { source: 'w-en', locator: 'lead', quote: 'Interwar Lithuania officially maintained that its de jure borders were those delineated by the treaty' },
    ],
  },
  {
    id: 'lithuania-view-klaipeda-1923',
    view: 'lithuania',
    holder: 'lithuania',
    places: ['klaipeda'],
    from: '1923-02-16',
    to: '1939-03-22',
    basis: ['conference-of-ambassadors-klaipeda-1923', 'klaipeda-convention-1924'],
    note: 'Lithuania accepted on 13 March 1923 the conditions of the Conference of Ambassadors’ decision of 16 February 1923 that assigned it the Memel Territory (it had annexed the territory on 19 January, after the revolt); the Klaipėda Convention of 8 May 1924 gave effect to the decision.',
    sources: [
      {
        source: 'unispal-memel-convention',
        locator: 'preamble',
        quote: 'taken at the Conference of their Ambassadors at Paris on February 16th, 1923, and accepted by Lithuania on March 13th, 1923',
      },
      { source: 'kiwix-klaipeda', locator: 'infobox', quote: 'Annexed by Lithuania 19 January 1923' },
    ],
  },
  {
    id: 'lithuania-view-klaipeda-1939',
    view: 'lithuania',
    holder: 'germany',
    places: ['klaipeda'],
    from: '1939-03-23',
    to: '1940-06-14',
    basis: ['klaipeda-cession-1939'],
    note: 'Lithuania ceded the territory to Germany by the treaty signed late on 22 March 1939, after the ultimatum of 20 March; the territory passed the next day.',
    variants: [
      {
        value: '1939-03-22',
        sources: [{ source: 'upi-1939-03-22', locator: 'dateline and first sentence', quote: 'Lithuania surrendered Memel to Nazi Germany today' }],
        note: 'The day of the surrender, signed late in the evening.',
      },
    ],
    sources: [
      {
        source: 'upi-1939-03-22',
        locator: 'dateline and first sentence',
        quote: 'KAUNAS, Lithuania, March 22, 1939 (UP) - Lithuania surrendered Memel to Nazi Germany today',
      },
      { source: 'gowild-1939', locator: 'introduction', quote: '1939 m. Kovo mėn. 23 dieną Klaipėdos kraštą perleidus Vokietijai' },
    ],
  },
  // ── Poland's view ─────────────────────────────────────────────────────────
  {
    id: 'poland-view-wilno-land',
    view: 'poland',
    holder: 'poland',
    places: WILNO_LAND,
    from: '1922-03-24',
    basis: ['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution', 'wilno-land-statute'],
    note: 'The Polish Legislative Sejm accepted the Wilno Sejm’s resolution and the Act of Union on 24 March 1922; the statute of 6 April 1922 (in force 13 April) names the counties of Wilno, Oszmiana, Święciany, Troki and Brasław. The Wilno Sejm’s resolution rejected the claims resting on the 1920 treaty. After September 1939 the Polish government-in-exile regarded Soviet and Lithuanian rule as occupation.',
    sources: [
      { source: 'dzu-1922-20-162', locator: 'heading', quote: 'o objęciu władzy państwowej w Ziemi Wileńskiej przez Rząd Rzeczypospolitej Polskiej' },
      DZU_ART1_T,
      {
        source: 'muzhp-uchwala',
        locator: 'resolution text, point 2',
        quote: 'które znalazły swój wyraz w traktacie litewsko-sowieckim z dnia 12 lipca 1920 r., odrzucamy i na zawsze uchylamy',
      },
      { source: 'le-asmena', locator: 'vol. I, p. 336, “Ašmenos apskritis” (Smarhon in the Oszmiana county)', quote: 'Ašmenoje ir ypač Smurgainiuose' },
      {
        source: 'w-en-varena',
        locator: 'article body (Varėna in the Wilno-Troki county)',
        quote: 'incorporated into the Wilno and Troki County of the Wilno Voivodeship',
      },
      { source: 'kiwix-vrla', locator: 'lead', quote: 'which regarded Lithuanian rule as an occupation' },
    ],
  },
  {
    id: 'poland-view-wilno-land-attached',
    view: 'poland',
    holder: 'poland',
    places: ['pastavy'],
    from: '1922-04-13',
    basis: ['wilno-land-statute'],
    note: 'Art. 8 of the statute attached the Duniłowicze county, with Pastavy, to the Wilno Land administratively; Poland had held it since November 1920 under its peace with Soviet Russia (Riga, 18 March 1921).',
    sources: [
      { source: 'dzu-1922-26-213', locator: 'Art. 8', quote: 'przyłącza się pod względem administracyjnym powiaty: dziśnieński, duniłowiczowski i wilejski' },
    ],
  },
  {
    id: 'poland-view-riga-1921',
    view: 'poland',
    holder: 'poland',
    places: ['hrodna', 'lida', 'eisiskes', 'druskininkai'],
    from: '1920-11-02',
    basis: ['riga-preliminary-peace', 'peace-of-riga'],
    note: 'Outside the Wilno Land: Hrodna (Białystok Voivodeship), Lida and Eišiškės (Nowogródek Voivodeship) and Druskininkai were on the Polish side of the line of the Riga preliminary peace of 12 October 1920 (in force from 2 November 1920) and stayed in Poland after the Peace of Riga (18 March 1921), which left Poland’s frontier with Lithuania to the two states.',
    variants: [
      {
        value: '1920-10-12',
        sources: [{ source: 'lex-riga-preliminaries', locator: 'title', quote: 'podpisana w Rydze w dniu 12 października 1920 r.' }],
        note: 'The day the preliminary peace was signed; the Dziennik Ustaw text is dated in force from 2 November.',
      },
    ],
    sources: [
      { source: 'lex-riga-preliminaries', locator: 'version note', quote: 'Wersja od: 2 listopada 1920 r.' },
      { source: 'lex-riga-preliminaries', locator: 'title', quote: 'podpisana w Rydze w dniu 12 października 1920 r.' },
      { source: 'traveltill-hrodna', locator: 'page 3', quote: 'After the Peace Treaty of Riga, Grodno remained in Poland.' },
      { source: 'encykl-naukowy-lida', locator: 'history', quote: 'W latach 1921–1945 w Polsce, w województwie nowogródzkim, siedziba powiatu lidzkiego.' },
      { source: 'zgapa-drusk', locator: 'history', quote: 'Po I wojnie światowej miasto znalazło się na terytorium Polski.' },
    ],
  },
  {
    id: 'poland-view-conference-1923',
    view: 'poland',
    holder: 'poland',
    places: ['suwalki', 'sejny', 'augustow'],
    from: '1923-03-15',
    basis: ['conference-of-ambassadors-1923'],
    note: 'Poland accepted the decision that recognised its frontier with Lithuania north of Suwałki and Sejny. Poland held these places throughout; the earlier Polish title to them (the demarcation of 1919) is not an event of this dataset.',
    sources: [COA_1923],
  },
  // ── The Conference of Ambassadors' view ───────────────────────────────────
  {
    id: 'conference-view-1923',
    view: 'conference-of-ambassadors',
    holder: 'poland',
    places: [
      'vilnius',
      'hrodna',
      'lida',
      'ashmyany',
      'svencionys',
      'braslaw',
      'pastavy',
      'smarhon',
      'druskininkai',
      'varena',
      'eisiskes',
      'trakai',
      'suwalki',
      'sejny',
      'augustow',
    ],
    from: '1923-03-15',
    basis: ['conference-of-ambassadors-1923'],
    note: 'The Allied Conference of Ambassadors recognised Poland’s frontiers with Russia and Lithuania and all rights of sovereignty over the territory between them; the League of Nations recognised it too. Lithuania and the Soviet government did not accept it. No later act of the Conference was found.',
    sources: [
      COA_1923,
      {
        source: 'fdr-psf',
        locator: 'memorandum, on the Vilnius region',
        quote: "Poland's sovereignty over it was recognized by teh principal Allied Powers and by the League of Nations but not by Lithuania.",
      },
      { source: 'pwn-ls', locator: 'entry “Litwa Środkowa”', quote: 'włączenie Litwy Środkowej do Polski zatwierdziła Konferencja Ambasadorów 1923' },
    ],
  },
  {
    id: 'allied-view-klaipeda-1920',
    view: 'conference-of-ambassadors',
    holder: 'allied-administration',
    places: ['klaipeda'],
    from: '1920-01-10',
    to: '1923-02-15',
    basis: ['treaty-of-versailles-memel'],
    note: 'By Art. 99 of the Treaty of Versailles (in force 10 January 1920) Germany renounced the Memel Territory in favour of the Principal Allied and Associated Powers, who administered it through a French administration.',
    variants: [
      {
        value: '1919-06-28',
        sources: [
          {
            source: 'frus-1919-v13-art99',
            locator: 'Art. 99',
            quote: 'Germany renounces in favour of the Principal Allied and Associated Powers all rights and title',
          },
        ],
        note: 'The day the treaty was signed; it took effect on 10 January 1920.',
      },
    ],
    sources: [
      {
        source: 'frus-1919-v13-art99',
        locator: 'Art. 99',
        quote: 'Germany renounces in favour of the Principal Allied and Associated Powers all rights and title',
      },
      {
        source: 'w-en-klaipeda-convention',
        locator: '§ “Background”',
        quote: 'according to Article 99, it was placed under a League of Nations mandate effective January 10, 1920',
      },
    ],
  },
  {
    id: 'allied-view-klaipeda-1923',
    view: 'conference-of-ambassadors',
    holder: 'lithuania',
    places: ['klaipeda'],
    from: '1923-02-16',
    to: '1939-03-22',
    basis: ['conference-of-ambassadors-klaipeda-1923', 'klaipeda-convention-1924'],
    note: 'The Conference of Ambassadors assigned the Memel Territory to Lithuania on 16 February 1923; the convention of 8 May 1924 with the four Powers made it an autonomous region under Lithuanian sovereignty. The dataset does not follow the Powers’ view after the cession of March 1939.',
    sources: [
      {
        source: 'frus-1919-v13-art99',
        locator: 'note to Art. 99',
        quote: 'The Conference of Ambassadors on February 16, 1923 assigned the territory of Memel to Lithuania',
      },
      { source: 'w-en-klaipeda-convention', locator: 'lead', quote: 'became an autonomous region under unconditional sovereignty of Lithuania' },
    ],
  },
  // ── The Soviet view ───────────────────────────────────────────────────────
  {
    id: 'soviet-view-treaty-1920',
    view: 'soviet',
    holder: 'lithuania',
    places: WILNO_LAND,
    from: '1920-07-12',
    to: '1939-10-09',
    basis: ['treaty-signed', 'non-aggression-treaty-1926'],
    note: 'By the 1920 treaty the Vilnius region was Lithuanian. The Soviet note accompanying the non-aggression treaty of 28 September 1926 declared that the Polish seizure of the Vilno region had not altered the Soviet attitude to Lithuania’s territorial sovereignty as defined in the 1920 treaty; the Soviet government did not accept the decision of 1923, and the 1939 treaty’s preamble still calls the 1920 treaty the basis of relations. The dataset counts the counties of the Wilno Land as the Vilnius region here (see the Riga record for the other places).',
    sources: [
      TREATY_1920,
      SOVIET_NOTE_1926,
      { source: 'illuminats', locator: 'preamble', quote: 'в целях развития установленных Мирным Договором от 12 июля 1920 года дружественных отношений' },
    ],
  },
  {
    id: 'soviet-view-treaty-1920-until-riga',
    view: 'soviet',
    holder: 'lithuania',
    places: WEST_OF_RIGA_OUTSIDE,
    from: '1920-07-12',
    to: '1921-03-17',
    basis: ['treaty-signed'],
    note: 'By the 1920 treaty these places, west of the later Riga line and outside the Wilno Land, were Lithuanian until the Peace of Riga.',
    sources: [TREATY_1920],
  },
  {
    id: 'soviet-view-riga-1921-no-claim',
    view: 'soviet',
    holder: null,
    leftTo: ['poland', 'lithuania'],
    places: WEST_OF_RIGA_OUTSIDE,
    from: '1921-03-18',
    to: '1939-09-16',
    basis: ['peace-of-riga'],
    note: 'No claim: by Art. 3 of the Peace of Riga Soviet Russia renounced all rights and title west of the Polish–Soviet frontier and agreed that the attribution of the territories disputed between Poland and Lithuania concerned those two states alone. The treaty entered into force on the exchange of ratifications (Art. 26), whose day is not in the pages read, so the record begins at the signature. The renunciation ended in fact with the invasion of 17 September 1939; the Soviet view of these places until the incorporation of Western Belorussia (2 November 1939) is not recorded.',
    sources: [RIGA_ART_3_RENOUNCE, RIGA_ART_3],
  },
  {
    id: 'soviet-view-kaunas',
    view: 'soviet',
    holder: 'lithuania',
    places: ['kaunas'],
    from: '1920-07-12',
    to: '1940-08-02',
    basis: ['treaty-signed'],
    note: 'Undisputed Lithuanian territory in the Soviet view until the Lithuanian SSR was admitted to the USSR.',
    sources: [TREATY_1920],
  },
  {
    id: 'soviet-view-transfer-1939',
    view: 'soviet',
    holder: 'lithuania',
    places: TRANSFER_1939,
    from: '1939-10-10',
    to: '1940-08-02',
    basis: ['mutual-assistance-treaty-1939', 'mutual-assistance-treaty-1939-ratified'],
    note: 'Transferred by the Soviet Union to the Lithuanian Republic by Art. I of the 1939 treaty.',
    sources: [ART_I_1939],
  },
  {
    id: 'soviet-view-bssr-1939',
    view: 'soviet',
    holder: 'byelorussian-ssr',
    places: BSSR_1939,
    from: '1939-11-02',
    basis: ['western-belorussia-incorporated', 'western-belorussia-oblasts-created'],
    note: 'Western Belorussia included in the USSR and reunited with the BSSR by the USSR law of 2 November 1939 (accepted by the BSSR on 14 November).',
    sources: [WB_LAW],
  },
  {
    id: 'soviet-view-bssr-1939-transferred',
    view: 'soviet',
    holder: 'byelorussian-ssr',
    places: BSSR_TO_LSSR_1940,
    from: '1939-11-02',
    to: '1940-11-24',
    basis: ['western-belorussia-incorporated', 'western-belorussia-oblasts-created'],
    note: 'In the BSSR until passed to the Lithuanian SSR in November 1940.',
    sources: [WB_LAW],
  },
  {
    id: 'soviet-view-lssr-1940',
    view: 'soviet',
    holder: 'lithuanian-ssr',
    places: [...TRANSFER_1939, 'kaunas'],
    from: '1940-08-03',
    basis: ['lithuanian-ssr-admitted'],
    note: 'The Lithuanian SSR admitted to the USSR by the law of 3 August 1940.',
    sources: [{ source: 'libussr-1940-08-03', locator: 'title', quote: 'Закон о принятии Литовской Советской Социалистической Республики' }],
  },
  {
    id: 'soviet-view-germany-1939',
    view: 'soviet',
    holder: 'germany',
    places: ['suwalki', 'sejny'],
    from: '1939-09-28',
    basis: ['german-soviet-boundary-treaty-1939'],
    note: 'Under the German–Soviet Boundary and Friendship Treaty the Suwałki region fell to Germany, and the Red Army handed it over to the Wehrmacht on 5–7 October 1939.',
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
        note: 'The hour of the actual signature in one account; the treaty bears the date of 28 September.',
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
    id: 'soviet-view-lssr-1940-11',
    view: 'soviet',
    holder: 'lithuanian-ssr',
    places: BSSR_TO_LSSR_1940,
    from: '1940-11-25',
    basis: ['bssr-lssr-border-1940', 'lithuanian-ssr-admitted'],
    note: 'Transferred from the BSSR to the Lithuanian SSR; decided in principle by the law of 3 August 1940, the BSSR raion boundaries redrawn on 25 November 1940 (other sources date the transfer 3 November).',
    sources: [
      {
        source: 'ws-ukaz-bssr-1940-11-25',
        locator: 'preamble',
        quote: 'В связи с передачей Литовской ССР части территории с преобладающим количеством литовского населения',
      },
      { source: 'svaboda-1940', locator: 'headline', quote: 'У 1940-м БССР прымусілі аддаць Друскенікі, Сьвянцяны і Салечнікі' },
    ],
  },
  // ── Germany's view ────────────────────────────────────────────────────────
  {
    id: 'germany-view-klaipeda-1939',
    view: 'germany',
    holder: 'germany',
    places: ['klaipeda'],
    from: '1939-03-23',
    basis: ['klaipeda-cession-1939'],
    note: 'Germany regained the Memel Territory under the treaty with Lithuania signed late on 22 March 1939; the territory passed on the 23rd.',
    variants: [
      {
        value: '1939-03-22',
        sources: [{ source: 'upi-1939-03-22', locator: 'dateline and first sentence', quote: 'Lithuania surrendered Memel to Nazi Germany today' }],
        note: 'The day of the surrender, signed late in the evening.',
      },
    ],
    sources: [
      {
        source: 'upi-1939-03-22',
        locator: 'article body',
        quote: 'By the surrender Germany regains 1,099 square miles of territory with a population of 152,000',
      },
      { source: 'gowild-1939', locator: 'introduction', quote: '1939 m. Kovo mėn. 23 dieną Klaipėdos kraštą perleidus Vokietijai' },
    ],
  },
  {
    id: 'germany-view-suwalki-1939',
    view: 'germany',
    holder: 'germany',
    places: ['suwalki', 'sejny'],
    from: '1939-10-26',
    basis: ['german-annexation-decree-1939', 'german-soviet-boundary-treaty-1939'],
    note: 'Annexed to the Reich (province of East Prussia) with effect from 26 October 1939 under Hitler’s decree of 8 October, in the area the German–Soviet treaty of 28 September had given Germany.',
    variants: [
      {
        value: '1939-10-08',
        sources: [
          {
            source: 'mojhistorycznyblog-1939-10-08',
            locator: 'calendar entry',
            quote: '8 października 1939 roku Adolf Hitler podpisał w Berlinie dekret o włączeniu do III Rzeszy polskich ziem zachodnich i północnych.',
          },
        ],
        note: 'The day the decree was signed; it took effect on 26 October.',
      },
    ],
    sources: [
      {
        source: 'territorial-sudauen',
        locator: 'chronology, 26 October 1939',
        quote: 'Die bisher polnischen Landkreise Augustów (teilweise) und Suwałki treten zum Deutschen Reich.',
      },
      {
        source: 'mojhistorycznyblog-1939-10-08',
        locator: 'calendar entry',
        quote: 'do prowincji Prusy Wschodnie (Ostpreussen) włączono Ciechanowskie i Suwałki',
      },
    ],
  },
]);
