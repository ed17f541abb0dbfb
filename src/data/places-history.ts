import type { Place } from '../schemas/place.js';

/**
 * The names of the places that `lt-ru-1920/history` follows, besides those
 * the timeline already names (Vilnius, Kaunas, Suwałki): English, Lithuanian,
 * Russian, Polish and, where a source shows it, Belarusian. No coordinates:
 * their positions live in `lt-ru-1920/history`. Not frozen here: `places`
 * spreads them in.
 *
 * @example
 * ```ts
 * historyPlaceNames.find((p) => p.id === 'hrodna')?.name.pl; //=> 'Grodno'
 * ```
 */
export const historyPlaceNames = [
  {
    id: 'hrodna',
    name: { en: 'Hrodna', lt: 'Gardinas', ru: 'Гродно', pl: 'Grodno', be: 'Гродна' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Hrodna” (geonameid 627904, https://www.geonames.org/627904), name and alternate names (not tagged by language): Hrodna, Gardinas, Гродно, Grodno, Гродна' },
    ],
  },
  {
    id: 'lida',
    name: { en: 'Lida', lt: 'Lyda', ru: 'Лида', pl: 'Lida', be: 'Ліда' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Lida” (geonameid 626081, https://www.geonames.org/626081), name and alternate names (not tagged by language): Lida, Lyda, Лида, Ліда' },
    ],
  },
  {
    id: 'ashmyany',
    name: { en: 'Ashmyany', lt: 'Ašmena', ru: 'Ошмяны', pl: 'Oszmiana', be: 'Ашмяны' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Ashmyany” (geonameid 630515, https://www.geonames.org/630515), name and alternate names (not tagged by language): Ashmyany, Ašmena, Ошмяны, Oszmiana, Ашмяны' },
    ],
  },
  {
    id: 'svencionys',
    name: { en: 'Švenčionys', lt: 'Švenčionys', ru: 'Швенченис', pl: 'Święciany', be: 'Сьвянцяны' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Švenčionys” (geonameid 594064, https://www.geonames.org/594064), name and alternate names (not tagged by language): Švenčionys, Швенченис, Święciany' },
      { source: 'svaboda-1940', locator: 'headline (Belarusian, Taraškievica spelling)', quote: 'Друскенікі, Сьвянцяны і Салечнікі' },
    ],
    editorial: ['name.pl'],
  },
  {
    id: 'braslaw',
    name: { en: 'Braslaw', lt: 'Breslauja', ru: 'Браслав', pl: 'Brasław', be: 'Браслаў' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Braslaw” (geonameid 629640, https://www.geonames.org/629640), name and alternate names (not tagged by language): Braslaw, Breslauja, Браслав, Brasław, Браслаў' },
    ],
  },
  {
    id: 'pastavy',
    name: { en: 'Pastavy', lt: 'Pastovys', ru: 'Поставы', pl: 'Postawy', be: 'Паставы' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Pastavy” (geonameid 623760, https://www.geonames.org/623760), name and alternate names (not tagged by language): Pastavy, Pastovys, Поставы, Postawy, Паставы' },
    ],
  },
  {
    id: 'smarhon',
    name: { en: 'Smarhon', lt: 'Smurgainys', ru: 'Сморгонь', pl: 'Smorgonie', be: 'Смаргонь' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Smarhoń” (geonameid 621713, https://www.geonames.org/621713), name and alternate names (not tagged by language): Smarhon, Smurgainys, Сморгонь, Smorgonie, Смаргонь' },
    ],
    editorial: ['name.en'],
  },
  {
    id: 'druskininkai',
    name: { en: 'Druskininkai', lt: 'Druskininkai', ru: 'Друскининкай', pl: 'Druskieniki', be: 'Друскенікі' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Druskininkai” (geonameid 599757, https://www.geonames.org/599757), name and alternate names (not tagged by language): Druskininkai, Друскининкай, Druskieniki' },
      { source: 'svaboda-1940', locator: 'headline (Belarusian, Taraškievica spelling)', quote: 'Друскенікі, Сьвянцяны і Салечнікі' },
    ],
  },
  {
    id: 'varena',
    name: { en: 'Varėna', lt: 'Varėna', ru: 'Варена', pl: 'Orany', be: 'Варэна' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Varėna” (geonameid 593406, https://www.geonames.org/593406), name and alternate names (not tagged by language): Varėna, Варена, Orany, Варэна' },
    ],
  },
  {
    id: 'eisiskes',
    name: { en: 'Eišiškės', lt: 'Eišiškės', ru: 'Эйшишкес', pl: 'Ejszyszki' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Eišiškės” (geonameid 599614, https://www.geonames.org/599614), name and alternate names (not tagged by language): Eišiškės, Эйшишкес, Ejszyszki' },
    ],
  },
  {
    id: 'trakai',
    name: { en: 'Trakai', lt: 'Trakai', ru: 'Тракай', pl: 'Troki', be: 'Трокі' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Trakai” (geonameid 593871, https://www.geonames.org/593871), name and alternate names (not tagged by language): Trakai, Тракай, Troki, Трокі' },
    ],
  },
  {
    id: 'sejny',
    name: { en: 'Sejny', lt: 'Seinai', ru: 'Сейны', pl: 'Sejny' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Sejny” (geonameid 759503, https://www.geonames.org/759503), name and alternate names (not tagged by language): Sejny, Seinai, Сейны' },
    ],
  },
  {
    id: 'augustow',
    name: { en: 'Augustów', lt: 'Augustavas', ru: 'Августов', pl: 'Augustów' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Augustów” (geonameid 776597, https://www.geonames.org/776597), name and alternate names (not tagged by language): Augustów, Augustavas, Августов' },
    ],
  },
  {
    id: 'klaipeda',
    name: { en: 'Klaipėda', lt: 'Klaipėda', ru: 'Клайпеда', pl: 'Kłajpeda' },
    sources: [
      { source: 'geonames-cities500', locator: 'record “Klaipėda” (geonameid 598098, https://www.geonames.org/598098), name and alternate names (not tagged by language): Klaipėda, Клайпеда, Kłajpeda' },
    ],
  },
] satisfies Place[];
