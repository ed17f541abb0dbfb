import { describe, expect, it } from 'vitest';
import { events, timeline } from '../index.js';
import { run } from './run.js';

describe('lt-ru-1920 timeline', () => {
  it('prints one aligned line per event: date or range of dates, kind, title, id and the other dates given', async () => {
    expect(await run(['timeline', '--kind', 'agreement', '--from', '1919-07-01', '--to', '1920-08-06'])).toEqual({
      code: 0,
      stdout: [
        '1919-09-14…1919-09-15  agreement  Baltic states agree to open peace talks  [baltic-agreement-tallinn-1919]',
        '1920-06-30             agreement  Signing of the refugee re-evacuation treaty  [refugee-treaty-signed]',
        '1920-08-06             agreement  Soviet–Lithuanian convention signed in Kaunas  [kaunas-convention]',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect((await run(['timeline', '--from', '1920-08-06', '--to', '1920-08-06'])).stdout).toBe(
      [
        '1920-08-06  ratification  Ratification by Lithuania (Constituent Seimas)  [ratification-lithuania]  (other dates given: 1920-08-08)',
        '1920-08-06  agreement     Soviet–Lithuanian convention signed in Kaunas  [kaunas-convention]',
        '',
      ].join('\n'),
    );
  });
  it('lists every other date some sources give', async () => {
    expect((await run(['timeline', '--from', '1920-08-26', '--to', '1920-08-26', '--kind', 'military'])).stdout).toMatch(
      / {2}\[lithuanian-troops-enter-vilnius\] {2}\(other dates given: 1920-08-24, 1920-08-27, 1920-08-28\)\n/,
    );
  });
  it('without options lists every event in date order; --from and --to are inclusive', async () => {
    const all = (await run(['timeline'])).stdout.trimEnd().split('\n');
    expect(all).toHaveLength(events.length);
    expect(all.map((line) => line.slice(0, 10))).toEqual(timeline().map((event) => event.date));
    const day = (await run(['timeline', '--from', '1920-07-12', '--to', '1920-07-12'])).stdout;
    expect(day).toContain('[treaty-signed]');
  });
  it('--json prints the selected records as indented JSON', async () => {
    expect((await run(['timeline', '--kind', 'ratification', '--json'])).stdout).toBe(`${JSON.stringify(timeline({ kind: 'ratification' }), null, 2)}\n`);
  });
  it('an unknown kind is a usage error listing the known kinds in alphabetical order', async () => {
    const known = [...new Set(events.map((event) => event.kind))].sort();
    expect(await run(['timeline', '--kind', 'signing', '--kind', 'battle'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `lt-ru-1920: --kind "battle" is not an event kind; known kinds: ${known.join(', ')}\n`,
    });
  });
});

describe('lt-ru-1920 timeline: --from later than --to, --lang', () => {
  it('--from later than --to is a usage error naming both', async () => {
    const { run } = await import('./run.js');
    expect(await run(['timeline', '--from', '1921-01-01', '--to', '1920-01-01'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: --from 1921-01-01 is later than --to 1920-01-01\n',
    });
    expect((await run(['timeline', '--from', '1920-07-12', '--to', '1920-07-12'])).code).toBe(0);
  });
  it('--lang prints the titles in that language', async () => {
    const { run } = await import('./run.js');
    expect((await run(['timeline', '--from', '1920-10-07', '--to', '1920-10-07', '--lang', 'lt'])).stdout).toBe(
      '1920-10-07  agreement  Suvalkų sutartis  [suwalki-agreement]\n',
    );
  });
});
