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
      { source: 'alkas-lcva', locator: 'page address “…-lietuvos-pasiuntinybei-maskvoje-100” (Lithuanian locative “Maskvoje”)' },
      { source: 'grits-123', locator: 'web page 123 (Russian locative «в Москве»)', quote: 'обмен ратификационными грамотами состоялся в Москве' },
      { source: 'w-pl', locator: 'lead (Polish locative “w Moskwie”)', quote: 'Wymiana dokumentów ratyfikacyjnych nastąpiła w Moskwie 14 października.' },
      { source: 'w-be-x-old', locator: 'lead (Belarusian locative «ў Маскве»)', quote: 'падпісаная 12 ліпеня 1920 году ў Маскве' },
      { source: 'mjp', locator: 'heading', quote: 'Signé à Moscou le 12 juillet 1920' },
    ],
  },
  {
    id: 'kaunas',
    name: { en: 'Kaunas', lt: 'Kaunas', ru: 'Каунас', pl: 'Kowno' },
    sources: [
      { source: 'asgaliu-nar', locator: 'biographical note (Lithuanian locative “Kaune”)', quote: 'Mirė 1927 m. rugsėjo 16 d. Kaune' },
      { source: 'grits-123', locator: 'web page 123: the convention of 6 August 1920 signed in Kaunas (per facts.md §3)' },
      { source: 'geonames-cities500', locator: 'record “Kaunas”, alternate names (not tagged by language): Kaunas, Каунас, Kowno' },
    ],
  },
  {
    id: 'vilnius',
    name: { en: 'Vilnius', lt: 'Vilnius', ru: 'Вильно', pl: 'Wilno' },
    sources: [
      { source: 'tarasenka', locator: 'summary', quote: 'they did not immediately hand over Vilnius to Lithuania, but only on August 27' },
      { source: 'slapelis', locator: 'page address “80-metu-kai-atgautas-vilnius”' },
      { source: 'kaval-43', locator: 'web page 43 (Russian genitive «из Вильно»; the 1920-era Russian form)', quote: 'из Вильно' },
      { source: 'w-pl', locator: 'lead', quote: 'obejmujące m.in. Wilno, Grodno i Lidę' },
      { source: 'spectator', locator: 'p. 3 (contemporary English form “Vilna”)', quote: 'including Grodno and Vilna, to Lithuania' },
      { source: 'geonames-cities500', locator: 'record “Vilnius”, alternate names (not tagged by language): Vilnius, Wilno, Vil\'no' },
    ],
  },
  {
    id: 'suwalki',
    name: { en: 'Suwałki', lt: 'Suvalkai', ru: 'Сувалки', pl: 'Suwałki' },
    sources: [
      { source: 'fandom-suw', locator: 'article title “Suwałki Agreement”' },
      { source: 'w-pl', locator: 'lead, on Art. II note 1 (Polish genitive “Suwałk”)', quote: 'nie regulował przynależności Suwałk ani Augustowa' },
      { source: 'geonames-cities500', locator: 'record “Suwałki”, alternate names (not tagged by language): Suwałki, Suvalkai, Сувалки' },
    ],
  },
  {
    id: 'riga',
    name: { en: 'Riga', lt: 'Ryga', ru: 'Рига', pl: 'Ryga', fr: 'Riga' },
    sources: [
      { source: 'ddi-riga', locator: 'page address “1921-18-mars-traite-de-riga”' },
      { source: 'zxc-riga', locator: 'article title “Friede von Riga (1920)”' },
      { source: 'geonames-cities500', locator: 'record “Riga”, alternate names (not tagged by language): Riga, Ryga, Рига' },
    ],
  },
  ...historyPlaceNames,
] satisfies Place[]);
