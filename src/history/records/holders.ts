import type { HolderId } from '../../generated/history-ids.generated.js';
import { type DeepReadonly, deepFreeze } from '../../internal/deep-freeze.js';
import type { Holder } from '../../schemas/history.js';

/**
 * The powers besides the treaty's two parties (`parties` of `lt-ru-1920`:
 * `rsfsr`, `lithuania`) that held or claimed the places of the history,
 * 1920–1940. A period's `controller` and a title's `holder` are the id of a
 * holder or of a party. Names are given in the form the cited sources use
 * (nominative where they show an inflected form, as the locator says); forms
 * no source shows are listed in `editorial`.
 *
 * @example
 * holders.find((h) => h.id === 'ussr')?.abbreviation //=> 'USSR'
 */
export const holders: DeepReadonly<(Holder & { id: HolderId })[]> = deepFreeze<(Holder & { id: HolderId })[]>([
  {
    id: 'poland',
    name: { en: 'Poland', lt: 'Lenkija', ru: 'Польша', pl: 'Polska' },
    note: 'The Republic of Poland (the Second Polish Republic).',
    sources: [
      { source: 'dzu-1922-20-162', locator: 'heading (Polish genitive “Rzeczypospolitej Polskiej”)', quote: 'przez Rząd Rzeczypospolitej Polskiej' },
      { source: 'fdr-psf', locator: 'memorandum, on the Vilnius region', quote: "Poland's sovereignty over it was recognized" },
      { source: 'drusk-muz-2018', locator: 'exhibition text (Lithuanian genitive “Lenkijos”)', quote: 'jėga prijungti prie Lenkijos' },
    ],
    editorial: ['name.ru', 'name.pl'],
  },
  {
    id: 'central-lithuania',
    name: { en: 'Central Lithuania', lt: 'Vidurio Lietuva', ru: 'Срединная Литва', pl: 'Litwa Środkowa', uk: 'Серединна Литва' },
    note: 'The state proclaimed by General Żeligowski in the Vilnius region on 12 October 1920, formally independent but set up by Polish troops and dependent on Poland (a copy of the Ukrainian Wikipedia calls it a puppet state), governed by the Provisional Governing Commission until the Wilno Land passed to Polish state administration in April 1922.',
    dependentOn: 'poland',
    sources: [
      { source: 'pwn-ls', locator: 'entry title and definition', quote: 'niezależny formalnie organizm państwowy' },
      {
        source: 'pwn-ls',
        locator: 'entry “Litwa Środkowa”',
        quote: 'powstały 12 X 1920 na obszarze Wileńszczyzny w wyniku akcji zbrojnej oddziałów gen. L. Żeligowskiego',
      },
      { source: 'eet-rcl', locator: 'title', quote: 'Republic of Central Lithuania' },
      { source: 'wiki7-pl-cl', locator: 'title', quote: 'Срединная Литва' },
      { source: 'profilpelajar-uk-cl', locator: 'title', quote: 'Серединна Литва' },
      { source: 'profilpelajar-uk-cl', locator: 'infobox', quote: 'маріонеткова держава' },
      { source: 'profilpelajar-uk-cl', locator: 'lead', quote: 'залежне державне утворення (жовтень 1920 — березень 1922)' },
    ],
    editorial: ['name.lt'],
  },
  {
    id: 'ussr',
    name: { en: 'Soviet Union', lt: 'Sovietų Sąjunga', ru: 'Советский Союз' },
    abbreviation: 'USSR',
    note: 'The Union of Soviet Socialist Republics (from December 1922; before it, the RSFSR). Its Byelorussian and Lithuanian republics are separate holders only in titles (the Soviet view); in fact the places were held by the USSR.',
    sources: [
      { source: 'sibogni-1939', locator: 'p. 32, law, point 1 (genitive)', quote: 'в состав Союза Советских Социалистических Республик' },
      { source: 'libed-bsu-1939', locator: 'Art. I (Russian instrumental “Советским Союзом”)', quote: 'передаются Советским Союзом Литовской Республике' },
      {
        source: 'voruta-eisiskes',
        locator: 'article body (Lithuanian instrumental “Sovietų Sąjunga”)',
        quote: 'savitarpio pagalbos su Sovietų Sąjunga sutartį',
      },
      { source: 'kiwix-mat', locator: 'lead', quote: 'signed between the Soviet Union and Lithuania' },
    ],
  },
  {
    id: 'byelorussian-ssr',
    name: { en: 'Byelorussian SSR', lt: 'Baltarusijos TSR', ru: 'Белорусская ССР' },
    abbreviation: 'BSSR',
    note: 'The Byelorussian Soviet Socialist Republic, a republic of the USSR; in the Soviet view it held title to Western Belorussia from November 1939.',
    dependentOn: 'ussr',
    sources: [
      {
        source: 'sibogni-1939',
        locator: 'p. 32, law, point 1',
        quote:
          'включить Западную Белоруссию в состав Союза Советских Социалистических Республик с воссоединением ее с Белорусской Советской Социалистической Республикой',
      },
      { source: 'libussr-1940-08-03', locator: 'point 2 (genitive)', quote: 'Верховного Совета Белорусской ССР' },
      { source: 'ltwiki-svenc-r1940', locator: '§ “Istorija” (genitive)', quote: 'Baltarusijos TSR Pastovių rajonui' },
    ],
    editorial: ['name.en'],
  },
  {
    id: 'lithuanian-ssr',
    name: { en: 'Lithuanian SSR', lt: 'Lietuvos TSR', ru: 'Литовская ССР' },
    abbreviation: 'LSSR',
    note: 'The Lithuanian Soviet Socialist Republic, admitted to the USSR on 3 August 1940.',
    dependentOn: 'ussr',
    sources: [
      { source: 'libussr-1940-08-03', locator: 'title', quote: 'Закон о принятии Литовской Советской Социалистической Республики' },
      { source: 'ws-ukaz-bssr-1940-11-25', locator: 'title (genitive)', quote: 'границы между Литовской и Белорусской ССР' },
      { source: 'trivia-vileyka', locator: 'article body, on November 1940', quote: 'were transferred to the Lithuanian SSR' },
    ],
    editorial: ['name.lt'],
  },
  {
    id: 'germany',
    name: { en: 'Germany', lt: 'Vokietija', ru: 'Германия', pl: 'Niemcy' },
    note: 'The German Reich.',
    sources: [
      { source: 'upi-1939-03-22', locator: 'headline', quote: 'gives up Memel to Germany' },
      { source: 'gowild-1939', locator: 'introduction (Lithuanian dative “Vokietijai”)', quote: 'Klaipėdos kraštą perleidus Vokietijai' },
    ],
    editorial: ['name.ru', 'name.pl'],
  },
  {
    id: 'allied-administration',
    name: { en: 'Allied administration', lt: 'Sąjungininkų administracija', ru: 'Союзная администрация', fr: 'Administration alliée' },
    note: 'The Klaipėda (Memel) Territory, detached from Germany by the Treaty of Versailles, under the Principal Allied Powers and a provisional French administration until January 1923.',
    sources: [
      {
        source: 'versailles-1919-fr',
        locator: 'Art. 99, first paragraph (Section X “Memel”)',
        quote: "L'Allemagne renonce, en faveur des Principales Puissances alliées et associées, à tous droits et titres",
      },
      { source: 'knowledger-klrev', locator: 'article body', quote: 'Se colocó bajo la administración francesa provisional' },
    ],
    editorial: ['name.en', 'name.lt', 'name.ru', 'name.fr'],
  },
]);
