import { describe, expect, it } from 'vitest';
import { historyPlaces, historySources, holders } from '../history/index.js';
import { events, parties, places, signatories, sources } from '../index.js';
import { columns } from './list.js';
import { run } from './run.js';

describe('columns', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(
      columns([
        ['a', 'bb', 'c'],
        ['ddd', 'e', 'f'],
      ]),
    ).toBe('a    bb  c\nddd  e   f\n');
    expect(columns([])).toBe('');
  });
});

describe('lt-ru-1920 places, events, signatories, holders, sources', () => {
  it('places: one line a place, with its names and, for the places of the history, its side of the 1920 line and the basis', async () => {
    const { code, stdout } = await run(['places']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, places.length).map((line) => line.split(' ')[0])).toEqual(places.map((place) => place.id));
    expect(stdout).toMatch(/\nhrodna +Hrodna +inside \(geometry\) +Gardinas, Гродно, Grodno, Гродна\n/);
    expect(stdout).toMatch(/\npastavy +Pastavy +inside \(sources\) +Pastovys, Поставы, Postawy, Паставы\n/);
    expect(stdout).toMatch(/^moscow +Moscow +Maskva, Москва, Moskwa, Масква, Moscou\n/);
    expect(lines.filter((line) => / (inside|outside) \((geometry|sources)\) /.test(line))).toHaveLength(historyPlaces.length);
  });
  it('places --lang: the names in that language, English marked [en] where the data has none, and said once', async () => {
    const { stdout } = await run(['places', '--lang', 'be']);
    expect(stdout).toMatch(/\nhrodna +Гродна +inside/);
    expect(stdout).toMatch(/\nkaunas +Kaunas \[en\] +inside \(geometry\) +Каунас, Kowno\n/);
    expect(stdout.endsWith('[en]: the data has no Belarusian form; English shown\n')).toBe(true);
    expect(await run(['--lang', 'be', 'places'])).toEqual(await run(['places', '--lang', 'be']));
  });
  it('places --json: every place record, with position and side for the places of the history', async () => {
    const json = JSON.parse((await run(['places', '--json'])).stdout);
    expect(json).toHaveLength(places.length);
    expect(json.find((place: { id: string }) => place.id === 'pastavy')).toMatchObject({
      name: { pl: 'Postawy' },
      position: [26.83263, 55.11676],
      inTreatyTerritory: true,
      inTreatyBasis: 'sources',
    });
    expect(json.find((place: { id: string }) => place.id === 'moscow')).toEqual(JSON.parse(JSON.stringify(places.find((place) => place.id === 'moscow'))));
  });
  it('events: every event by date with its title in LANG; --json the records', async () => {
    const { stdout } = await run(['events', '--lang', 'ru']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(events.length);
    expect(stdout).toMatch(/\n1920-07-12 +treaty-signed +signing +\S/);
    expect(JSON.parse((await run(['--json', 'events'])).stdout)).toHaveLength(events.length);
  });
  it('signatories: in the preamble’s order, printed and own-language names', async () => {
    const { stdout } = await run(['signatories']);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' ')[0]),
    ).toEqual(signatories.map((signatory) => signatory.id));
    expect(stdout).toMatch(/^adolf-joffe +rsfsr +Adolf Abramovitch Joffe +Адольф Абрамович Иоффе\n/);
    expect(await run(['signatories', '--lang', 'pl'])).toMatchObject({
      code: 2,
      stderr: 'lt-ru-1920: unknown option --lang for signatories (see lt-ru-1920 signatories --help)\n',
    });
  });
  it('holders: the two parties by short name, then the holders of the history', async () => {
    const { stdout } = await run(['holders', '--lang', 'pl']);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .slice(0, -1)
        .map((line) => line.split(' ')[0]),
    ).toEqual([...parties, ...holders].map((holder) => holder.id));
    expect(stdout).toMatch(/\npoland +Polska +holder\n/);
    expect(stdout).toMatch(/\nussr +Soviet Union \[en\] +holder +USSR\n/);
  });
  it('sources: every source of both entries, strongest tier first', async () => {
    const { stdout } = await run(['sources']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(sources.length + historySources.length);
    const tiers = lines.map((line) => line.split(/ +/)[1] as string);
    const order = ['primary', 'scholarly', 'reference', 'wiki', 'derivative'];
    expect(tiers.map((tier) => order.indexOf(tier))).toEqual([...tiers.map((tier) => order.indexOf(tier))].sort((a, b) => a - b));
  });
});
