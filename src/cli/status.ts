import type { HistoryPlaceId } from '../generated/history-ids.generated.js';
import { type Command, jsonOutput, NotFoundError, UsageError } from './command.js';
import { dateArgument } from './date-argument.js';
import { findByName } from './find-by-name.js';
import { fallbackNote, inLanguage, type Language, languageHelp, languageOption } from './language.js';
import { type CataloguePlace, placeCatalogue, powerNames } from './place-catalogue.js';

type Names = Awaited<ReturnType<typeof powerNames>>;

/** A power's name in `language`, or its id where the data names it nowhere. */
const power = (names: Names, id: string | null, language: Language): string => {
  if (id === null) return 'not known: the sources do not say';
  const name = names.get(id);
  return name === undefined ? id : inLanguage(name, language);
};

/** What one view held: the power it recognised, or that it made no claim and left the question to others. */
const claimed = (names: Names, holder: string | null, leftTo: readonly string[] | undefined, language: Language): string =>
  holder === null ? `no claim, left to ${(leftTo ?? []).map((id) => power(names, id, language)).join(' and ')}` : power(names, holder, language);

/**
 * A place as `status` heads it: the name in `language`, the id, the other names.
 *
 * @example
 * ```ts
 * const vilnius = (await placeCatalogue()).find((place) => place.id === 'vilnius')!;
 * placeHeading(vilnius, 'pl'); //=> 'Wilno (vilnius; also Vilnius, Вильно)'
 * ```
 */
export function placeHeading(place: CataloguePlace, language: Language): string {
  const shown = inLanguage(place.name, language);
  const others = place.names.filter((name) => name !== shown.replace(/ \[en\]$/, ''));
  return `${shown} (${place.id}${others.length === 0 ? '' : `; also ${others.join(', ')}`})`;
}

/**
 * Which side of the 1920 line `lt-ru-1920/history` puts a place on, on what
 * basis (the border geometry, or the sources), and its note.
 *
 * @example
 * ```ts
 * const pastavy = (await placeCatalogue()).find((place) => place.id === 'pastavy')!.history!;
 * treatyLine(pastavy); //=> 'inside the 1920 line, by the sources (too close to the line for the geometry to decide). The line runs through the town …'
 * ```
 */
export function treatyLine(history: NonNullable<CataloguePlace['history']>): string {
  const side = history.inTreatyTerritory ? 'inside the 1920 line' : 'outside the 1920 line';
  const basis = history.inTreatyBasis === 'sources' ? 'by the sources (too close to the line for the geometry to decide)' : 'by the border geometry';
  return `${side}, ${basis}${history.note === undefined ? '' : `. ${history.note}`}`;
}

/**
 * `lt-ru-1920 status PLACE [DATE]`.
 *
 * @example
 * ```ts
 * await status.run({ values: {}, positionals: ['Wilno', '1930-06-01'] }); // 'place      Vilnius (vilnius; also Вильно, Wilno), 1930-06-01\ncontrol    Poland\n…'
 * ```
 */
export const status: Command = {
  usage: 'PLACE [DATE] [--lang LANG] [--json]',
  help: [
    'Says who controlled a place on a day from 12 July 1920 to 31 December 1940, and who had title',
    'to it in each side’s view (never merged into one answer: title was contested) under the',
    'instruments dated by that day, with the control period the day falls in and its sources.',
    'Without DATE, the place’s whole history: every control period with its dates, controller,',
    'confidence and the other dates sources give, the titles by view with all their instruments,',
    'and the sources. PLACE is a place id or any name the data holds for it, in any language,',
    'case and accents optional (vilnius, Wilno, Гродно, Gardinas).',
    languageHelp,
    '  --json        print what statusOn (with DATE) or periodsOf and the titles (without) return',
    'Examples: lt-ru-1920 status vilnius 1930-06-01',
    '          lt-ru-1920 status Wilno',
  ].join('\n'),
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  positionals: ['PLACE'],
  optionalPositionals: ['DATE'],
  async run({ values, positionals }) {
    const [query = '', text] = positionals;
    const language = languageOption(values.lang);
    const date = text === undefined ? undefined : (dateArgument('DATE', text) as string);
    const history = await import('../history/index.js');
    const { from, to } = history.historyRange;
    if (date !== undefined && (date < from || date > to)) throw new UsageError(`DATE ${date} is out of range ${from}…${to}`);
    const place = historyPlace(await placeCatalogue(), query);
    const names = await powerNames();
    const output =
      date === undefined
        ? wholeHistory(history, place, names, language, values.json === true)
        : oneDay(history, place, date, names, language, values.json === true);
    return values.json ? output : `${output}${fallbackNote(output, language)}`;
  },
};

