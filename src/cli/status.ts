import { NotFoundError, UsageError, jsonOutput, type Command } from './command.js';
import { dateArgument } from './date-argument.js';
import { notFoundMessage } from './suggest.js';

/** `lt-ru-1920 status PLACE DATE`. */
export const status: Command = {
  usage: 'PLACE DATE [--json]',
  help: [
    'Says who controlled a place on a day from 12 July 1920 to 31 December 1940, and who had title',
    'to it in each side’s view (never merged into one answer: title was contested), with the',
    'control period the day falls in and its sources. PLACE is a place id of lt-ru-1920/history.',
    'Example: lt-ru-1920 status vilnius 1930-06-01',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  positionals: ['PLACE', 'DATE'],
  async run({ values, positionals }) {
    const [place = '', text = ''] = positionals;
    const date = dateArgument('DATE', text) as string;
    const history = await import('../history/index.js');
    const { from, to } = history.historyRange;
    if (date < from || date > to) throw new UsageError(`DATE ${date} is out of range ${from}…${to}`);
    const ids = history.historyPlaces.map((record) => record.id);
    if (!ids.includes(place)) throw new NotFoundError(notFoundMessage('place', place, ids));
    let answer;
    try {
      answer = history.statusOn(place, date);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(`DATE ${date}: ${error.message.replace(/^statusOn: /, '')}`);
      throw error;
    }
    if (values.json) return jsonOutput(answer);
    const { period } = answer;
    const titles =
      answer.titles.length === 0
        ? ['title      no instrument applies that day']
        : answer.titles.map((claim, i) => `${i === 0 ? 'title' : ''.padEnd(5)}      ${claim.view} view: ${claim.holder ?? `no claim, left to ${claim.leftTo.join(' and ')}`}${claim.basis.length > 0 ? ` (by ${claim.basis.join(', ')})` : ''}`);
    return [
      `place      ${place}, ${date}`,
      `control    ${answer.controller ?? 'not known: the sources do not say'}`,
      `period     ${period.from}…${period.to} (${period.id}, confidence ${period.confidence})`,
      ...titles,
      ...(period.note === undefined ? [] : [`note       ${period.note}`]),
      `sources    ${[...new Set(period.sources.map((ref) => ref.source))].join(', ')}`,
      '',
    ].join('\n');
  },
};
