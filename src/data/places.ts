import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { Place } from '../schemas/place.js';

/**
 * The places where the events of the timeline happened, and the places
 * `lt-ru-1920/history` follows, named in English, Lithuanian and Russian
 * (Polish, Belarusian and French where a source shows the form): every
 * place's names are written here and only here. No coordinates: positions
 * live in `historyPlaces` of `lt-ru-1920/history` and the line in
 * `lt-ru-1920/border`.
 * Several sources show a name only in an inflected form (e.g. Lithuanian
 * "Maskvoje", Russian «в Москве»); the locator says so.
 *
 * @example
 * places.find((p) => p.id === 'moscow')?.name.lt //=> 'Maskva'
 */
export const places: DeepReadonly<Place[]> = deepFreeze<Place[]>([
  {
    id: 'moscow',
    name: { en: 'Moscow', lt: 'Maskva', ru: 'Москва', pl: 'Moskwa', be: 'Масква', fr: 'Moscou' },
    sources: [
      { source: 'bfsp-1121', locator: 'p. 1121, heading', quote: 'Moscow, July 12, 1920.' },
      { source: 'mjp', locator: 'heading', quote: 'Signé à Moscou le 12 juillet 1920' },
      { source: 'grits-123', locator: 'web page 123 (Russian locative «в Москве»)', quote: 'обмен ратификационными грамотами состоялся в Москве' },
      {
        source: 'lcva-paroda',
        locator: 'first paragraph (Lithuanian locative “Maskvoje”)',
        quote: 'virtualios parodos „Lietuvos pasiuntinybei Maskvoje – 100“',
      },
      { source: 'w-pl', locator: 'lead (Polish locative “w Moskwie”)', quote: 'Wymiana dokumentów ratyfikacyjnych nastąpiła w Moskwie 14 października.' },
      { source: 'w-be-x-old', locator: 'lead (Belarusian locative «ў Маскве»)', quote: 'падпісаная 12 ліпеня 1920 году ў Маскве' },
    ],
  },
  {
    id: 'kaunas',
    name: { en: 'Kaunas', lt: 'Kaunas', ru: 'Каунас', pl: 'Kowno' },
    sources: [
      {
        source: 'geonames-cities500',
        locator: 'record “Kaunas” (geonameid 598316, https://www.geonames.org/598316), alternate names (not tagged by language): Kaunas, Каунас, Kowno',
      },
      { source: 'asgaliu-nar', locator: 'biographical note (Lithuanian locative “Kaune”)', quote: 'Mirė 1927 m. rugsėjo 16 d. Kaune' },
    ],
  },
  {
    id: 'vilnius',
    name: { en: 'Vilnius', lt: 'Vilnius', ru: 'Вильно', pl: 'Wilno' },
    sources: [
      { source: 'spectator', locator: 'p. 3 (contemporary English form “Vilna”)', quote: 'including Grodno and Vilna, to Lithuania' },
      {
        source: 'geonames-cities500',
        locator: "record “Vilnius” (geonameid 593116, https://www.geonames.org/593116), alternate names (not tagged by language): Vilnius, Wilno, Vil'no",
      },
      { source: 'w-pl', locator: 'lead', quote: 'obejmujące m.in. Wilno, Grodno i Lidę' },
      { source: 'kaval-43', locator: 'web page 43 (Russian genitive «из Вильно»; the 1920-era Russian form)', quote: 'из Вильно' },
      { source: 'tarasenka', locator: 'summary', quote: 'they did not immediately hand over Vilnius to Lithuania, but only on August 27' },
      { source: 'slapelis', locator: 'title “80 metų, kai atgautas Vilnius”', quote: '80 metų, kai atgautas Vilnius' },
    ],
  },
  {
    id: 'suwalki',
    name: { en: 'Suwałki', lt: 'Suvalkai', ru: 'Сувалки', pl: 'Suwałki' },
    sources: [
      {
        source: 'geonames-cities500',
        locator: 'record “Suwałki” (geonameid 757718, https://www.geonames.org/757718), alternate names (not tagged by language): Suwałki, Suvalkai, Сувалки',
      },
      { source: 'w-pl', locator: 'lead, on Art. II note 1 (Polish genitive “Suwałk”)', quote: 'nie regulował przynależności Suwałk ani Augustowa' },
      { source: 'fandom-suw', locator: 'article title “Suwałki Agreement”' },
    ],
  },
  {
    id: 'riga',
    name: { en: 'Riga', lt: 'Ryga', ru: 'Рига', pl: 'Ryga', fr: 'Riga' },
    sources: [
      {
        source: 'geonames-cities500',
        locator: 'record “Riga” (geonameid 456172, https://www.geonames.org/456172), alternate names (not tagged by language): Riga, Ryga, Рига',
      },
      { source: 'ddi-riga', locator: 'title of the treaty text', quote: 'SIGNE A RIGA LE 18 MARS 1921' },
      { source: 'zxc-riga', locator: 'article title “Friede von Riga (1920)”' },
    ],
  },
  // ── The places lt-ru-1920/history follows, besides those named above ─────
  // (their positions are in src/history/records/places.ts)
  {
    id: 'hrodna',
    name: { en: 'Hrodna', lt: 'Gardinas', ru: 'Гродно', pl: 'Grodno', be: 'Гродна' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Hrodna” (geonameid 627904, https://www.geonames.org/627904), name and alternate names (not tagged by language): Hrodna, Gardinas, Гродно, Grodno, Гродна',
      },
    ],
  },
  {
    id: 'lida',
    name: { en: 'Lida', lt: 'Lyda', ru: 'Лида', pl: 'Lida', be: 'Ліда' },
    sources: [
      {
        source: 'geonames-cities500',
        locator: 'record “Lida” (geonameid 626081, https://www.geonames.org/626081), name and alternate names (not tagged by language): Lida, Lyda, Лида, Ліда',
      },
    ],
  },
  {
    id: 'ashmyany',
    name: { en: 'Ashmyany', lt: 'Ašmena', ru: 'Ошмяны', pl: 'Oszmiana', be: 'Ашмяны' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Ashmyany” (geonameid 630515, https://www.geonames.org/630515), name and alternate names (not tagged by language): Ashmyany, Ašmena, Ошмяны, Oszmiana, Ашмяны',
      },
    ],
  },
  {
    id: 'svencionys',
    name: { en: 'Švenčionys', lt: 'Švenčionys', ru: 'Швенченис', pl: 'Święciany', be: 'Сьвянцяны' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Švenčionys” (geonameid 594064, https://www.geonames.org/594064), name and alternate names (not tagged by language): Švenčionys, Швенченис, Święciany',
      },
      { source: 'svaboda-1940', locator: 'headline (Belarusian, Taraškievica spelling)', quote: 'Друскенікі, Сьвянцяны і Салечнікі' },
    ],
    editorial: ['name.pl'],
  },
  {
    id: 'braslaw',
    name: { en: 'Braslaw', lt: 'Breslauja', ru: 'Браслав', pl: 'Brasław', be: 'Браслаў' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Braslaw” (geonameid 629640, https://www.geonames.org/629640), name and alternate names (not tagged by language): Braslaw, Breslauja, Браслав, Brasław, Браслаў',
      },
    ],
  },
  {
    id: 'pastavy',
    name: { en: 'Pastavy', lt: 'Pastovys', ru: 'Поставы', pl: 'Postawy', be: 'Паставы' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Pastavy” (geonameid 623760, https://www.geonames.org/623760), name and alternate names (not tagged by language): Pastavy, Pastovys, Поставы, Postawy, Паставы',
      },
    ],
  },
  {
    id: 'smarhon',
    name: { en: 'Smarhon', lt: 'Smurgainys', ru: 'Сморгонь', pl: 'Smorgonie', be: 'Смаргонь' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Smarhoń” (geonameid 621713, https://www.geonames.org/621713), name and alternate names (not tagged by language): Smarhon, Smurgainys, Сморгонь, Smorgonie, Смаргонь',
      },
    ],
    editorial: ['name.en'],
  },
  {
    id: 'druskininkai',
    name: { en: 'Druskininkai', lt: 'Druskininkai', ru: 'Друскининкай', pl: 'Druskieniki', be: 'Друскенікі' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Druskininkai” (geonameid 599757, https://www.geonames.org/599757), name and alternate names (not tagged by language): Druskininkai, Друскининкай, Druskieniki',
      },
      { source: 'svaboda-1940', locator: 'headline (Belarusian, Taraškievica spelling)', quote: 'Друскенікі, Сьвянцяны і Салечнікі' },
    ],
  },
  {
    id: 'varena',
    name: { en: 'Varėna', lt: 'Varėna', ru: 'Варена', pl: 'Orany', be: 'Варэна' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Varėna” (geonameid 593406, https://www.geonames.org/593406), name and alternate names (not tagged by language): Varėna, Варена, Orany, Варэна',
      },
    ],
  },
  {
    id: 'eisiskes',
    name: { en: 'Eišiškės', lt: 'Eišiškės', ru: 'Эйшишкес', pl: 'Ejszyszki' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Eišiškės” (geonameid 599614, https://www.geonames.org/599614), name and alternate names (not tagged by language): Eišiškės, Эйшишкес, Ejszyszki',
      },
    ],
  },
  {
    id: 'trakai',
    name: { en: 'Trakai', lt: 'Trakai', ru: 'Тракай', pl: 'Troki', be: 'Трокі' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Trakai” (geonameid 593871, https://www.geonames.org/593871), name and alternate names (not tagged by language): Trakai, Тракай, Troki, Трокі',
      },
    ],
  },
  {
    id: 'sejny',
    name: { en: 'Sejny', lt: 'Seinai', ru: 'Сейны', pl: 'Sejny' },
    sources: [
      {
        source: 'geonames-cities500',
        locator: 'record “Sejny” (geonameid 759503, https://www.geonames.org/759503), name and alternate names (not tagged by language): Sejny, Seinai, Сейны',
      },
    ],
  },
  {
    id: 'augustow',
    name: { en: 'Augustów', lt: 'Augustavas', ru: 'Августов', pl: 'Augustów' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Augustów” (geonameid 776597, https://www.geonames.org/776597), name and alternate names (not tagged by language): Augustów, Augustavas, Августов',
      },
    ],
  },
  {
    id: 'klaipeda',
    name: { en: 'Klaipėda', lt: 'Klaipėda', ru: 'Клайпеда', pl: 'Kłajpeda' },
    sources: [
      {
        source: 'geonames-cities500',
        locator:
          'record “Klaipėda” (geonameid 598098, https://www.geonames.org/598098), name and alternate names (not tagged by language): Klaipėda, Клайпеда, Kłajpeda',
      },
    ],
  },
]);
