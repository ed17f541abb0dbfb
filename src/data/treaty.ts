import { eventDates } from '../generated/dates.generated.js';
import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Treaty } from '../schemas/treaty.js';
import type { TreatyName } from '../schemas/treaty-name.js';
import { articles } from './articles.js';
import { parties } from './parties.js';
import { ratifications } from './ratifications.js';
import { registration } from './registration.js';
import { signatories } from './signatories.js';

/** Every name of the treaty the research found, by language. */
const names: TreatyName[] = [
  {
    language: 'en',
    name: 'Treaty of Peace between Lithuania and Russia',
    kind: 'title',
    sources: [{ source: 'bfsp-1121', locator: 'p. 1121, heading', quote: 'TREATY OF PEACE between Lithuania and Russia.-' }],
  },
  {
    language: 'en',
    name: 'Soviet–Lithuanian Peace Treaty',
    kind: 'common-name',
    sources: [
      {
        source: 'bakanov',
        locator: 'title of the article (written with a hyphen, not an en dash)',
        quote: 'Realization of the Soviet-Lithuanian Peace Treaty in 1920',
      },
      { source: 'w-en', locator: 'title “Soviet–Lithuanian Peace Treaty”', quote: 'The Soviet–Lithuanian Peace Treaty, also known as the Moscow Peace Treaty' },
      { source: 'histle', locator: 'data/labels.en.json, entry Q29321', quote: '"name": "Soviet–Lithuanian Peace Treaty"' },
    ],
  },
  {
    language: 'en',
    name: 'Moscow Peace Treaty',
    kind: 'other',
    sources: [{ source: 'w-en', locator: 'first sentence', quote: 'also known as the Moscow Peace Treaty' }],
  },
  {
    language: 'en',
    name: 'Soviet-Lithuanian Treaty of 1920',
    kind: 'encyclopedia-title',
    sources: [{ source: 'uncens-2007', locator: 'title “Soviet-Lithuanian Treaty of 1920” (English Wikipedia in 2007; now a redirect)' }],
  },
  {
    language: 'en',
    name: 'Treaty of Moscow',
    kind: 'other',
    sources: [{ source: 'ewh', locator: 'entry on Lithuania', quote: 'The Treaty of Moscow brought to an end Russian-Lithuanian hostilities.' }],
  },
  {
    language: 'ru',
    name: 'Мирный договор между Россией и Литвой',
    kind: 'title',
    sources: [
      { source: 'dvp-toc', locator: 'doc. 12', quote: '12. Мирный договор между Россией и Литвой' },
      { source: 'dvp-stud', locator: 'title', quote: 'Мирный договор между Россией и Литвой' },
      { source: 'helpiks', locator: 'Art. 1 of the 1926 treaty', quote: 'Мирный договор между Россией и Литвой, заключенный в Москве 12 июля 1920 г.' },
    ],
  },
  {
    language: 'ru',
    name: 'Московский договор (РСФСР — Литва, 1920)',
    kind: 'encyclopedia-title',
    sources: [
      {
        source: 'perc-pt',
        locator: 'page address (the Russian Wikipedia title, seen only in machine-translated mirrors)',
        quote: 'Московский_договор_(РСФСР_—_Литва,_1920)',
      },
      { source: 'wiki7-ro', locator: 'page address, percent-decoded (the Russian Wikipedia title)', quote: 'Московский_договор_(РСФСР_—_Литва,_1920)' },
    ],
  },
  {
    language: 'ru',
    name: 'Московский договор РСФСР — Литва (1920)',
    kind: 'other',
    sources: [
      {
        source: 'perc-pl',
        locator: 'page address, percent-decoded (a variant of the Russian Wikipedia title, probably a redirect)',
        quote: 'Московский_договор_РСФСР_—_Литва_(1920)',
      },
    ],
  },
  {
    language: 'lt',
    name: 'Lietuvos–Sovietų Rusijos taikos sutartis',
    kind: 'common-name',
    sources: [
      { source: 'km-secret', locator: 'page heading (genitive)', quote: 'Lietuvos – Sovietų Rusijos taikos sutarties antrojo straipsnio slaptas priedas' },
      {
        source: 'lcva-paroda',
        locator: 'notice: title of the first part of the exhibition (genitive)',
        quote: 'Lietuvos–Sovietų Rusijos taikos sutarties sudarymas',
      },
    ],
  },
  {
    language: 'lt',
    name: 'Lietuvos–Sovietų Rusijos 1920 m. liepos 12 d. taikos sutartis',
    kind: 'other',
    sources: [
      { source: 'km-secret', locator: 'page heading (date and name)', quote: '1920 m. liepos 12 d. | Lietuvos – Sovietų Rusijos taikos sutarties' },
      {
        source: 'lcva-paroda',
        locator: 'notice: documents shown (the two treaties share “sutartys”)',
        quote: 'Lietuvos–Sovietų Rusijos 1920 m. liepos 12 d. taikos ir Lietuvos–SSRS nepuolimo ir neutraliteto 1926 m. rugsėjo 28 d. sutartys',
      },
    ],
  },
  {
    language: 'lt',
    name: 'Lietuvos-Tarybų Rusijos taikos sutartis',
    kind: 'encyclopedia-title',
    sources: [{ source: 'w-lt', locator: 'title “Lietuvos-Tarybų Rusijos taikos sutartis”' }],
  },
  {
    language: 'lt',
    name: 'Lietuvos ir Sovietų Rusijos taikos sutartis',
    kind: 'other',
    sources: [{ source: 'w-lt', locator: 'first sentence', quote: 'Lietuvos ir Sovietų Rusijos taikos sutartis, pasirašyta 1920 m. liepos 12 d. Maskvoje' }],
  },
  {
    language: 'lt',
    name: 'Taikos sutartis',
    kind: 'other',
    sources: [{ source: 'km-secret', locator: 'secret supplement to Art. II, how it refers to the treaty (genitive)', quote: 'pagal šią Taikos sutartį' }],
  },
  {
    language: 'lt',
    name: '1920 m. Taikos sutartis',
    kind: 'other',
    sources: [
      { source: 'lituanistika-99327', locator: 'abstract: the short name the article uses', quote: '(toliau – 1920 m. Taikos sutartis, Taikos sutartis)' },
    ],
  },
  {
    language: 'pl',
    name: 'Traktat litewsko-sowiecki (1920)',
    kind: 'encyclopedia-title',
    sources: [{ source: 'w-pl', locator: 'title “Traktat litewsko-sowiecki (1920)”' }],
  },
  {
    language: 'pl',
    name: 'traktat pokojowy podpisany 12 lipca 1920 w Moskwie',
    kind: 'other',
    sources: [{ source: 'w-pl', locator: 'first sentence (descriptive name)', quote: 'traktat pokojowy podpisany 12 lipca 1920 w Moskwie' }],
  },
  {
    language: 'pl',
    name: 'Sowiecko-litewski traktat pokojowy',
    kind: 'other',
    sources: [
      { source: 'w-pl-qwe', locator: 'machine translation of the English Wikipedia title (low confidence)', quote: 'Sowiecko-litewski traktat pokojowy' },
    ],
  },
  {
    language: 'pl',
    name: 'traktat pokojowy w Moskwie',
    kind: 'other',
    sources: [{ source: 'w-pl-qwe', locator: 'machine translation of the English Wikipedia lead (low confidence)', quote: 'traktat pokojowy w Moskwie' }],
  },
  {
    language: 'be-tarask',
    name: 'Маскоўская дамова (1920)',
    kind: 'encyclopedia-title',
    sources: [{ source: 'w-be-x-old', locator: 'title “Маскоўская дамова (1920)”' }],
  },
  {
    language: 'be-tarask',
    name: 'Маскоўскі мір 1920 году',
    kind: 'other',
    sources: [{ source: 'w-be-x-old', locator: 'infobox heading', quote: 'Маскоўскі мір 1920 году' }],
  },
  {
    language: 'be-tarask',
    name: 'Маскоўская мірная дамова 1920 году',
    kind: 'other',
    sources: [{ source: 'w-be-x-old', locator: 'first sentence', quote: 'Маскоўская мірная дамова 1920 году' }],
  },
  {
    language: 'be',
    name: 'Дамова паміж Літвой і РСФСР 1920 г.',
    kind: 'other',
    sources: [{ source: 'novychas', locator: 'picture caption (low confidence)', quote: 'Дамова паміж Літвой і РСФСР 1920 г.' }],
  },
  {
    language: 'uk',
    name: 'Литовсько-радянський мирний договір',
    kind: 'encyclopedia-title',
    sources: [{ source: 'w-uk', locator: 'title “Литовсько-радянський мирний договір”' }],
  },
  {
    language: 'uk',
    name: 'Радянсько-литовський мирний договір',
    kind: 'other',
    sources: [{ source: 'w-uk', locator: 'first sentence', quote: 'Радянсько-литовський мирний договір, також відомий як Московський мирний договір' }],
  },
  {
    language: 'uk',
    name: 'Московський мирний договір',
    kind: 'other',
    sources: [{ source: 'w-uk', locator: 'first sentence', quote: 'також відомий як Московський мирний договір' }],
  },
  {
    language: 'fr',
    name: 'Traité de paix entre la Lituanie et la Russie',
    kind: 'title',
    sources: [{ source: 'mjp', locator: 'heading', quote: 'Traité de paix entre la Lituanie et la Russie.' }],
  },
  {
    language: 'it',
    name: 'Trattato di Mosca (1920 Urss-Lituania)',
    kind: 'encyclopedia-title',
    sources: [{ source: 'w-it', locator: 'title “Trattato di Mosca (1920 Urss-Lituania)” (the article contains errors)' }],
  },
  {
    language: 'pl',
    name: 'traktat litewsko-sowiecki z dnia 12 lipca 1920 r.',
    kind: 'other',
    sources: [
      {
        source: 'muzhp-uchwala',
        locator: 'resolution of the Wilno Sejm of 20 February 1922, point 2 (locative)',
        quote: 'które znalazły swój wyraz w traktacie litewsko-sowieckim z dnia 12 lipca 1920 r.',
      },
    ],
  },
];

