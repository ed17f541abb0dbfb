import { deepFreeze } from '../internal/deep-freeze.js';
import type { Place } from '../schemas/place.js';
import { historyPlaceNames } from './places-history.js';

/**
 * The places where the events of the timeline happened, named in English,
 * Lithuanian and Russian (Polish, Belarusian and French where a source shows
 * the form). No coordinates: the geography lives only in `lt-ru-1920/border`.
 * Several sources show a name only in an inflected form (e.g. Lithuanian
 * "Maskvoje", Russian «в Москве»); the locator says so.
 *
 * @example
 * places.find((p) => p.id === 'moscow')?.name.lt //=> 'Maskva'
 */
export const places = deepFreeze([
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
      { source: 'geonames-cities500', locator: 'record “Kaunas” (geonameid 598316, https://www.geonames.org/598316), alternate names (not tagged by language): Kaunas, Каунас, Kowno' },
      { source: 'asgaliu-nar', locator: 'biographical note (Lithuanian locative “Kaune”)', quote: 'Mirė 1927 m. rugsėjo 16 d. Kaune' },
    ],
  },
  {
    id: 'vilnius',
    name: { en: 'Vilnius', lt: 'Vilnius', ru: 'Вильно', pl: 'Wilno' },
    sources: [
      { source: 'spectator', locator: 'p. 3 (contemporary English form “Vilna”)', quote: 'including Grodno and Vilna, to Lithuania' },
      { source: 'geonames-cities500', locator: 'record “Vilnius” (geonameid 593116, https://www.geonames.org/593116), alternate names (not tagged by language): Vilnius, Wilno, Vil\'no' },
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
      { source: 'geonames-cities500', locator: 'record “Suwałki” (geonameid 757718, https://www.geonames.org/757718), alternate names (not tagged by language): Suwałki, Suvalkai, Сувалки' },
      { source: 'w-pl', locator: 'lead, on Art. II note 1 (Polish genitive “Suwałk”)', quote: 'nie regulował przynależności Suwałk ani Augustowa' },
      { source: 'fandom-suw', locator: 'article title “Suwałki Agreement”' },
    ],
  },
  {
    id: 'riga',
    name: { en: 'Riga', lt: 'Ryga', ru: 'Рига', pl: 'Ryga', fr: 'Riga' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Riga” (geonameid 456172, https://www.geonames.org/456172), alternate names (not tagged by language): Riga, Ryga, Рига' },
      { source: 'ddi-riga', locator: 'title of the treaty text', quote: 'SIGNE A RIGA LE 18 MARS 1921' },
      { source: 'zxc-riga', locator: 'article title “Friede von Riga (1920)”' },
    ],
  },
  ...historyPlaceNames,
] satisfies Place[]);
