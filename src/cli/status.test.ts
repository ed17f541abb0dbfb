import { describe, expect, it } from 'vitest';
import { historyRange, periodsOf, statusOn, titles } from '../history/index.js';
import { run } from './run.js';

const names: Readonly<Record<string, string>> = {
  poland: 'Poland',
  lithuania: 'Lithuania',
  rsfsr: 'Russia',
  ussr: 'Soviet Union',
  'central-lithuania': 'Central Lithuania',
  'lithuanian-ssr': 'Lithuanian SSR',
  'byelorussian-ssr': 'Byelorussian SSR',
};
const heading: Readonly<Record<string, string>> = {
  vilnius: 'Vilnius (vilnius; also Вильно, Wilno)',
  lida: 'Lida (lida; also Lyda, Лида, Ліда)',
  suwalki: 'Suwałki (suwalki; also Suvalkai, Сувалки)',
};

/** What `status PLACE DATE` prints, line by line, for what `statusOn` answers. */
function expectedLines(place: 'vilnius' | 'lida' | 'suwalki', date: string): string[] {
  const answer = statusOn(place, date);
  const { period } = answer;
  return [
    `place      ${heading[place]}, ${date}`,
    `control    ${answer.controller === null ? 'not known: the sources do not say' : names[answer.controller]}`,
    `period     ${period.from}…${period.to} (${period.id}, confidence ${period.confidence})`,
    ...(answer.titles.length === 0
      ? ['title      no instrument applies that day']
      : answer.titles.map(
          (claim, i) =>
            `${i === 0 ? 'title ' : '      '}     ${claim.view} view: ${claim.holder === null ? `no claim, left to ${claim.leftTo.map((id) => names[id]).join(' and ')}` : names[claim.holder]} (by ${claim.basis.join(', ')})`,
        )),
    `note       ${period.note}`,
    `sources    ${[...new Set(period.sources.map((ref) => ref.source))].join(', ')}`,
    '',
  ];
}

