import { deepFreeze } from '../../internal/deep-freeze.js';
import type { ControlPeriod } from '../../schemas/history.js';

// Citations shared by several places.
const DZU_ART1 = {
  source: 'dzu-1922-26-213',
  locator: 'Art. 1',
  quote: 'Ziemia Wileńska, a mianowicie powiaty: wileński, oszmiański, święciański, trocki i brasławski',
} as const;
const DZU_IN_FORCE = { source: 'dzu-1922-26-213', locator: 'version note', quote: 'Wersja od: 13 kwietnia 1922 r.' } as const;
const PWN_1939 = { source: 'pwn', locator: 'entry “Wileński Kraj”', quote: 'po agresji ZSRR na Polskę (17 IX 1939)' } as const;
const MUZEUM_1940 = {
  source: 'muzeum1939',
  locator: 'article body',
  quote: '15 czerwca 1940 oddziały Armii Czerwonej siłą przejęły kontrolę nad Litwą.',
} as const;
const VILEYKA_1939 = {
  source: 'trivia-vileyka',
  locator: 'article body, on the oblast created in December 1939',
  quote: 'Initially the region consisted of Vileyka, Ashmyany, Braslaw, Dzisna, Pastavy, and Sventiany districts.',
} as const;
const SUDAUEN_ANNEX = {
  source: 'territorial-sudauen',
  locator: 'chronology, 26 October 1939',
  quote: 'Die bisher polnischen Landkreise Augustów (teilweise) und Suwałki treten zum Deutschen Reich.',
} as const;
const SUDAUEN_OCCUPATION = {
  source: 'territorial-sudauen',
  locator: 'chronology, 5–7 October 1939',
  quote: 'polnischen Gebietes Suwałki bis zur Demarkationslinie',
} as const;
const OSZMIANA_COUNTY = {
  source: 'plwiki-powiat-oszmianski',
  locator: 'lead',
  quote: '9 października 1920 r. północna część przyłączona do Litwy Środkowej.',
} as const;
const OSZMIANA_SOUTH = {
  source: 'plwiki-powiat-oszmianski',
  locator: 'lead',
  quote: 'z południowej części (gminy: Traby, Wiszniów, Bakszty, Naliboki, Wołożyn, Derewna, Juraciszki, Zabrzezie, Połoczany, Ługomowicze, Iwje, Lipniszki, Sobotniki i Siedliszcze) utworzono powiat wołożyński',
} as const;
const CL_FROM_PROCLAMATION =
  'Central Lithuanian from its proclamation on 12 October 1920, as for Vilnius; the page dates the attachment of the county’s northern part to 9 October, the day Żeligowski took Vilnius (a variant).';
const SEPTEMBER_1939 =
  'The Soviet invasion began on 17 September 1939; the day the Red Army reached this place was not found, so the rest of September is left open.';

/**
 * Who held each of the 17 places, in fact, from the signing of the treaty
 * (12 July 1920) to the end of 1940: one record per place and stretch of
 * time, both ends inclusive, in place order and date order. The periods of a
 * place cover the whole range with no gap and no overlap; a stretch the
 * sources do not settle is a period with `controller: null` and a note that
 * says what is known. `event` is the record in `events` that began the
 * period; where the period starts on another day than the event, the note
 * says why.
 *
 * @example
 * controlPeriods.find((p) => p.place === 'vilnius' && p.from === '1920-10-12')?.controller //=> 'central-lithuania'
 */