/**
 * The Soviet–Lithuanian Peace Treaty of 12 July 1920 as one record: its
 * names, dates (read from the event records), parties, signatories,
 * ratifications, League of Nations registration and articles, with what the
 * research looked for and did not find.
 *
 * @example
 * treaty.signedOn //=> '1920-07-12'
 * treaty.enteredIntoForceOn //=> '1920-10-14'
 */
export const treaty: DeepReadonly<Treaty> = deepFreeze<DeepReadonly<Treaty>>({
  id: 'soviet-lithuanian-peace-treaty-1920',
  names,
  signedOn: eventDates['treaty-signed'].date,
  signedAt: 'moscow',
  ratificationsExchangedOn: eventDates['ratifications-exchanged'].date,
  enteredIntoForceOn: eventDates['entry-into-force'].date,
  parties,
  signatories,
  ratifications,
  registration,
  articles,
  authenticLanguages: {
    value: ['lt', 'ru'],
    confidence: 'low',
    sources: [
      {
        source: 'w-be-x-old',
        locator: 'infobox field “Мовы” (the only source; the final clause of the treaty was not seen)',
        quote: 'Мовы летувіская, расейская',
      },
    ],
  },
  wikidata: {
    id: 'Q29321',
    confidence: 'low',
    note: 'Rests on one dataset (built from Wikimedia’s “On this day” feed, which keys pages by their Wikidata item) and was not checked on wikidata.org. An unrelated ISO 639 language table gives the same id Q29321 to the Afar language; one of the two is wrong, and only wikidata.org can tell which.',
    sources: [
      {
        source: 'histle',
        locator: 'data/labels.en.json (built from Wikimedia’s “On this day” feed); not checked on wikidata.org',
        quote: '"Q29321": { "name": "Soviet–Lithuanian Peace Treaty", "aliases": ["Moscow Peace Treaty"]',
      },
    ],
  },
  unknown: [
    'Time of day of the signing',
    'LNTS registration number and UN Treaty Collection (LON) identifier',
    'First page in LNTS vol. 3 checked against the printed volume',
    'Official Lithuanian title as printed in 1920 and its publication in “Vyriausybės žinios”',
    'Final clause: authentic languages and number of original copies',
    'Full text of Article II and texts of Articles III–V, IX and XVI–XIX and of the additions to Articles II, V and VII',
    'Wikidata ids of the eight signatories',
    'Area of the territory recognised to Lithuania, from a primary or scholarly source',
    'Whether the treaty was ever formally terminated',
    'Lithuanian signatory of the Kaunas convention of 6 August 1920',
  ],
  sources: [
    { source: 'bfsp-1121', locator: 'pp. 1121 ff., English translation' },
    { source: 'dvp-toc', locator: 'doc. 12, table of contents', quote: '12. Мирный договор между Россией и Литвой' },
    { source: 'w-en', locator: 'first sentence', quote: 'was signed between Lithuania and Soviet Russia on July 12, 1920' },
    { source: 'tfdd', locator: 'LNTS English translation (transcription), preamble', quote: 'RUSSIA on the one part and LITHUANIA on the other part' },
    { source: 'dvp-stud', locator: 'Russian text, title', quote: 'Мирный договор между Россией и Литвой' },
  ],
});