describe('lt-ru-1920 status PLACE DATE', () => {
  it('prints control, period, each side’s title on its own line, the note and the sources, on the first and the last day covered', async () => {
    for (const date of [historyRange.from, '1930-06-01', historyRange.to]) {
      expect(await run(['status', 'vilnius', date]), date).toEqual({ code: 0, stdout: expectedLines('vilnius', date).join('\n'), stderr: '' });
    }
    expect(statusOn('vilnius', historyRange.to).titles.length).toBeGreaterThan(1);
  });
  it('finds the place by any name the data holds, in any language, case and accents optional', async () => {
    const expected = await run(['status', 'vilnius', '1930-06-01']);
    for (const name of ['Vilnius', 'VILNIUS', 'wilno', 'Wilno', 'Вильно', 'вильно']) expect(await run(['status', name, '1930-06-01']), name).toEqual(expected);
    const hrodna = await run(['status', 'hrodna', '1930-06-01']);
    for (const name of ['Гродно', 'Gardinas', 'Grodno', 'GRODNO']) expect(await run(['status', name, '1930-06-01']), name).toEqual(hrodna);
    expect((await run(['status', 'SUWAŁKI', '1930-06-01'])).stdout).toContain('place      Suwałki (suwalki;');
  });
  it('suggests names across languages, and says when a place is not one the history follows', async () => {
    expect(await run(['status', 'wilnoo', '1930-06-01'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lt-ru-1920: no place "wilnoo"; did you mean "Wilno" (vilnius)?\n',
    });
    expect((await run(['status', 'Moskwa'])).stderr).toMatch(
      /^lt-ru-1920: Moscow \(moscow\) is not one of the 17 places lt-ru-1920\/history follows: kaunas, vilnius, /,
    );
  });
  it('says when the sources do not name who held the place, and when no instrument gives title', async () => {
    const lida = (await run(['status', 'lida', '1920-07-12'])).stdout;
    expect(lida).toBe(expectedLines('lida', '1920-07-12').join('\n'));
    expect(lida).toContain('\ncontrol    not known: the sources do not say\n');
    const suwalki = (await run(['status', 'suwalki', '1920-07-12'])).stdout;
    expect(suwalki).toBe(expectedLines('suwalki', '1920-07-12').join('\n'));
    expect(suwalki).toContain('\ntitle      no instrument applies that day\n');
  });
  it('--lang names the place and the powers in that language, and marks and explains an English fallback', async () => {
    const { stdout } = await run(['status', 'Гродно', '1930-06-01', '--lang', 'pl']);
    expect(stdout).toMatch(/^place {6}Grodno \(hrodna; also Hrodna, Gardinas, Гродно, Гродна\), 1930-06-01\ncontrol {4}Polska\n/);
    expect(stdout).toContain('lithuania view: Lithuania [en] (by treaty-signed, ');
    expect(stdout).toContain('soviet view: no claim, left to Polska and Lithuania [en] (by peace-of-riga)');
    expect(stdout.endsWith('[en]: the data has no Polish form; English shown\n')).toBe(true);
    expect((await run(['status', 'vilnius', '1930-06-01', '--lang', 'lt'])).stdout).not.toContain('[en]');
    expect(await run(['status', 'vilnius', '--lang', 'de'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: --lang "de" is not one of en, lt, pl, ru, be\n',
    });
  });
  it('a day outside the range covered, or one the calendar does not have, is a usage error naming DATE', async () => {
    expect(await run(['status', 'vilnius', '1920-07-11'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: DATE 1920-07-11 is out of range 1920-07-12…1940-12-31\n',
    });
    expect((await run(['status', 'vilnius', '1941-01-01'])).stderr).toBe('lt-ru-1920: DATE 1941-01-01 is out of range 1920-07-12…1940-12-31\n');
    expect(await run(['status', 'vilnius', '1930-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: DATE must be an ISO calendar date YYYY-MM-DD, received "1930-02-30"\n',
    });
  });
  it('--json prints what statusOn returns, as indented JSON', async () => {
    expect((await run(['status', 'lida', '1920-07-12', '--json'])).stdout).toBe(`${JSON.stringify(statusOn('lida', '1920-07-12'), null, 2)}\n`);
  });
});

describe('lt-ru-1920 status PLACE (the whole history)', () => {
  it('prints every control period with its dates, controller and confidence, the other first days, the titles by view and the sources', async () => {
    const { code, stdout } = await run(['status', 'Wilno']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('place      Vilnius (vilnius; also Вильно, Wilno)');
    expect(lines[1]).toBe('treaty     inside the 1920 line, by the border geometry. About 97 km inside the drawn line (accuracy there 10 km).');
    const periods = periodsOf('vilnius');
    for (const period of periods)
      expect(stdout).toMatch(
        new RegExp(`${period.from}…${period.to}  ${names[period.controller as string]} +confidence ${period.confidence} +\\[${period.id}\\]`),
      );
    expect(stdout).toContain('\n             other first days: 1920-08-27 (ngopole, tarasenka), 1920-08-28 (helpnk-hy)\n');
    for (const title of titles.filter((candidate) => candidate.places.includes('vilnius'))) {
      const holder = title.holder === null ? `no claim, left to ${(title.leftTo ?? []).map((id) => names[id]).join(' and ')}` : names[title.holder];
      expect(stdout).toContain(`${title.view} view: ${holder}, ${title.from}…${title.to ?? ''} (by ${title.basis.join(', ')})`);
    }
    // Every source once, in the order met: the place's own, then each period's, then each title's.
    expect(lines.at(-3)).toBe(
      `sources    ${[...new Set(['geonames-cities500', ...periods.flatMap((period) => period.sources.map((ref) => ref.source)), ...titles.filter((title) => title.places.includes('vilnius')).flatMap((title) => title.sources.map((ref) => ref.source))])].join(', ')}`,
    );
  });
  it('says where the treaty put the place and on what basis: geometry or sources', async () => {
    expect((await run(['status', 'pastavy'])).stdout).toContain(
      '\ntreaty     inside the 1920 line, by the sources (too close to the line for the geometry to decide). ',
    );
    expect((await run(['status', 'suwalki'])).stdout).toContain('\ntreaty     outside the 1920 line, by the border geometry. ');
  });
  it('--json prints the place, its periods and its titles', async () => {
    const answer = JSON.parse((await run(['status', 'lida', '--json'])).stdout);
    expect(answer.place).toMatchObject({ id: 'lida', inTreatyTerritory: true, inTreatyBasis: 'contains-point', name: { en: 'Lida' } });
    expect(answer.periods).toEqual(JSON.parse(JSON.stringify(periodsOf('lida'))));
    expect(answer.titles.map((title: { id: string }) => title.id)).toEqual(titles.filter((title) => title.places.includes('lida')).map((title) => title.id));
  });
});

describe('placeHeading and treatyLine', () => {
  it('head a place in a language, and say its side of the line with the basis', async () => {
    const { placeCatalogue } = await import('./place-catalogue.js');
    const { placeHeading, treatyLine } = await import('./status.js');
    const catalogue = await placeCatalogue();
    const vilnius = catalogue.find((place) => place.id === 'vilnius')!;
    const pastavy = catalogue.find((place) => place.id === 'pastavy')!;
    expect(placeHeading(vilnius, 'pl')).toBe('Wilno (vilnius; also Vilnius, Вильно)');
    expect(placeHeading(vilnius, 'be')).toBe('Vilnius [en] (vilnius; also Вильно, Wilno)');
    expect(treatyLine(pastavy.history!)).toMatch(
      /^inside the 1920 line, by the sources \(too close to the line for the geometry to decide\)\. The line runs through the town /,
    );
  });
});