export const controlPeriods = deepFreeze([
  // ── Vilnius ───────────────────────────────────────────────────────────────
  {
    id: 'vilnius-1920-07-12', place: 'vilnius', from: '1920-07-12', to: '1920-07-13', controller: 'poland', event: null, confidence: 'medium',
    note: 'Held by the Polish army when the treaty was signed; the Poles defended the city against the Red Army on 14 July.',
    sources: [
      {
        source: 'grits-74',
        locator: 'web page 74 (the capture of Vilnius on 14 July 1920)',
        quote: 'Красноармейцы захватили в городе на складах много оружия и боеприпасов, которые не успели вывезти польские войска.',
      },
      { source: 'grits-74', locator: 'web page 74', quote: 'Столь быстрое падение Вильни стало неприятным сюрпризом для польского командования.' },
      { source: 'plwiki-obrona-wilna-1920', locator: 'infobox of “Obrona Wilna (1920)”, field “Wynik”', quote: 'zwycięstwo Sowietów' },
    ],
  },
  {
    id: 'vilnius-1920-07-14', place: 'vilnius', from: '1920-07-14', to: '1920-08-25', controller: 'rsfsr', event: 'red-army-takes-vilnius', confidence: 'medium',
    note: 'Soviet administration of the city; first Lithuanian troops arrived on 15 July, with the city already in Soviet hands.',
    sources: [
      { source: 'grits-loveread', locator: 'web page 99', quote: 'с 14 июля до 26 августа 1920 года' },
      {
        source: 'huwiki-diff-plw1',
        locator: 'added English text, July 1920',
        quote: 'By the time first Lithuanian troops entered the city on July 15, it was already secured by the Soviets.',
      },
    ],
  },
  {
    id: 'vilnius-1920-08-26', place: 'vilnius', from: '1920-08-26', to: '1920-10-08', controller: 'lithuania', event: 'soviet-evacuation-of-vilnius', confidence: 'medium',
    note: 'The Red Army evacuated the city on 26 August; sources date the Lithuanian takeover 26, 27 or 28 August.',
    variants: [
      {
        value: '1920-08-27',
        sources: [
          { source: 'ngopole', locator: 'article body', quote: 'terenów przekazanych jej 27 sierpnia 1920 r. przez bolszewików' },
          { source: 'tarasenka', locator: 'summary', quote: 'they did not immediately hand over Vilnius to Lithuania, but only on August 27' },
        ],
        note: 'The day of the formal handover in these accounts; the evacuation and the Lithuanian presence begin on 26 August.',
      },
      {
        value: '1920-08-28',
        sources: [{ source: 'helpnk-hy', locator: 'article body', quote: 'օգոստոսի 28-ին Լիտվայի զորքերը մտան քաղաք' }],
        note: 'A machine translation of the Russian Wikipedia; the day the Lithuanian troops entered, after the evacuation of the 26th.',
      },
    ],
    sources: [
      { source: 'grits-loveread', locator: 'web page 99', quote: 'с 14 июля до 26 августа 1920 года' },
      { source: 'huwiki-diff-plw2', locator: 'article body, October 1920', quote: 'Vilnius, amely augusztus 26-a óta litván kézen van' },
    ],
  },
  {
    id: 'vilnius-1920-10-09', place: 'vilnius', from: '1920-10-09', to: '1920-10-11', controller: 'poland', event: 'zeligowski-takes-vilnius', confidence: 'medium',
    note: 'Held by General Żeligowski’s 1st Lithuanian-Belarusian Division of the Polish army, nominally in mutiny; the Suwałki line had left the city on the Lithuanian side.',
    sources: [
      { source: 'ipn-walkaogranice', locator: 'page “Bunt Żeligowskiego”', quote: '9 października 1920 r. odbiły Wilno z rąk litewskich' },
      { source: 'onwar', locator: 'chronology, 1920', quote: 'captured Vilna by surprise (October 9, 1920)' },
      { source: 'ipn-2022', locator: 'article body', quote: 'pozostawało po stronie litewskiej' },
    ],
  },
  {
    id: 'vilnius-1920-10-12', place: 'vilnius', from: '1920-10-12', to: '1922-04-12', controller: 'central-lithuania', event: 'central-lithuania-proclaimed', confidence: 'medium',
    note: 'Capital of Central Lithuania, governed by the Provisional Governing Commission with the Polish army. The Wilno Sejm voted for union with Poland on 20 February 1922 and the Polish Sejm accepted it on 24 March; Polish state administration began on 13 April 1922.',
    sources: [
      { source: 'pwn-ls', locator: 'entry “Litwa Środkowa”', quote: 'powstały 12 X 1920 na obszarze Wileńszczyzny w wyniku akcji zbrojnej oddziałów gen. L. Żeligowskiego' },
      { source: 'pwn-tkr', locator: 'entry “Tymczasowa Komisja Rządząca Litwy Środkowej”', quote: 'powołana 12 X 1920 na mocy dekretu gen. L. Żeligowskiego' },
    ],
  },
  {
    id: 'vilnius-1922-04-13', place: 'vilnius', from: '1922-04-13', to: '1939-09-18', controller: 'poland', event: 'wilno-land-statute', confidence: 'high',
    note: 'The statute of 6 April 1922 took effect on 13 April: the Wilno Land (capital Vilnius) under Polish state power; from 20 January 1926 the Wilno Voivodeship.',
    variants: [
      {
        value: '1922-04-18',
        sources: [
          { source: 'eet-rcl', locator: 'lead', quote: 'It was incorporated into Poland on 18 April 1922.' },
          { source: 'zhp-1922', locator: 'article body', quote: 'Litwę Środkową przyłączono do Polski 18 kwietnia 1922 r.' },
        ],
        note: 'The date infoboxes and popular pages give for the incorporation; no act of that day was found (one page speaks of ceremonies in Vilnius). The statute was in force from 13 April.',
      },
      {
        value: '1922-03-24',
        sources: [{ source: 'dzu-1922-20-162', locator: 'operative paragraph', quote: 'wzywa Rząd, aby niezwłocznie objął sprawowanie władzy państwowej w Ziemi Wileńskiej' }],
        note: 'The Polish Sejm’s resolution: the start of title in Poland’s view, not of Polish state administration, which the Sejm called on the government to take over.',
      },
    ],
    sources: [
      DZU_ART1,
      DZU_IN_FORCE,
      { source: 'refract-wilnoland', locator: 'lead', quote: 'Wilno Land was a district of Poland, with capital in Vilnius, that existed from 13 April 1922 until 20 January 1926.' },
    ],
  },
  {
    id: 'vilnius-1939-09-19', place: 'vilnius', from: '1939-09-19', to: '1939-10-27', controller: 'ussr', event: 'soviet-invasion-of-poland-1939', confidence: 'medium',
    note: 'The Red Army took the city in the afternoon of 19 September after fighting on 18–19 September. No act incorporating it into the BSSR was found; it was transferred to Lithuania by the treaty of 10 October.',
    sources: [PWN_1939, { source: 'kresy1939-wilno', locator: 'map note', quote: 'W godzinach popołudniowych 19 września 1939 r. najeźdźcy opanowali miasto.' }],
  },
  {
    id: 'vilnius-1939-10-28', place: 'vilnius', from: '1939-10-28', to: '1940-06-14', controller: 'lithuania', event: 'lithuanian-army-enters-vilnius-1939', confidence: 'medium',
    note: 'Lithuanian troops entered the city on 28 October as Soviet troops left; the Polish government-in-exile regarded Lithuanian rule as an occupation. The capital stayed in Kaunas.',
    sources: [
      { source: 'meltyukhov-plazdarm', locator: 'chapter on the transfer of the Vilnius region, the agreed order on the relief of the Red Army (note 406): point 4', quote: 'В гор. Вильно части Литовской армии входят головными частями [в] 13.00 и главными силами [в] 15.00 (по московскому времени) 28 октября 1939 года.' },
      { source: 'pwn', locator: 'entry “Wileński Kraj”', quote: 'zachodnia część Wileńszczyzny wraz z Wilnem została przekazana Litwie przez ZSRR' },
      { source: 'naszczas-2019', locator: 'article body, quoting Gazeta Codzienna of 25 November 1939', quote: 'W dniu 28 października wkroczyły do Wilna wojska litewskie i wycofały się zeń wojska sowieckie.' },
      { source: 'tysol-1939', locator: 'headline', quote: '28 października 1939 r. – wkroczenie wojsk litewskich do Wilna' },
    ],
  },
  {
    id: 'vilnius-1940-06-15', place: 'vilnius', from: '1940-06-15', to: '1940-12-31', controller: 'ussr', event: 'soviet-occupation-of-lithuania-1940', kind: 'occupation', confidence: 'medium',
    note: 'Soviet occupation of Lithuania; from 3 August 1940 the city was in the Lithuanian SSR, part of the USSR.',
    sources: [MUZEUM_1940],
  },
  // ── Hrodna ────────────────────────────────────────────────────────────────
  {
    id: 'hrodna-1920-07-12', place: 'hrodna', from: '1920-07-12', to: '1920-07-18', controller: 'poland', event: null, confidence: 'medium',
    note: 'Held by Poland; the Polish defence of the city against the Red Army began on 18 July.',
    sources: [{ source: 'twojahistoria-grodno', locator: 'entry title', quote: 'Obrona Grodna (18-25 lipca 1920)' }],
  },
  {
    id: 'hrodna-1920-07-19', place: 'hrodna', from: '1920-07-19', to: '1920-09-25', controller: 'rsfsr', event: null, confidence: 'medium',
    note: 'The Red Army broke into the city on 19 July (no event record); a Polish counter-attack on 20 July failed. No Lithuanian authority was ever set up in the city, although the treaty gave it to Lithuania.',
    sources: [
      { source: 'twojahistoria-grodno', locator: 'entry body', quote: 'Drugi atak przyniósł bolszewikom powodzenie, zdobyli jeden z fortów, a następnie wdarli się do miasta.' },
      { source: 'w-en-grodno-1920', locator: 'lead', quote: 'the town was captured by Russian forces, despite repeated counter-attacks by Polish infantry, tanks and armoured trains' },
      { source: 'helpnk-hy', locator: 'article body', quote: 'հուլիսի 19-ին՝ Գրոդնոն' },
      { source: 'traveltill-hrodna', locator: 'page 3', quote: 'Lithuanian authority was never established in the city.' },
    ],
  },
  {
    id: 'hrodna-1920-09-26', place: 'hrodna', from: '1920-09-26', to: '1939-09-21', controller: 'poland', event: 'battle-of-the-niemen', confidence: 'medium',
    note: 'Polish troops entered the city in the night of 25/26 September 1920; from 1921 in the Białystok Voivodeship.',
    variants: [
      {
        value: '1920-09-23',
        sources: [{ source: 'traveltill-hrodna', locator: 'page 3', quote: 'On September 23 the Polish Army recaptured the city.' }],
        note: 'A single mirror page; three other sources give the night of 25/26 September (one other account even puts the Polish return in October).',
      },
    ],
    sources: [
      { source: 'huwiki-diff-plw2', locator: 'article body, September 1920', quote: 'Szeptember 26-án a lengyelek kezére került Hrodna' },
      { source: 'stowrkw', locator: 'article body', quote: 'W nocy z 25 na 26 września 1920 r. Polacy wkroczyli do Grodna' },
    ],
  },
  {
    id: 'hrodna-1939-09-22', place: 'hrodna', from: '1939-09-22', to: '1940-12-31', controller: 'ussr', event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'The Red Army reached the city on 20 September and had in the main taken it by the end of 21 September; from November 1939 in the BSSR, which kept it in 1940.',
    sources: [{ source: 'kresy1939-grodno', locator: 'map note', quote: 'Pod koniec dnia 21 września Grodno w zasadzie zostało zdobyte' }],
  },
  // ── Lida ──────────────────────────────────────────────────────────────────
  {
    id: 'lida-1920-07-12', place: 'lida', from: '1920-07-12', to: '1920-07-16', controller: null, event: null, confidence: 'low',
    note: 'Not settled: the Red Army “returned” on 17 July, which implies it had been driven out before; who held the town on 12 July is not stated.',
    sources: [{ source: 'wikisum-lida', locator: 'summary, 1920', quote: 'On 17 July 1920, the Red Army returned' }],
  },
  {
    id: 'lida-1920-07-17', place: 'lida', from: '1920-07-17', to: '1920-09-27', controller: 'rsfsr', event: null, confidence: 'low',
    note: 'The Red Army entered on 17 July (no event record). The same summary says it retreated in August, which the accounts of the fighting for Lida on 28–29 September contradict.',
    sources: [{ source: 'wikisum-lida', locator: 'summary, 1920', quote: 'On 17 July 1920, the Red Army returned' }],
  },
  {
    id: 'lida-1920-09-28', place: 'lida', from: '1920-09-28', to: '1939-09-16', controller: 'poland', event: 'battle-of-the-niemen', confidence: 'low',
    note: 'Taken by the Polish army after the fighting of 28–29 September 1920; from 1921 the seat of the Lida county of the Nowogródek Voivodeship, not part of the Wilno Land.',
    sources: [
      { source: 'niezalezna-lupaszka', locator: 'article body', quote: '28 września po ciężkich walkach wyzwolono prastarą Lidę' },
      { source: 'profilpelajar-lida', locator: 'lead', quote: 'сражение за Лиду, которое произошло 28 — 29 сентября 1920 года' },
      { source: 'encykl-naukowy-lida', locator: 'history', quote: 'W latach 1921–1945 w Polsce, w województwie nowogródzkim, siedziba powiatu lidzkiego.' },
    ],
  },
  {
    id: 'lida-1939-09-17', place: 'lida', from: '1939-09-17', to: '1940-12-31', controller: 'ussr', event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'A single biographical page dates the Soviet entry to 17 September 1939, the first day of the invasion; not corroborated. From November 1939 in the BSSR (Baranavichy oblast).',
    sources: [
      { source: 'plwiki-obw-bar', locator: 'lead, list of counties', quote: 'w skład obwodu weszło 9 powiatów przedwojennej Polski' },
      { source: 'tpzl-lida1939', locator: 'biography', quote: 'Po wejściu sowietów do Lidy 17 września 1939r' },
    ],
  },
  // ── Ashmyany ──────────────────────────────────────────────────────────────
  {
    id: 'ashmyany-1920-07-12', place: 'ashmyany', from: '1920-07-12', to: '1920-10-06', controller: null, event: null, confidence: 'low',
    note: 'Not settled. The Red Army held the town before the Polish 2nd Army took it on 7 October 1920, but the day it arrived in July 1920 was not found.',
    sources: [
      { source: 'grits-itexts-30', locator: 'web page 30 of 43', quote: 'Продвигаясь на север, 7 октября войска 2-й польской армии заняли Ошмяны и Солы, вблизи литовской границы' },
    ],
  },
  {
    id: 'ashmyany-1920-10-07', place: 'ashmyany', from: '1920-10-07', to: '1920-10-11', controller: 'poland', event: null, confidence: 'medium',
    note: 'Taken from the Red Army by the Polish 2nd Army on 7 October 1920 (no event record), in the advance north after the Battle of the Niemen.',
    sources: [
      { source: 'grits-itexts-30', locator: 'web page 30 of 43', quote: 'Продвигаясь на север, 7 октября войска 2-й польской армии заняли Ошмяны и Солы, вблизи литовской границы' },
    ],
  },
  {
    id: 'ashmyany-1920-10-12', place: 'ashmyany', from: '1920-10-12', to: '1922-04-12', controller: 'central-lithuania', event: 'central-lithuania-proclaimed', kind: 'administration', confidence: 'low',
    note: `The northern part of the Oszmiana county, with the town, went to Central Lithuania; its southern communes became the Wołożyn county on 12 December 1920. ${CL_FROM_PROCLAMATION}`,
    variants: [{ value: '1920-10-09', sources: [OSZMIANA_COUNTY], note: 'The day the page gives for the attachment; Central Lithuania was proclaimed on 12 October.' }],
    sources: [DZU_ART1, OSZMIANA_COUNTY, OSZMIANA_SOUTH],
  },
  {
    id: 'ashmyany-1922-04-13', place: 'ashmyany', from: '1922-04-13', to: '1939-09-16', controller: 'poland', event: 'wilno-land-statute', confidence: 'high',
    note: 'The Oszmiana county under Polish state power from the statute’s entry into force on 13 April 1922; later in the Wilno Voivodeship.',
    sources: [DZU_ART1, DZU_IN_FORCE, { source: 'pwn-oszmiana', locator: 'entry “Oszmiana”', quote: 'w okresie międzywojennym w granicach Polski' }],
  },
  {
    id: 'ashmyany-1939-09-17', place: 'ashmyany', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [{ source: 'pwn-oszmiana', locator: 'entry “Oszmiana”', quote: 'IX 1939–41 pod okupacją sowiecką' }],
  },
  {
    id: 'ashmyany-1939-10-01', place: 'ashmyany', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, kind: 'occupation', confidence: 'medium',
    note: 'Under Soviet occupation from September 1939; from November 1939 in the BSSR (Vileyka oblast). In November 1940 parts of the raion went to the Lithuanian SSR; the town stayed in the BSSR.',
    sources: [{ source: 'pwn-oszmiana', locator: 'entry “Oszmiana”', quote: 'IX 1939–41 pod okupacją sowiecką' }, VILEYKA_1939],
  },
  // ── Švenčionys ────────────────────────────────────────────────────────────
  {
    id: 'svencionys-1920-07-12', place: 'svencionys', from: '1920-07-12', to: '1920-08-06', controller: 'rsfsr', event: null, confidence: 'medium',
    note: 'Taken on 9 July 1920 by Gai’s 3rd Cavalry Corps, which seized rich stores there, after the battle of 8–9 July (no event record; the Red Army also won at nearby Švenčionėliai on 10 July). Soviet-held at least until the Soviet–Lithuanian convention of 6 August 1920 provided for handing the Švenčionys area to Lithuania; the day of the handover was not found.',
    sources: [
      { source: 'grits-ebooker-88', locator: 'web page 88', quote: 'В тот же день 3-й Конный корпус занял Свенцяны и захватил там на фронтовых складах богатые трофеи.' },
      { source: 'grits-ebooker-88', locator: 'web page 88', quote: 'Смолевичи 9 июля заняли войска 16-й армии «красных».' },
      { source: 'plwiki-swieciany-1920', locator: 'infobox field “Wynik”', quote: 'zwycięstwo Sowietów' },
      { source: 'plwiki-swieciany-1920', locator: 'infobox field “Czas”', quote: '8–9 lipca 1920' },
      { source: 'plwiki-zel', locator: 'revision text', quote: 'konwencję w sprawie przekazania Litwinom rejonu Święcian' },
      { source: 'cryer-svencioneliai', locator: 'history', quote: 'On 10 July 1920, it was the site of a battle of the Polish–Soviet War, won by the Russians.' },
    ],
  },
  {
    id: 'svencionys-1920-08-07', place: 'svencionys', from: '1920-08-07', to: '1920-10-11', controller: null, event: 'kaunas-convention', confidence: 'low',
    note: 'Not settled: the convention of 6 August 1920 provided for handing the Švenčionys area to Lithuania, but the day the Red Army left the town and whether Lithuanian troops held it before October were not found. One encyclopaedia counts the region as Polish-occupied from 1919.',
    sources: [
      { source: 'vle-svenc', locator: 'entry “Švenčionių apskritis”', quote: '1919–39 priklausė Lenkijos okupuotam Vilniaus kraštui' },
      { source: 'plwiki-zel', locator: 'revision text', quote: 'konwencję w sprawie przekazania Litwinom rejonu Święcian' },
    ],
  },
  {
    id: 'svencionys-1920-10-12', place: 'svencionys', from: '1920-10-12', to: '1922-04-12', controller: 'central-lithuania', event: 'central-lithuania-proclaimed', kind: 'administration', confidence: 'low',
    note: 'The Święciany county was in Central Lithuania from its proclamation on 12 October 1920 until the Wilno Land passed to Polish state administration; the day Central Lithuanian troops reached the town itself was not found.',
    sources: [
      DZU_ART1,
      { source: 'bewiki-svencianski-pavet', locator: '§ “Гісторыя”', quote: '12 кастрычніка 1920 года тэрыторыя павета апынулася ў складзе Сярэдняй Літвы' },
    ],
  },
  {
    id: 'svencionys-1922-04-13', place: 'svencionys', from: '1922-04-13', to: '1939-09-16', controller: 'poland', event: 'wilno-land-statute', confidence: 'high',
    note: 'The Święciany county under Polish state power from 13 April 1922: the Wilno administrative district, from 1925–1926 the Wilno Voivodeship.',
    sources: [
      DZU_ART1,
      DZU_IN_FORCE,
      { source: 'vle-svenc', locator: 'entry “Švenčionių apskritis”', quote: '1922–25 – jo Vilniaus administracinei apygardai, 1925–39 – Vilniaus vaivadijai' },
    ],
  },
  {
    id: 'svencionys-1939-09-17', place: 'svencionys', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [{ source: 'ltwiki-svenc-r1940', locator: '§ “Istorija”', quote: '1939 m. rugsėjo pabaigoje Tarybų Sąjungos okupuotos' }],
  },
  {
    id: 'svencionys-1939-10-01', place: 'svencionys', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, confidence: 'medium',
    note: 'Occupied by the USSR at the end of September 1939. In October 1939 the western part of the county (Švenčionėliai) went to Lithuania and the eastern part with Švenčionys to the BSSR (Švenčionys raion from 15 January 1940); on 25 November 1940 the town and the western selsoviets passed to the Lithuanian SSR, both within the USSR.',
    sources: [
      { source: 'vle-svenc', locator: 'entry “Švenčionių apskritis”', quote: 'rytinė dalis (centras – Švenčionys) – Baltarusijos Sovietų Socialistinei Respublikai' },
      { source: 'ltwiki-svenc-r1940', locator: '§ “Istorija”', quote: '1939 m. rugsėjo pabaigoje Tarybų Sąjungos okupuotos' },
    ],
  },
  // ── Braslaw ───────────────────────────────────────────────────────────────
  {
    id: 'braslaw-1920-07-12', place: 'braslaw', from: '1920-07-12', to: '1922-01-07', controller: null, event: null, confidence: 'low',
    note: 'Not settled. Polish-held before the Soviet offensive of July 1920, when the Polish Reserve Army failed to hold the area; the day of the Soviet entry and of the Polish return in the autumn of 1920 were not found.',
    sources: [
      { source: 'kresy-iskra-brasl', locator: 'article body', quote: 'W lipcu 1920 roku, w czasie ofensywy Tuchaczewskiego, nasza Armia Rezerwowa nie zdołała obronić zajętego wcześniej terenu.' },
    ],
  },
  {
    id: 'braslaw-1922-01-08', place: 'braslaw', from: '1922-01-08', to: '1922-04-12', controller: 'poland', event: 'wilno-sejm-election', confidence: 'low',
    note: 'A machine translation of the Russian Wikipedia counts the Brasław county among the electoral districts of the Wilno Sejm “on Polish territory”; another account has the county added to Central Lithuania in January 1922.',
    sources: [
      { source: 'perceptiopl-wsejm', locator: 'article body, on the electoral districts', quote: 'Spośród 12 okręgów wyborczych 3 znajdowały się na terenie Polski w powiatach lidzkim i brasławskim' },
    ],
  },
  {
    id: 'braslaw-1922-04-13', place: 'braslaw', from: '1922-04-13', to: '1939-09-16', controller: 'poland', event: 'wilno-land-statute', confidence: 'medium',
    note: 'The Brasław county under Polish state power from 13 April 1922; later in the Wilno Voivodeship.',
    sources: [DZU_ART1, DZU_IN_FORCE],
  },
  {
    id: 'braslaw-1939-09-17', place: 'braslaw', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [PWN_1939],
  },
  {
    id: 'braslaw-1939-10-01', place: 'braslaw', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, confidence: 'low',
    note: 'Soviet-held; in October 1939 a part of the county went to Lithuania, the town and the rest to the BSSR (Braslaw district of the Vileyka oblast from December 1939).',
    sources: [VILEYKA_1939, { source: 'polonistka', locator: 'article body', quote: 'части Браславского и Свенцянского поветов' }],
  },
  // ── Pastavy ───────────────────────────────────────────────────────────────
  {
    id: 'pastavy-1920-07-12', place: 'pastavy', from: '1920-07-12', to: '1920-11-06', controller: null, event: null, confidence: 'low',
    note: 'Not settled. The treaty line ran through the town; the Red Army held the area in the summer of 1920, and the day of the Polish return was not found.',
    sources: [{ source: 'syb-1921', locator: 'p. 1248', quote: 'southward through Koziany, Postavy' }],
  },
  {
    id: 'pastavy-1920-11-07', place: 'pastavy', from: '1920-11-07', to: '1939-09-16', controller: 'poland', event: null, confidence: 'medium',
    note: 'Polish from the formation of the Duniłowicze county (Nowogródek Voivodeship) on 7 November 1920 (no event record); attached to the Wilno Land from 13 April 1922 and, from 1 January 1926, seat of the Postawy county of the Wilno Voivodeship.',
    sources: [
      { source: 'dzu-1922-26-213', locator: 'Art. 8', quote: 'przyłącza się pod względem administracyjnym powiaty: dziśnieński, duniłowiczowski i wilejski' },
      { source: 'ltwiki-dunilovo', locator: 'article body', quote: '1920 m. lapkričio 7 d. suformuota Dunilovo apskritis.' },
    ],
  },
  {
    id: 'pastavy-1939-09-17', place: 'pastavy', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [PWN_1939],
  },
  {
    id: 'pastavy-1939-10-01', place: 'pastavy', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, confidence: 'low',
    note: 'Soviet-held; from December 1939 the Pastavy district of the Vileyka oblast (BSSR). In November 1940 three selsoviets of the Švenčionys raion were added to it.',
    sources: [VILEYKA_1939],
  },
  // ── Smarhon ───────────────────────────────────────────────────────────────
  {
    id: 'smarhon-1920-07-12', place: 'smarhon', from: '1920-07-12', to: '1920-10-11', controller: null, event: null, confidence: 'low',
    note: 'Not settled. The Red Army’s arrival in July 1920 and the day Polish troops took the town in October 1920 were not found; Tukhachevsky’s order of 28 September named Smarhon on the line his armies were to hold by 2 October, and the Polish 2nd Army took Ashmyany and Soly on 7 October and Maladzyechna, east of Smarhon, on 12 October.',
    sources: [
      { source: 'grits-itexts-30', locator: 'web page 30 of 43', quote: '7 октября войска 2-й польской армии заняли Ошмяны и Солы, вблизи литовской границы, а 12 октября – Молодечно' },
      { source: 'le-asmena', locator: 'vol. I, p. 336, “Ašmenos apskritis”', quote: 'Ašmenoje ir ypač Smurgainiuose' },
    ],
  },
  {
    id: 'smarhon-1920-10-12', place: 'smarhon', from: '1920-10-12', to: '1922-04-12', controller: 'central-lithuania', event: 'central-lithuania-proclaimed', kind: 'administration', confidence: 'low',
    note: `In the Oszmiana county’s northern part, which went to Central Lithuania: Smarhon’s commune is not among the southern communes that became the Wołożyn county, and the town stayed in the Oszmiana county of the Wilno Land. ${CL_FROM_PROCLAMATION} The day Polish troops reached the town was not found.`,
    variants: [{ value: '1920-10-09', sources: [OSZMIANA_COUNTY], note: 'The day the page gives for the attachment of the county’s northern part.' }],
    sources: [DZU_ART1, OSZMIANA_COUNTY, OSZMIANA_SOUTH, { source: 'le-asmena', locator: 'vol. I, p. 336, “Ašmenos apskritis”', quote: 'Ašmenoje ir ypač Smurgainiuose' }],
  },
  {
    id: 'smarhon-1922-04-13', place: 'smarhon', from: '1922-04-13', to: '1939-09-16', controller: 'poland', event: 'wilno-land-statute', confidence: 'medium',
    note: 'In the Oszmiana county, under Polish state power from 13 April 1922.',
    sources: [DZU_ART1, DZU_IN_FORCE, { source: 'le-asmena', locator: 'vol. I, p. 336, “Ašmenos apskritis”', quote: 'Ašmenoje ir ypač Smurgainiuose' }],
  },
  {
    id: 'smarhon-1939-09-17', place: 'smarhon', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [PWN_1939],
  },
  {
    id: 'smarhon-1939-10-01', place: 'smarhon', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, confidence: 'low',
    note: 'Soviet-held; a district of the Vileyka oblast (BSSR) by January 1940.',
    sources: [{ source: 'trivia-vileyka', locator: 'article body', quote: 'In January 1940, it consisted of 22 districts' }],
  },
  // ── Druskininkai ──────────────────────────────────────────────────────────
  {
    id: 'druskininkai-1920-07-12', place: 'druskininkai', from: '1920-07-12', to: '1920-09-21', controller: null, event: null, confidence: 'low',
    note: 'Not settled: Lithuanian infantry held the Neman bridges when the Poles attacked on 22 September 1920, but since when is not found.',
    sources: [
      { source: 'ckziu-sejny', locator: 'article body', quote: '22 września polska 4 Brygada Jazdy przełamała opór litewskiej piechoty i opanowała mosty na Niemnie w Druskiennikach.' },
    ],
  },
  {
    id: 'druskininkai-1920-09-22', place: 'druskininkai', from: '1920-09-22', to: '1939-09-16', controller: 'poland', event: 'battle-of-the-niemen', confidence: 'medium',
    note: 'Polish cavalry seized the Neman bridges on 22 September 1920; the town stayed on the Polish side of the Suwałki line and of the closed Polish–Lithuanian frontier on the Neman.',
    variants: [
      {
        value: '1920-09-23',
        sources: [
          {
            source: 'plwiki-druskieniki-diff',
            locator: '§ “W II Rzeczypospolitej”',
            quote: 'Atak kawalerii około godz.16 został uwieńczony zdobyciem w stanie nieuszkodzonym mostu na Niemnie w Druskienikach',
          },
          { source: 'plwiki-druskieniki-diff', locator: '§ “W II Rzeczypospolitej”', quote: '23 września 1920 roku stał się polem starcia pomiędzy siłami polskimi a litewskimi' },
        ],
        note: 'This account (after Wyszczelski) puts the fight for the bridge and its capture on 23 September; another account dates it 22 September.',
      },
    ],
    sources: [
      { source: 'drusk-muz-2018', locator: 'exhibition text', quote: 'Vilniaus kraštas, taip pat ir Druskininkai, buvo okupuoti ir jėga prijungti prie Lenkijos' },
      { source: 'huwiki-diff-plw2', locator: 'article body, September 1920', quote: 'átlépték a Niemen-folyót Druskininkai és Merkinė mellett' },
      { source: 'ckziu-sejny', locator: 'article body', quote: 'opanowała mosty na Niemnie w Druskiennikach' },
    ],
  },
  {
    id: 'druskininkai-1939-09-17', place: 'druskininkai', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [{ source: 'zgapa-drusk', locator: 'history', quote: 'Po agresji sowieckiej w 1939 roku, miasto zostało wcielone do republiki białoruskiej' }],
  },
  {
    id: 'druskininkai-1939-10-01', place: 'druskininkai', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, confidence: 'low',
    note: 'Soviet-held; in the BSSR (Belastok oblast) from November 1939, passed to the Lithuanian SSR in November 1940, both within the USSR.',
    sources: [
      { source: 'zgapa-drusk', locator: 'history', quote: 'Po agresji sowieckiej w 1939 roku, miasto zostało wcielone do republiki białoruskiej' },
      { source: 'svaboda-1940', locator: 'headline', quote: 'У 1940-м БССР прымусілі аддаць Друскенікі, Сьвянцяны і Салечнікі' },
    ],
  },
  // ── Varėna ────────────────────────────────────────────────────────────────
  {
    id: 'varena-1920-07-12', place: 'varena', from: '1920-07-12', to: '1920-10-06', controller: null, event: null, confidence: 'low',
    note: 'Not settled: Polish forces attacked Varėna in September 1920 to cut the Lithuanian army’s link to Suwałki, which implies Lithuanian troops there, but no source dates who held it.',
    sources: [{ source: 'tarasenka-de', locator: 'summary', quote: 'Um die Verbindung der litauischen Armee nach Suwalki abzuschneiden, attackierten sie Varėna.' }],
  },
  {
    id: 'varena-1920-10-07', place: 'varena', from: '1920-10-07', to: '1939-09-16', controller: 'poland', event: 'suwalki-agreement', confidence: 'medium',
    note: 'The Suwałki Agreement left the Orany railway station, round which the modern town grew, with the Polish authorities; after Żeligowski’s mutiny the area went with the Vilnius region (Central Lithuania, then Poland: the Wilno-Troki county).',
    variants: [
      {
        value: '1920-10-10',
        sources: [{ source: 'fandom-suw', locator: 'lead', quote: 'The Suwałki Agreement was to take effect at noon on October 10.' }],
        note: 'The day the agreement took effect. It recorded a line the troops already held, so the period keeps the day of signature, the first day a source places the station in Polish hands.',
      },
    ],
    sources: [
      { source: 'asa-301209', locator: 'Suwałki Agreement, Chapter III “La gare d’Orany”', quote: 'Les autorités polonaises s\'engagent à laisser passer librement par la gare d\'Orany les trains lithuaniens' },
      { source: 'w-en-varena', locator: 'article body', quote: 'together with the Vilnius Region it was annexed by Poland under its Polish name Orany' },
    ],
  },
  {
    id: 'varena-1939-09-17', place: 'varena', from: '1939-09-17', to: '1939-10-29', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'The Red Army’s arrival after 17 September 1939 and the day the Lithuanian army took over between 27 and 29 October were not found for Varėna itself.',
    sources: [PWN_1939],
  },
  {
    id: 'varena-1939-10-30', place: 'varena', from: '1939-10-30', to: '1940-06-14', controller: 'lithuania', event: 'lithuanian-army-enters-vilnius-1939', confidence: 'low',
    note: 'Returned to Lithuania with the Vilnius region; the Lithuanian army entered the region on 27–29 October 1939, the day for Varėna is not known, so the period starts once the entry was complete.',
    sources: [{ source: 'w-en-varena', locator: 'article body', quote: 'Varėna was briefly returned to Lithuania' }],
  },
  {
    id: 'varena-1940-06-15', place: 'varena', from: '1940-06-15', to: '1940-12-31', controller: 'ussr', event: 'soviet-occupation-of-lithuania-1940', confidence: 'medium',
    note: 'Soviet occupation of Lithuania; from 3 August 1940 in the Lithuanian SSR.',
    sources: [MUZEUM_1940, { source: 'w-en-varena', locator: 'article body', quote: 'from 1940, it was occupied by the Soviet Union' }],
  },
  // ── Eišiškės ──────────────────────────────────────────────────────────────
  {
    id: 'eisiskes-1920-07-12', place: 'eisiskes', from: '1920-07-12', to: '1920-10-06', controller: null, event: null, confidence: 'low',
    note: 'Not settled: how far Lithuanian administration reached between the Soviet evacuation of late August and October 1920 is not known.',
    sources: [{ source: 'asa-301209', locator: 'Suwałki Agreement, Chapter I, b)', quote: 'la gare de Rastouny' }],
  },
  {
    id: 'eisiskes-1920-10-07', place: 'eisiskes', from: '1920-10-07', to: '1939-09-16', controller: 'poland', event: 'suwalki-agreement', confidence: 'low',
    note: 'The Suwałki Agreement left the road through Ejszyszki to Bastuny station in Polish hands; until 1939 the town was in the Lida county of the Nowogródek Voivodeship, not in the Wilno Land.',
    variants: [
      {
        value: '1920-10-10',
        sources: [{ source: 'fandom-suw', locator: 'lead', quote: 'The Suwałki Agreement was to take effect at noon on October 10.' }],
        note: 'The day the agreement took effect. It recorded a line the troops already held, so the period keeps the day of signature, the first day a source places the station in Polish hands.',
      },
    ],
    sources: [
      { source: 'pogon-suwalki', locator: 'Polish text of the agreement, Art. 1', quote: 'pozostawiając całą tę drogę i stację Bastuny w ręku władz polskich' },
      { source: 'kurek-ejsz', locator: 'article body', quote: 'Przed 1939 r. Ejszyszki wchodziły w skład powiatu lidzkiego w województwie nowogródzkim.' },
    ],
  },
  {
    id: 'eisiskes-1939-09-17', place: 'eisiskes', from: '1939-09-17', to: '1939-10-29', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'The Soviet invasion reached the town from 17 September 1939 (the day of entry not found); the day of the Lithuanian takeover in October was not found.',
    sources: [{ source: 'kurek-ejsz', locator: 'article body', quote: '17 września 1939 r. przysłowiowe „senne Ejszyszki”' }],
  },
  {
    id: 'eisiskes-1939-10-30', place: 'eisiskes', from: '1939-10-30', to: '1940-06-14', controller: 'lithuania', event: 'lithuanian-army-enters-vilnius-1939', confidence: 'low',
    note: 'Returned to Lithuania under the treaty of 10 October 1939 (so a town of the Lida county went to Lithuania in 1939); part of the Valkininkai county formed on 30 October 1939, from 8 February 1940 of the Trakai county.',
    sources: [
      { source: 'voruta-eisiskes', locator: 'article body', quote: '1939 metais spalio 30 dieną sudaryta Valkininkų apskritis, į kurią įėjo Eišiškės' },
    ],
  },
  {
    id: 'eisiskes-1940-06-15', place: 'eisiskes', from: '1940-06-15', to: '1940-12-31', controller: 'ussr', event: 'soviet-occupation-of-lithuania-1940', confidence: 'medium',
    note: 'Soviet occupation of Lithuania; from 3 August 1940 in the Lithuanian SSR.',
    sources: [MUZEUM_1940],
  },
  // ── Trakai ────────────────────────────────────────────────────────────────
  {
    id: 'trakai-1920-07-12', place: 'trakai', from: '1920-07-12', to: '1920-10-17', controller: null, event: null, confidence: 'low',
    note: 'Not settled. Polish-held since 1919, then Soviet and Lithuanian in the summer of 1920 (days not found); Central Lithuanian forces took Troki in mid-October 1920, on a day not found.',
    sources: [
      { source: 'ltwiki-traku-ap', locator: 'revision text', quote: '1919 m. Lenkijai užėmus Vilniaus kraštą, dalis apskrities buvo okupuota (kartu su Trakais)' },
      { source: 'wilnoteka-15', locator: 'article body', quote: 'Zostały zajęte Troki, Landwarów, Rykonty, Rzesza i Niemenczyn.' },
    ],
  },
  {
    id: 'trakai-1920-10-18', place: 'trakai', from: '1920-10-18', to: '1920-11-30', controller: 'central-lithuania', event: null, confidence: 'low',
    note: 'Taken by Żeligowski’s troops in mid-October 1920; the Lithuanian counter-offensive of 18 October toward Rykantai and Trakai was stopped before Rykantai, so the town was Central Lithuanian by that day at the latest (the exact day was not found). The front was frozen by the armistice of 29 November 1920.',
    sources: [
      { source: 'wilnoteka-15', locator: 'article body', quote: 'W połowie października wojska gen. Żeligowskiego bez większego oporu spychały Litwinów na zachód i północ od Wilna. Zostały zajęte Troki, Landwarów, Rykonty, Rzesza i Niemenczyn.' },
      { source: 'wilnoteka-15', locator: 'article body', quote: '18 października 3. litewska dywizja piechoty rozpoczęła kontrofensywę na kierunku Rykonty i Troki.' },
      { source: 'wilnoteka-15', locator: 'article body', quote: 'Atakujący Litwini zostali powstrzymani na przedpolach Rykont' },
    ],
  },
  {
    id: 'trakai-1920-12-01', place: 'trakai', from: '1920-12-01', to: '1922-04-12', controller: 'central-lithuania', event: 'kaunas-armistice-1920', kind: 'administration', confidence: 'low',
    note: 'In Central Lithuania behind the line of the armistice signed in Kaunas on 29 November 1920 (cease-fire at midnight on 30 November), which opened a neutral zone between the two sides.',
    sources: [
      { source: 'dewiki-kaunas-ws', locator: 'lead', quote: 'in Kaunas zwischen Mittellitauen und Litauen geschlossen' },
      { source: 'wilnoteka-15', locator: 'article body', quote: 'Zostały zajęte Troki, Landwarów, Rykonty, Rzesza i Niemenczyn.' },
    ],
  },
  {
    id: 'trakai-1922-04-13', place: 'trakai', from: '1922-04-13', to: '1939-09-16', controller: 'poland', event: 'wilno-land-statute', confidence: 'medium',
    note: 'The Troki county under Polish state power from 13 April 1922; it was merged with the Wilno county into the Wilno-Troki county in 1922 or in 1923–1924 (the sources differ).',
    sources: [DZU_ART1, DZU_IN_FORCE],
  },
  {
    id: 'trakai-1939-09-17', place: 'trakai', from: '1939-09-17', to: '1939-10-29', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'The days of the Soviet arrival and of the Lithuanian takeover were not found for Trakai itself.',
    sources: [PWN_1939],
  },
  {
    id: 'trakai-1939-10-30', place: 'trakai', from: '1939-10-30', to: '1940-06-14', controller: 'lithuania', event: 'lithuanian-army-enters-vilnius-1939', confidence: 'medium',
    note: 'The Wilno-Troki county went to Lithuania in October 1939; the seat of the Trakai county moved back to Trakai on 18 February 1940. The period starts once the army’s entry into the region (27–29 October) was complete.',
    sources: [
      { source: 'ltwiki-traku-ap', locator: 'revision text', quote: 'Vilniaus kraštą grąžinus Lietuvai, 1940 m. vasario 18 d. apskrities centras atkeltas į Trakus.' },
      { source: 'polonistka', locator: 'article body', quote: 'Виленско-Трокского повета' },
    ],
  },
  {
    id: 'trakai-1940-06-15', place: 'trakai', from: '1940-06-15', to: '1940-12-31', controller: 'ussr', event: 'soviet-occupation-of-lithuania-1940', confidence: 'medium',
    note: 'Soviet occupation of Lithuania; from 3 August 1940 in the Lithuanian SSR.',
    sources: [MUZEUM_1940],
  },
  // ── Suwałki ───────────────────────────────────────────────────────────────
  {
    id: 'suwalki-1920-07-12', place: 'suwalki', from: '1920-07-12', to: '1920-08-13', controller: null, event: null, confidence: 'low',
    note: 'Not settled: Polish under the 1919 demarcation before the Soviet advance; Lithuanian troops came in late July or August 1920, on a day not found.',
    sources: [{ source: 'w-pl', locator: 'lead, on Art. II note 1', quote: 'nie regulował przynależności Suwałk ani Augustowa' }],
  },
  {
    id: 'suwalki-1920-08-14', place: 'suwalki', from: '1920-08-14', to: '1920-08-30', controller: 'lithuania', event: null, confidence: 'medium',
    note: 'A Lithuanian commandant’s office in Suwałki from 14 August 1920 (army order of 22 August; no event record). Under a Polish ultimatum expiring at 5 o’clock on 31 August the Lithuanian command ordered the town evacuated.',
    sources: [
      { source: 'km-1920-08-14', locator: 'army order', quote: 'Nuo š. m. Rugpjūčio mėnesio 14 dienos įsteigiama Suvalkų 1-sios rūšies komendantūra.' },
      { source: 'km-1920-08-30', locator: 'war diary, 30 August 1920', quote: 'pastatė ultimatumą iki 5 valandos 31. VIII. paliuosuoti Suvalkus' },
    ],
  },
  {
    id: 'suwalki-1920-08-31', place: 'suwalki', from: '1920-08-31', to: '1939-09-24', controller: 'poland', event: null, confidence: 'medium',
    note: 'Polish from the expiry of the ultimatum (no event record); Lithuanian attacks of 1 and 5 September were repulsed. From 1921 the seat of the Suwałki county, Białystok Voivodeship.',
    sources: [
      { source: '9lib-suwalki', locator: 'chapter, pp. 207–223', quote: 'Zostały siedzibą starostwa powiatu suwalskiego leżącego w obrębie województwa białostockiego' },
      { source: 'km-1920-08-30', locator: 'war diary, 30 August 1920', quote: 'paliepimas evakuoti Suvalkus į Kalvarija' },
      { source: 'interia-1920-09-01', locator: 'article body', quote: 'Zostali jednak powstrzymani przez polskie wojska.' },
    ],
  },
  {
    id: 'suwalki-1939-09-25', place: 'suwalki', from: '1939-09-25', to: '1939-10-04', controller: 'ussr', event: 'soviet-invasion-of-poland-1939', kind: 'occupation', confidence: 'low',
    note: 'Soviet occupation of about a dozen days, until the Wehrmacht entered on 6 October. The sources date the Red Army’s entry 21, 24 or 25 September; the dataset keeps 25 September, the day before which the Polish period ends, and lists the others.',
    variants: [
      {
        value: '1939-09-21',
        sources: [{ source: 'powiat-suwalski-ww2', locator: 'article body', quote: 'Armia Czerwona wkroczyła do Suwałk 21 września 1939 roku i w ciągu czterech dni zajęła całą Suwalszczyznę.' }],
        note: 'The county office’s history page, which also says the Polish army had left the region without a fight.',
      },
      {
        value: '1939-09-24',
        sources: [
          { source: 'dwutygodnik-suw-1939', locator: 'article body', quote: 'Oddziały sowieckie wkroczyły do Suwałk 24 września.' },
          { source: 'shirokorad-rus-polsha', locator: 'web page 128', quote: 'В ночь на 24 сентября отряд 27-й танковой бригады в составе 20 танков БТ-7 занял город Сувалки.' },
        ],
        note: 'A local newspaper’s summary (with the Soviet troops staying into the first decade of October) and a popular history that names the tank detachment.',
      },
    ],
    sources: [
      { source: 'bliskopolski-suw', locator: 'lexicon entry', quote: '25 września 1939 roku Armia Czerwona' },
      { source: 'dorzeczy-suw1939', locator: 'article body', quote: 'przez kilkanaście dni Suwalszczyzna znajdowała się jednak pod okupacją sowiecką' },
    ],
  },
  {
    id: 'suwalki-1939-10-05', place: 'suwalki', from: '1939-10-05', to: '1939-10-05', controller: 'ussr', event: null, kind: 'occupation', confidence: 'medium',
    note: 'The last day of Soviet occupation: the Wehrmacht began occupying the Suwałki area up to the German–Soviet line on 5 October, and entered the town on the morning of the 6th.',
    sources: [
      SUDAUEN_OCCUPATION,
      { source: 'dwutygodnik-suw-1939', locator: 'article body', quote: 'Pozostały w mieście do pierwszej dekady października 1939 roku.' },
      { source: 'dwutygodnik-suw-1939', locator: 'article body', quote: 'Niemcy wkroczyli do miasta 6 października około godziny 10' },
    ],
  },
  {
    id: 'suwalki-1939-10-06', place: 'suwalki', from: '1939-10-06', to: '1939-10-07', controller: 'germany', event: 'german-soviet-boundary-treaty-1939', kind: 'occupation', confidence: 'medium',
    note: 'The Wehrmacht entered the town at about 10 a.m. on 6 October 1939, in its occupation of the Suwałki area up to the German–Soviet line on 5–7 October, under the treaty of 28 September; the formal handover ceremony was on 12 October.',
    sources: [
      SUDAUEN_OCCUPATION,
      { source: 'dwutygodnik-suw-1939', locator: 'article body', quote: 'Niemcy wkroczyli do miasta 6 października około godziny 10' },
      { source: 'dwutygodnik-suw-1939', locator: 'article body', quote: 'oficjalna ceremonia przekazania miasta Niemcom odbyła się przy udziale generalicji obu stron 12 października' },
    ],
  },
  {
    id: 'suwalki-1939-10-08', place: 'suwalki', from: '1939-10-08', to: '1939-10-25', controller: 'germany', event: null, kind: 'occupation', confidence: 'medium',
    note: 'German occupation after the Wehrmacht had reached the German–Soviet line on 7 October (this record began on 8 October before the town’s own day of entry, 6 October, was found).',
    sources: [SUDAUEN_OCCUPATION],
  },
  {
    id: 'suwalki-1939-10-26', place: 'suwalki', from: '1939-10-26', to: '1940-12-31', controller: 'germany', event: 'german-annexation-decree-1939', kind: 'annexation', confidence: 'medium',
    note: 'Annexed to East Prussia with effect from 26 October 1939 under Hitler’s decree of 8 October (renamed Suwalken, later Sudauen); Poland did not recognise it.',
    sources: [SUDAUEN_ANNEX],
  },
  // ── Sejny ─────────────────────────────────────────────────────────────────
  {
    id: 'sejny-1920-07-12', place: 'sejny', from: '1920-07-12', to: '1920-07-18', controller: null, event: null, confidence: 'low',
    note: 'Not settled before the Lithuanian entry of 19 July 1920.',
    sources: [{ source: 'km-1920-07-19', locator: 'Karo apžvalga, quoting Kariškių žodis of 29 July 1920', quote: 'Užėmė Seinus' }],
  },
  {
    id: 'sejny-1920-07-19', place: 'sejny', from: '1920-07-19', to: '1920-08-30', controller: 'lithuania', event: null, confidence: 'medium',
    note: 'Lithuanian troops took Sejny on 19 July 1920 (no event record); on 30 August the Lithuanian command ordered it evacuated to Lazdijai.',
    sources: [
      { source: 'km-1920-07-19', locator: 'Karo apžvalga, quoting Kariškių žodis of 29 July 1920', quote: 'Užėmė Seinus ir išėji į pietus nuo jo' },
      { source: 'km-1920-08-30', locator: 'war diary, 30 August 1920', quote: 'Seinus į Lazdija' },
    ],
  },
  {
    id: 'sejny-1920-08-31', place: 'sejny', from: '1920-08-31', to: '1920-09-03', controller: null, event: null, confidence: 'low',
    note: 'Not settled: the Lithuanian troops left Sejny on 30–31 August; whether Polish troops entered before the Lithuanian counter-attack of 2 September retook the town was not found. Sejny changed hands several times in September 1920 (the accounts count the changes differently).',
    sources: [
      { source: 'marcin-blog', locator: 'article body, inscription quoted', quote: 'SEJNY 1 – 10, 22 IX 1920' },
      { source: 'swiki-sejny', locator: 'article body', quote: 'drog litauerna tillbaka från Suwałki och Sejny den 30 och 31 augusti' },
    ],
  },
  {
    id: 'sejny-1920-09-04', place: 'sejny', from: '1920-09-04', to: '1920-09-08', controller: 'lithuania', event: null, confidence: 'low',
    note: 'Retaken in the Lithuanian counter-attack that began on 2 September 1920, by 4 September at the latest (the day the Lithuanians reached the outskirts of Augustów; no event record).',
    sources: [
      { source: 'swiki-sejny', locator: 'article body', quote: 'Litauerna lyckades ta Sejny och Lipsk och nådde den 4 september utkanten av Augustów.' },
    ],
  },
  {
    id: 'sejny-1920-09-09', place: 'sejny', from: '1920-09-09', to: '1920-09-12', controller: 'poland', event: null, confidence: 'low',
    note: 'Recaptured by Polish forces on 9 September 1920 (no event record).',
    sources: [{ source: 'swiki-sejny', locator: 'article body', quote: 'Den 9 september återerövrade de polska styrkorna Sejny' }],
  },
  {
    id: 'sejny-1920-09-13', place: 'sejny', from: '1920-09-13', to: '1920-09-21', controller: 'lithuania', event: null, confidence: 'low',
    note: 'Retaken by the Lithuanians on 13 or 14 September 1920 (the page names the two days for Sejny and Giby together) and held until the Polish attack of 22 September.',
    variants: [
      {
        value: '1920-09-14',
        sources: [{ source: 'swiki-sejny', locator: 'article body', quote: 'litauerna trängde sig tillbaka och återtog Sejny och Giby den 13 och 14 se' }],
        note: 'The second of the two days the page gives for Sejny and Giby.',
      },
    ],
    sources: [{ source: 'swiki-sejny', locator: 'article body', quote: 'litauerna trängde sig tillbaka och återtog Sejny och Giby den 13 och 14 se' }],
  },
  {
    id: 'sejny-1920-09-22', place: 'sejny', from: '1920-09-22', to: '1939-09-16', controller: 'poland', event: 'battle-of-the-niemen', confidence: 'low',
    note: 'Taken by the Polish 1st Legions Division on 22 September 1920; the seat of the Sejny county until 1925, then part of the Suwałki county.',
    sources: [
      { source: 'ckziu-sejny', locator: 'article body', quote: 'Polacy zajęli Sejny, biorąc licznych jeńców.' },
      { source: 'voruta-seinai', locator: 'article body', quote: 'Lenkijoje iki 1925 m. dar išliko Seinų apskritis kaip administracinis vienetas' },
    ],
  },
  {
    id: 'sejny-1939-09-17', place: 'sejny', from: '1939-09-17', to: '1939-09-23', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: 'Not settled: who held the town in the first week of the Soviet invasion was not found (the Polish army had left the Suwałki region).',
    sources: [{ source: 'powiat-suwalski-ww2', locator: 'article body', quote: 'Z chwilą wybuchu II wojny światowej wojsko polskie wycofało się z Suwalszczyzny bez walki' }],
  },
  {
    id: 'sejny-1939-09-24', place: 'sejny', from: '1939-09-24', to: '1939-10-04', controller: 'ussr', event: 'soviet-invasion-of-poland-1939', kind: 'occupation', confidence: 'low',
    note: 'Soviet units took Sejny on 24 September 1939, the day a tank detachment took Suwałki; Soviet occupation of the Suwałki region until the Wehrmacht moved in on 5–7 October.',
    sources: [
      { source: 'dorzeczy-suw1939', locator: 'article body', quote: 'przez kilkanaście dni Suwalszczyzna znajdowała się jednak pod okupacją sowiecką' },
      { source: 'shirokorad-rus-polsha', locator: 'web page 128', quote: 'В тот же день советские части заняли город Сейн.' },
    ],
  },
  {
    id: 'sejny-1939-10-05', place: 'sejny', from: '1939-10-05', to: '1939-10-07', controller: null, event: 'german-soviet-boundary-treaty-1939', confidence: 'medium',
    note: 'Handover: the Wehrmacht occupied the Suwałki area up to the German–Soviet line on 5–7 October 1939 under the treaty of 28 September; the day it reached Sejny was not found.',
    sources: [SUDAUEN_OCCUPATION],
  },
  {
    id: 'sejny-1939-10-08', place: 'sejny', from: '1939-10-08', to: '1939-10-25', controller: 'germany', event: null, kind: 'occupation', confidence: 'medium',
    note: 'In the Suwałki county, occupied by the Wehrmacht up to the German–Soviet line by 7 October 1939.',
    sources: [SUDAUEN_OCCUPATION],
  },
  {
    id: 'sejny-1939-10-26', place: 'sejny', from: '1939-10-26', to: '1940-12-31', controller: 'germany', event: 'german-annexation-decree-1939', kind: 'annexation', confidence: 'medium',
    note: 'In the Suwałki county, annexed to East Prussia with effect from 26 October 1939.',
    sources: [SUDAUEN_ANNEX, { source: 'zxc-sudauen', locator: 'article body', quote: 'the corresponding number of cities (Sudauen and Sejny)' }],
  },
  // ── Augustów ──────────────────────────────────────────────────────────────
  {
    id: 'augustow-1920-07-12', place: 'augustow', from: '1920-07-12', to: '1920-08-25', controller: null, event: null, confidence: 'low',
    note: 'Not settled before the Lithuanian entry of 26 August 1920.',
    sources: [{ source: 'w-pl', locator: 'lead, on Art. II note 1', quote: 'nie regulował przynależności Suwałk ani Augustowa' }],
  },
  {
    id: 'augustow-1920-08-26', place: 'augustow', from: '1920-08-26', to: '1920-08-29', controller: 'lithuania', event: null, confidence: 'medium',
    note: 'A Lithuanian detachment of a few dozen men entered the town on the morning of 26 August 1920, “temporarily”, on the instruction of the French mission (no event record).',
    sources: [
      { source: 'radziwonowicz-astn', locator: 'article body', quote: 'Rano 26 sierpnia do Augustowa wkroczył kilkudziesięcioosobowy oddział litewski' },
    ],
  },
  {
    id: 'augustow-1920-08-30', place: 'augustow', from: '1920-08-30', to: '1939-09-16', controller: 'poland', event: null, confidence: 'medium',
    note: 'The Polish advance toward Suwałki and Sejny started from Augustów on 30 August 1920 (no event record); from 1921 the Augustów county of the Białystok Voivodeship.',
    sources: [
      { source: 'km-1920-08-30', locator: 'war diary, 30 August 1920', quote: 'Lenkai pradėjo iš Augustavo ir Suchovolios slinkti pirmyn Suvalkų – Seinų link.' },
      { source: 'zxc-sudauen', locator: 'article body', quote: 'The Polish districts of Augustów and Suwałki belonged to Poland at the beginning of the Second World War' },
    ],
  },
  {
    id: 'augustow-1939-09-17', place: 'augustow', from: '1939-09-17', to: '1939-09-30', controller: null, event: 'soviet-invasion-of-poland-1939', confidence: 'low',
    note: SEPTEMBER_1939,
    sources: [{ source: 'plwiki-aug-masakra', locator: 'background', quote: 'W latach 1939–1941 Augustów znajdował się pod sowiecką okupacją.' }],
  },
  {
    id: 'augustow-1939-10-01', place: 'augustow', from: '1939-10-01', to: '1940-12-31', controller: 'ussr', event: null, kind: 'occupation', confidence: 'medium',
    note: 'Soviet-held, next to the German–Soviet line; from November 1939 in the BSSR (Belastok oblast). The north of the county went to Germany on 26 October 1939.',
    sources: [
      SUDAUEN_ANNEX,
      { source: 'plwiki-aug-masakra', locator: 'background', quote: 'W latach 1939–1941 Augustów znajdował się pod sowiecką okupacją.' },
    ],
  },
  // ── Kaunas ────────────────────────────────────────────────────────────────
  {
    id: 'kaunas-1920-07-12', place: 'kaunas', from: '1920-07-12', to: '1940-06-14', controller: 'lithuania', event: null, confidence: 'medium',
    note: 'Lithuania’s temporary capital (de facto since 2 January 1919, fixed by no legal act), held throughout; the Central Lithuanian advance of November 1920 stopped short of it.',
    sources: [
      { source: 'istprez-kaunas', locator: 'page “Kaunas – laikinoji sostinė”', quote: 'Kaunas de facto tapo sostine 1919 m. sausio 2 d.' },
    ],
  },
  {
    id: 'kaunas-1940-06-15', place: 'kaunas', from: '1940-06-15', to: '1940-12-31', controller: 'ussr', event: 'soviet-occupation-of-lithuania-1940', confidence: 'medium',
    note: 'Soviet occupation of Lithuania; from 3 August 1940 in the Lithuanian SSR.',
    sources: [MUZEUM_1940],
  },
  // ── Klaipėda ──────────────────────────────────────────────────────────────
  {
    id: 'klaipeda-1920-07-12', place: 'klaipeda', from: '1920-07-12', to: '1923-01-09', controller: 'allied-administration', event: null, confidence: 'low',
    note: 'Outside the 1920 treaty: detached from Germany by the Treaty of Versailles and under a provisional French administration for the Allies since January 1920.',
    sources: [{ source: 'knowledger-klrev', locator: 'article body', quote: 'Se colocó bajo la administración francesa provisional' }],
  },
  {
    id: 'klaipeda-1923-01-10', place: 'klaipeda', from: '1923-01-10', to: '1923-01-14', controller: null, event: null, confidence: 'low',
    note: 'The Klaipėda Revolt, 10–15 January 1923 (no event record): control passing from the Allied administration to the insurgents backed by Lithuania.',
    sources: [{ source: 'kiwix-klaipeda', locator: 'infobox', quote: 'Klaipėda Revolt 10–15 January 1923' }],
  },
  {
    id: 'klaipeda-1923-01-15', place: 'klaipeda', from: '1923-01-15', to: '1939-03-22', controller: 'lithuania', event: null, confidence: 'low',
    note: 'Lithuanian from the end of the revolt (annexed on 19 January 1923; sovereignty transferred by the Conference of Ambassadors in February 1923; the Klaipėda Convention of 8 May 1924), until the cession to Germany signed late on 22 March 1939.',
    variants: [
      {
        value: '1923-01-19',
        sources: [{ source: 'kiwix-klaipeda', locator: 'infobox', quote: 'Annexed by Lithuania 19 January 1923' }],
        note: 'The date of the annexation; control passed at the end of the revolt on 15 January.',
      },
    ],
    sources: [
      { source: 'kariuomene-klaipeda-1923', locator: 'opening paragraph (“that day” is 15 January 1923, named in the sentence before)', quote: 'On that day insurgents of Lithuania captured Klaipėda City and annexed it de facto to the bulk of territory of the Republic of Lithuania.' },
      { source: 'gowild-1939', locator: 'introduction', quote: '1923 m. Sausio mėn. 15 dieną prisijungus prie Lietuvos Klaipėdos kraštui' },
      { source: 'kiwix-klaipeda', locator: 'infobox', quote: 'Klaipėda Revolt 10–15 January 1923' },
    ],
  },
  {
    id: 'klaipeda-1939-03-23', place: 'klaipeda', from: '1939-03-23', to: '1940-12-31', controller: 'germany', event: null, confidence: 'high',
    note: 'Ceded to Germany under the treaty of 22 March 1939 that followed the German ultimatum of 20 March (no event record).',
    variants: [
      {
        value: '1939-03-22',
        sources: [{ source: 'upi-1939-03-22', locator: 'dateline and first sentence', quote: 'Lithuania surrendered Memel to Nazi Germany today' }],
        note: 'The day of the surrender, signed late in the evening; the territory passed the next day.',
      },
    ],
    sources: [
      { source: 'upi-1939-03-22', locator: 'dateline and first sentence', quote: 'KAUNAS, Lithuania, March 22, 1939 (UP) - Lithuania surrendered Memel to Nazi Germany today' },
      { source: 'gowild-1939', locator: 'introduction', quote: '1939 m. Kovo mėn. 23 dieną Klaipėdos kraštą perleidus Vokietijai' },
    ],
  },
] satisfies ControlPeriod[]);