/**
 * The place of `lt-ru-1920/history` that `query` names; a `NotFoundError`
 * with suggestions when no place has that name, or saying that the place is
 * not one the history follows.
 *
 * @example
 * ```ts
 * historyPlace(await placeCatalogue(), 'Gardinas').id; //=> 'hrodna'
 * historyPlace(await placeCatalogue(), 'Moscow'); // NotFoundError: Moscow (moscow) is not one of the 17 places lt-ru-1920/history follows: …
 * ```
 */
export function historyPlace(catalogue: readonly CataloguePlace[], query: string): CataloguePlace {
  const followed = catalogue.filter((place) => place.history !== undefined);
  const place = findByName('place', query, catalogue);
  if (place.history !== undefined) return place;
  throw new NotFoundError(
    `${place.name.en} (${place.id}) is not one of the ${followed.length} places lt-ru-1920/history follows: ${followed.map((candidate) => candidate.id).join(', ')}`,
  );
}

type History = typeof import('../history/index.js');

function oneDay(history: History, place: CataloguePlace, date: string, names: Names, language: Language, json: boolean): string {
  let answer;
  try {
    answer = history.statusOn(place.id as HistoryPlaceId, date); // historyPlace() returned a place the history follows
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`DATE ${date}: ${error.message.replace(/^statusOn: /, '')}`);
    throw error;
  }
  if (json) return jsonOutput(answer);
  const { period } = answer;
  const titles =
    answer.titles.length === 0
      ? ['title      no instrument applies that day']
      : answer.titles.map(
          (claim, i) =>
            `${i === 0 ? 'title' : ''.padEnd(5)}      ${claim.view} view: ${claimed(names, claim.holder, claim.leftTo, language)}${claim.basis.length > 0 ? ` (by ${claim.basis.join(', ')})` : ''}`,
        );
  return [
    `place      ${placeHeading(place, language)}, ${date}`,
    `control    ${power(names, answer.controller, language)}`,
    `period     ${period.from}…${period.to} (${period.id}, confidence ${period.confidence})`,
    ...titles,
    ...(period.note === undefined ? [] : [`note       ${period.note}`]),
    `sources    ${[...new Set(period.sources.map((ref) => ref.source))].join(', ')}`,
    '',
  ].join('\n');
}

function wholeHistory(history: History, place: CataloguePlace, names: Names, language: Language, json: boolean): string {
  const periods = history.periodsOf(place.id as HistoryPlaceId); // historyPlace() returned a place the history follows
  const titles = history.titles.filter((title) => title.places.some((id) => id === place.id));
  const record = place.history as NonNullable<CataloguePlace['history']>;
  if (json) return jsonOutput({ place: { ...record, name: place.name }, periods, titles });
  const controllers = periods.map((period) => power(names, period.controller, language));
  const width = Math.max(...controllers.map((name) => name.length));
  const periodLines = periods.flatMap((period, i) => [
    `${i === 0 ? 'control' : ''.padEnd(7)}    ${period.from}…${period.to}  ${(controllers[i] as string).padEnd(width)}  confidence ${period.confidence.padEnd(6)}  [${period.id}]`,
    ...(period.variants === undefined
      ? []
      : [
          `${''.padEnd(13)}other first days: ${period.variants.map((variant) => `${variant.value} (${[...new Set(variant.sources.map((ref) => ref.source))].join(', ')})`).join(', ')}`,
        ]),
  ]);
  const titleLines =
    titles.length === 0
      ? ['title      no instrument gave title to it']
      : titles.map(
          (title, i) =>
            `${i === 0 ? 'title' : ''.padEnd(5)}      ${title.view} view: ${claimed(names, title.holder, title.leftTo, language)}, ${title.from}…${title.to ?? ''} (by ${title.basis.join(', ')})`,
        );
  const sources = new Set([record, ...periods, ...titles].flatMap((item) => item.sources.map((ref) => ref.source)));
  return [
    `place      ${placeHeading(place, language)}`,
    `treaty     ${treatyLine(record)}`,
    ...periodLines,
    ...titleLines,
    `sources    ${[...sources].join(', ')}`,
    `notes      each period’s note: lt-ru-1920 status ${place.id} DATE; everything: --json`,
    '',
  ].join('\n');
}
