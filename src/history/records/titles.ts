import { deepFreeze } from '../../internal/deep-freeze.js';
import type { Title } from '../../schemas/history.js';

/** The places the treaty of 12 July 1920 gave Lithuania, among those followed here. */
const TREATY_PLACES = ['vilnius', 'hrodna', 'lida', 'ashmyany', 'svencionys', 'braslaw', 'pastavy', 'smarhon', 'druskininkai', 'varena', 'eisiskes', 'trakai', 'kaunas'];
/** The places of the 1939 transfer to Lithuania, among those followed here. */
const TRANSFER_1939 = ['vilnius', 'trakai', 'varena', 'eisiskes'];
/** The places the USSR law of 2 November 1939 put in the BSSR and that stayed there in 1940. */
const BSSR_1939 = ['hrodna', 'lida', 'ashmyany', 'braslaw', 'pastavy', 'smarhon', 'augustow'];
/** The places the BSSR gave up to the Lithuanian SSR in November 1940. */
const BSSR_TO_LSSR_1940 = ['svencionys', 'druskininkai'];

const TREATY_1920 = { source: 'bse-vilna', locator: 'entry “Виленский конфликт 1920–39”', quote: 'По советско-литовскому договору от 12 июля 1920 г. Вильно с прилегающей областью был включен в состав Литвы.' } as const;
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
  quote: 'включить Западную Белоруссию в состав Союза Советских Социалистических Республик с воссоединением ее с Белорусской Советской Социалистической Республикой',
} as const;
const COA_1923 = { source: 'asa-301266', locator: 'decision, part II', quote: 'Décide de reconnaître à la Pologne, qui accepte, tous droits de souveraineté' } as const;

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
export const titles = deepFreeze([
  // ── Lithuania's view ──────────────────────────────────────────────────────
  {
    id: 'lithuania-view-treaty-1920', view: 'lithuania', holder: 'lithuania', places: TREATY_PLACES, from: '1920-07-12', to: '1940-06-14',
    basis: ['treaty-signed'],
    note: 'Interwar Lithuania held its de jure borders to be those of the 1920 treaty: it refused the Polish acts of 1922 and the decision of 1923, kept Vilnius as its capital in the 1928 Constitution (Kaunas being only temporary) and did not recognise the loss of Vilnius de jure even when it accepted the Polish ultimatum of 1938. Whether the 1939 treaty changed this view for the places left outside it was not found.',
    sources: [
      { source: 'w-en', locator: 'lead', quote: 'Interwar Lithuania officially maintained that its de jure borders were those delineated by the treaty' },
      { source: 'kaunodiena', locator: 'article body, quoting the historian V. Akmenytė', quote: 'Lietuvos sostinė - Vilnius. Kitur ji gali būti perkelta laikinai tam tikru įstatymu.' },
      { source: 'w-en-ult1938', locator: 'lead', quote: 'Lithuania did not agree to recognize the loss of Vilnius de jure' },
    ],
  },
  {
    id: 'lithuania-view-transfer-1939', view: 'lithuania', holder: 'lithuania', places: TRANSFER_1939, from: '1939-10-10', to: '1940-06-14',
    basis: ['mutual-assistance-treaty-1939', 'mutual-assistance-treaty-1939-ratified'],
    note: 'The 1939 treaty transferred Vilnius and part of the Vilnius region to Lithuania, in force from 16 October 1939.',
    sources: [ART_I_1939, { source: 'voruta-eisiskes', locator: 'article body', quote: 'Vilnius ir mažesnioji Vilniaus krašto dalis, tad ir Eišiškės, buvo grąžintos Lietuvai' }],
  },
  // ── Poland's view ─────────────────────────────────────────────────────────
  {
    id: 'poland-view-wilno-land', view: 'poland', holder: 'poland', places: ['vilnius', 'ashmyany', 'svencionys', 'braslaw', 'smarhon', 'trakai', 'varena'], from: '1922-03-24',
    basis: ['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution', 'wilno-land-statute'],
    note: 'The Polish Legislative Sejm accepted the Wilno Sejm’s resolution and the Act of Union on 24 March 1922; the statute of 6 April 1922 (in force 13 April) names the counties of Wilno, Oszmiana, Święciany, Troki and Brasław. The Wilno Sejm’s resolution rejected the claims resting on the 1920 treaty. After September 1939 the Polish government-in-exile regarded Soviet and Lithuanian rule as occupation.',
    sources: [
      { source: 'dzu-1922-20-162', locator: 'heading', quote: 'o objęciu władzy państwowej w Ziemi Wileńskiej przez Rząd Rzeczypospolitej Polskiej' },
      DZU_ART1_T,
      { source: 'muzhp-uchwala', locator: 'resolution text, point 2', quote: 'które znalazły swój wyraz w traktacie litewsko-sowieckim z dnia 12 lipca 1920 r., odrzucamy i na zawsze uchylamy' },
      { source: 'le-asmena', locator: 'vol. I, p. 336, “Ašmenos apskritis” (Smarhon in the Oszmiana county)', quote: 'Ašmenoje ir ypač Smurgainiuose' },
      { source: 'w-en-varena', locator: 'article body (Varėna in the Wilno-Troki county)', quote: 'incorporated into the Wilno and Troki County of the Wilno Voivodeship' },
      { source: 'kiwix-vrla', locator: 'lead', quote: 'which regarded Lithuanian rule as an occupation' },
    ],
  },
  {
    id: 'poland-view-wilno-land-attached', view: 'poland', holder: 'poland', places: ['pastavy'], from: '1922-04-13',
    basis: ['wilno-land-statute'],
    note: 'Art. 8 of the statute attached the Duniłowicze county, with Pastavy, to the Wilno Land administratively; Poland had held it since November 1920 under its peace with Soviet Russia (Riga, 18 March 1921).',
    sources: [{ source: 'dzu-1922-26-213', locator: 'Art. 8', quote: 'przyłącza się pod względem administracyjnym powiaty: dziśnieński, duniłowiczowski i wilejski' }],
  },
  {
    id: 'poland-view-riga-1921', view: 'poland', holder: 'poland', places: ['hrodna', 'lida', 'eisiskes', 'druskininkai'], from: '1921-03-18',
    basis: ['peace-of-riga'],
    note: 'Outside the Wilno Land: Hrodna (Białystok Voivodeship), Lida and Eišiškės (Nowogródek Voivodeship) and Druskininkai stayed in Poland after the Peace of Riga, which left Poland’s frontier with Lithuania to the two states.',
    sources: [
      { source: 'traveltill-hrodna', locator: 'page 3', quote: 'After the Peace Treaty of Riga, Grodno remained in Poland.' },
      { source: 'encykl-naukowy-lida', locator: 'history', quote: 'W latach 1921–1945 w Polsce, w województwie nowogródzkim, siedziba powiatu lidzkiego.' },
      { source: 'zgapa-drusk', locator: 'history', quote: 'Po I wojnie światowej miasto znalazło się na terytorium Polski.' },
    ],
  },
  {
    id: 'poland-view-conference-1923', view: 'poland', holder: 'poland', places: ['suwalki', 'sejny', 'augustow'], from: '1923-03-15',
    basis: ['conference-of-ambassadors-1923'],
    note: 'Poland accepted the decision that recognised its frontier with Lithuania north of Suwałki and Sejny. Poland held these places throughout; the earlier Polish title to them (the demarcation of 1919) is not an event of this dataset.',
    sources: [COA_1923],
  },
  // ── The Conference of Ambassadors' view ───────────────────────────────────
  {
    id: 'conference-view-1923', view: 'conference-of-ambassadors', holder: 'poland',
    places: ['vilnius', 'hrodna', 'lida', 'ashmyany', 'svencionys', 'braslaw', 'pastavy', 'smarhon', 'druskininkai', 'varena', 'eisiskes', 'trakai', 'suwalki', 'sejny', 'augustow'],
    from: '1923-03-15',
    basis: ['conference-of-ambassadors-1923'],
    note: 'The Allied Conference of Ambassadors recognised Poland’s frontiers with Russia and Lithuania and all rights of sovereignty over the territory between them; the League of Nations recognised it too. Lithuania and the Soviet government did not accept it. No later act of the Conference was found.',
    sources: [
      COA_1923,
      { source: 'fdr-psf', locator: 'memorandum, on the Vilnius region', quote: 'Poland\'s sovereignty over it was recognized by teh principal Allied Powers and by the League of Nations but not by Lithuania.' },
      { source: 'pwn-ls', locator: 'entry “Litwa Środkowa”', quote: 'włączenie Litwy Środkowej do Polski zatwierdziła Konferencja Ambasadorów 1923' },
    ],
  },
  // ── The Soviet view ───────────────────────────────────────────────────────
  {
    id: 'soviet-view-treaty-1920', view: 'soviet', holder: 'lithuania', places: TREATY_PLACES.filter((id) => id !== 'kaunas'), from: '1920-07-12', to: '1939-10-09',
    basis: ['treaty-signed'],
    note: 'By the 1920 treaty the Vilnius region was Lithuanian; the Soviet government did not accept the decision of 1923, and the 1939 treaty’s preamble still calls the 1920 treaty the basis of relations. Whether the Soviet side counted Hrodna, Lida, Pastavy and Druskininkai, west of its 1921 frontier with Poland, as Lithuanian after the Peace of Riga is not settled by the sources found.',
    sources: [
      TREATY_1920,
      { source: 'illuminats', locator: 'preamble', quote: 'в целях развития установленных Мирным Договором от 12 июля 1920 года дружественных отношений' },
    ],
  },
  {
    id: 'soviet-view-kaunas', view: 'soviet', holder: 'lithuania', places: ['kaunas'], from: '1920-07-12', to: '1940-08-02',
    basis: ['treaty-signed'],
    note: 'Undisputed Lithuanian territory in the Soviet view until the Lithuanian SSR was admitted to the USSR.',
    sources: [TREATY_1920],
  },
  {
    id: 'soviet-view-transfer-1939', view: 'soviet', holder: 'lithuania', places: TRANSFER_1939, from: '1939-10-10', to: '1940-08-02',
    basis: ['mutual-assistance-treaty-1939', 'mutual-assistance-treaty-1939-ratified'],
    note: 'Transferred by the Soviet Union to the Lithuanian Republic by Art. I of the 1939 treaty.',
    sources: [ART_I_1939],
  },
  {
    id: 'soviet-view-bssr-1939', view: 'soviet', holder: 'byelorussian-ssr', places: BSSR_1939, from: '1939-11-02',
    basis: ['western-belorussia-incorporated', 'western-belorussia-oblasts-created'],
    note: 'Western Belorussia included in the USSR and reunited with the BSSR by the USSR law of 2 November 1939 (accepted by the BSSR on 14 November).',
    sources: [WB_LAW],
  },
  {
    id: 'soviet-view-bssr-1939-transferred', view: 'soviet', holder: 'byelorussian-ssr', places: BSSR_TO_LSSR_1940, from: '1939-11-02', to: '1940-11-24',
    basis: ['western-belorussia-incorporated', 'western-belorussia-oblasts-created'],
    note: 'In the BSSR until passed to the Lithuanian SSR in November 1940.',
    sources: [WB_LAW],
  },
  {
    id: 'soviet-view-lssr-1940', view: 'soviet', holder: 'lithuanian-ssr', places: [...TRANSFER_1939, 'kaunas'], from: '1940-08-03',
    basis: ['lithuanian-ssr-admitted'],
    note: 'The Lithuanian SSR admitted to the USSR by the law of 3 August 1940.',
    sources: [{ source: 'libussr-1940-08-03', locator: 'title', quote: 'Закон о принятии Литовской Советской Социалистической Республики' }],
  },
  {
    id: 'soviet-view-lssr-1940-11', view: 'soviet', holder: 'lithuanian-ssr', places: BSSR_TO_LSSR_1940, from: '1940-11-25',
    basis: ['bssr-lssr-border-1940', 'lithuanian-ssr-admitted'],
    note: 'Transferred from the BSSR to the Lithuanian SSR; decided in principle by the law of 3 August 1940, the BSSR raion boundaries redrawn on 25 November 1940 (other sources date the transfer 3 November).',
    sources: [
      { source: 'ws-ukaz-bssr-1940-11-25', locator: 'preamble', quote: 'В связи с передачей Литовской ССР части территории с преобладающим количеством литовского населения' },
      { source: 'svaboda-1940', locator: 'headline', quote: 'У 1940-м БССР прымусілі аддаць Друскенікі, Сьвянцяны і Салечнікі' },
    ],
  },
] satisfies Title[]);
