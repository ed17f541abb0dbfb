import { describe, expect, it } from 'vitest';
import { historyRange, statusOn } from '../history/index.js';
import { run } from './run.js';

/** What `status PLACE DATE` prints, line by line, for what `statusOn` answers. */
function expectedLines(place: 'vilnius' | 'lida' | 'suwalki', date: string): string[] {
  const answer = statusOn(place, date);
  const { period } = answer;
  return [
    `place      ${place}, ${date}`,
    `control    ${answer.controller ?? 'not known: the sources do not say'}`,
    `period     ${period.from}…${period.to} (${period.id}, confidence ${period.confidence})`,
    ...(answer.titles.length === 0
      ? ['title      no instrument applies that day']
      : answer.titles.map((claim, i) => `${i === 0 ? 'title ' : '      '}     ${claim.view} view: ${claim.holder ?? `no claim, left to ${claim.leftTo.join(' and ')}`} (by ${claim.basis.join(', ')})`)),
    `note       ${period.note}`,
    `sources    ${[...new Set(period.sources.map((ref) => ref.source))].join(', ')}`,
    '',
  ];
}

describe('lt-ru-1920 status', () => {
  it('prints control, period, each side’s title on its own line, the note and the sources, on the first and the last day covered', async () => {
    for (const date of [historyRange.from, '1930-06-01', historyRange.to]) {
      expect(await run(['status', 'vilnius', date]), date).toEqual({ code: 0, stdout: expectedLines('vilnius', date).join('\n'), stderr: '' });
    }
    expect(statusOn('vilnius', historyRange.to).titles.length).toBeGreaterThan(1);
  });
  it('says when the sources do not name who held the place, and when no instrument gives title', async () => {
    const lida = (await run(['status', 'lida', '1920-07-12'])).stdout;
    expect(lida).toBe(expectedLines('lida', '1920-07-12').join('\n'));
    expect(lida).toContain('\ncontrol    not known: the sources do not say\n');
    const suwalki = (await run(['status', 'suwalki', '1920-07-12'])).stdout;
    expect(suwalki).toBe(expectedLines('suwalki', '1920-07-12').join('\n'));
    expect(suwalki).toContain('\ntitle      no instrument applies that day\n');
  });
  it('a day outside the range covered, or one the calendar does not have, is a usage error naming DATE', async () => {
    expect(await run(['status', 'vilnius', '1920-07-11'])).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: DATE 1920-07-11 is out of range 1920-07-12…1940-12-31\n' });
    expect((await run(['status', 'vilnius', '1941-01-01'])).stderr).toBe('lt-ru-1920: DATE 1941-01-01 is out of range 1920-07-12…1940-12-31\n');
    expect(await run(['status', 'vilnius', '1930-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: DATE 1930-02-30: date must be an ISO calendar date YYYY-MM-DD, received "1930-02-30"\n',
    });
  });
  it('--json prints what statusOn returns, as indented JSON', async () => {
    expect((await run(['status', 'lida', '1920-07-12', '--json'])).stdout).toBe(`${JSON.stringify(statusOn('lida', '1920-07-12'), null, 2)}\n`);
  });
});
