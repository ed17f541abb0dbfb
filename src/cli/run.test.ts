import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events } from '../data/events.js';
import { meta } from '../meta.js';
import { run } from './run.js';

/** Runs the CLI and checks the contract every run keeps: output on exactly one stream. */
async function cli(...args: string[]) {
  const result = await run(args);
  if (result.code === 0) expect(result.stderr).toBe('');
  else expect(result.stdout).toBe('');
  return result;
}

describe('lt-ru-1920 (the command line)', () => {
  it('--help lists every command; COMMAND --help and help COMMAND show its usage', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const name of ['cite', 'event', 'signatory', 'article', 'timeline', 'where', 'status', 'export']) expect(stdout).toContain(`\n  ${name} `);
    expect((await cli('where', '--help')).stdout).toMatch(/^Usage: lt-ru-1920 where LON LAT/);
    expect((await cli('help', 'timeline')).stdout).toMatch(/^Usage: lt-ru-1920 timeline /);
  });
  it('--version prints the one version and its release date', async () => {
    const { code, stdout } = await cli('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`lt-ru-1920 ${meta.version} (released ${meta.released})\n`);
  });
  it('no command, an unknown command or an unknown option is a usage error (exit 2) naming it', async () => {
    expect(await cli()).toMatchObject({ code: 2, stderr: expect.stringContaining('a command is needed') });
    expect(await cli('bogus')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "bogus"') });
    expect(await cli('where', '25', '54', '--frob')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --frob for where') });
    expect(await cli('cite', '--format')).toMatchObject({ code: 2, stderr: expect.stringContaining('option --format of cite needs a value') });
    expect(await cli('event')).toMatchObject({ code: 2, stderr: expect.stringContaining('event takes ID, got none') });
    expect(await cli('timeline', 'extra')).toMatchObject({ code: 2, stderr: expect.stringContaining('timeline takes no arguments, got "extra"') });
  });

  it('-v is --version; a name of Object.prototype is not a command', async () => {
    expect(await cli('-v')).toEqual(await cli('--version'));
    expect(await cli('toString')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lt-ru-1920: unknown command "toString"; commands: cite, event, signatory, article, source, places, events, signatories, holders, sources, timeline, where, status, export, completion (see lt-ru-1920 --help)\n',
    });
  });
  it('without a command, prints the tool help on stderr and exits 2', async () => {
    expect(await cli()).toEqual({ code: 2, stdout: '', stderr: `lt-ru-1920: a command is needed\n\n${(await cli('--help')).stdout}\n` });
  });
  it('names the option and the command in option errors, and counts the arguments it got', async () => {
    expect((await cli('where', '25', '54', '--frob')).stderr).toBe('lt-ru-1920: unknown option --frob for where (see lt-ru-1920 where --help)\n');
    expect((await cli('cite', '--format')).stderr).toBe('lt-ru-1920: option --format of cite needs a value (see lt-ru-1920 cite --help)\n');
    expect((await cli('where', '25', '54', '-3')).stderr).toBe('lt-ru-1920: where takes LON [LAT], got "25" "54" "-3" (see lt-ru-1920 where --help)\n');
    expect((await cli('event')).stderr).toBe('lt-ru-1920: event takes ID, got none (see lt-ru-1920 event --help)\n');
    expect((await cli('where', '--help', '25')).code).toBe(0);
  });

  describe('event, signatory, article', () => {
    it('prints the record, or with --json the record as JSON', async () => {
      const human = await cli('event', 'treaty-signed');
      expect(human.code).toBe(0);
      expect(human.stdout).toMatch(/^1920-07-12 {2}Signing of the peace treaty\n\nid: treaty-signed\ndate: 1920-07-12\n/);
      const json = await cli('event', 'treaty-signed', '--json');
      expect(JSON.parse(json.stdout)).toEqual(events.find((event) => event.id === 'treaty-signed'));
      expect((await cli('signatory', 'tomas-narusevicius')).stdout).toMatch(/^Thomas Narusevicius \(lithuania\)\n/);
      expect((await cli('article', 'article-2-secret-supplement')).stdout).toMatch(/^Article II \(secret-supplement\)\n/);
    });
    it('an unknown id exits 1 and suggests the nearest ids', async () => {
      expect(await cli('event', 'treaty-signd')).toEqual({
        code: 1,
        stdout: '',
        stderr: 'lt-ru-1920: no event "treaty-signd"; did you mean "treaty-signed"?\n',
      });
      expect((await cli('signatory', 'zzzz')).stderr).toContain('known: adolf-joffe,');
    });
  });

  describe('timeline', () => {
    it('lists events by date, filtered by --from, --to and repeated --kind', async () => {
      const { code, stdout } = await cli('timeline', '--from', '1920-07-01', '--to', '1920-10-31', '--kind', 'ratification', '--kind', 'signing');
      expect(code).toBe(0);
      expect(
        stdout
          .trimEnd()
          .split('\n')
          .map((line) => line.slice(0, 10)),
      ).toEqual(['1920-07-12', '1920-08-06', '1920-09-09']);
      expect(stdout).toContain('[ratification-lithuania]  (other dates given: 1920-08-08)');
    });
    it('--json prints the selected records; an empty selection says so', async () => {
      const ids = JSON.parse((await cli('timeline', '--kind', 'signing', '--json')).stdout).map((event: { id: string }) => event.id);
      expect(ids).toContain('treaty-signed');
      expect((await cli('timeline', '--from', '1800-01-01', '--to', '1800-12-31')).stdout).toBe('no events match\n');
    });
    it('a malformed date or an unknown kind is a usage error naming the option', async () => {
      expect(await cli('timeline', '--from', '1920-13-01')).toMatchObject({
        code: 2,
        stderr: 'lt-ru-1920: --from must be an ISO calendar date YYYY-MM-DD, received "1920-13-01"\n',
      });
      expect(await cli('timeline', '--to', '12 July 1920')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--to must be an ISO calendar date YYYY-MM-DD, received "12 July 1920"'),
      });
      expect(await cli('timeline', '--from', '1930-02-29')).toMatchObject({
        code: 2,
        stderr: 'lt-ru-1920: --from must be an ISO calendar date YYYY-MM-DD, received "1930-02-29"\n',
      });
      expect(await cli('timeline', '--kind', 'battle')).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/--kind "battle" is not an event kind; known kinds: [a-z-]+(, [a-z-]+)*\n$/),
      });
    });
  });

  describe('where', () => {
    it('answers inside / outside with the distance and the nearest segment', async () => {
      const vilnius = await cli('where', '25.2798', '54.6892');
      expect(vilnius.code).toBe(0);
      expect(vilnius.stdout).toMatch(
        /^position {3}25\.2798, 54\.6892 \(longitude, latitude\)\nplace {6}vilnius \(a place of lt-ru-1920\/history\), its GeoNames position\ninside {5}yes, /,
      );
      expect(vilnius.stdout).toMatch(
        /\ndistance {3}\d+\.\d km to the Article II line\nnearest {4}segment [a-z-]+: [a-z-]+, basis [a-z-]+, accuracy ±\d+(\.\d+)? km\n$/,
      );
      expect((await cli('where', '27.5667', '53.9')).stdout).toContain('inside     no, ');
    });
    it('--json prints position, inside, distanceToLineKm and nearestSegment', async () => {
      const answer = JSON.parse((await cli('where', '25.2798', '54.6892', '--json')).stdout);
      expect(answer).toMatchObject({ position: [25.2798, 54.6892], inside: true, withinAccuracy: false });
      expect(answer.distanceToLineKm).toBeGreaterThan(50);
      expect(Object.keys(answer.nearestSegment)).toEqual(['id', 'basis', 'feature', 'accuracyKm']);
      expect(answer).toMatchObject({ answer: 'inside', basis: 'geometry' });
    });
    it('does not decide a point within the segment’s accuracy of the line that no source speaks for', async () => {
      const answer = JSON.parse((await cli('where', '26.9', '55.2', '--json')).stdout);
      expect(answer).toMatchObject({ withinAccuracy: true, answer: 'undecided', inside: null });
      expect((await cli('where', '26.9', '55.2')).stdout).toMatch(/\ninside {5}not decided: the point lies within the line’s accuracy/);
    });
    it('takes negative coordinates as numbers, not options', async () => {
      expect(JSON.parse((await cli('where', '-3.7038', '-40.4168', '--json')).stdout).position).toEqual([-3.7038, -40.4168]);
    });
    it('a non-number or out-of-range coordinate is a usage error naming it', async () => {
      expect(await cli('where', '200', '54')).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: longitude 200 is out of range −180…180\n' });
      expect((await cli('where', '25', '-91')).stderr).toBe('lt-ru-1920: latitude -91 is out of range −90…90\n');
      expect((await cli('where', '25', 'north')).stderr).toBe('lt-ru-1920: latitude "north" is not a number\n');
      expect((await cli('where', '25')).code).toBe(2);
    });
  });

  describe('status', () => {
    it('says who controlled a place that day and each side’s title, with the period and its sources', async () => {
      const { code, stdout } = await cli('status', 'vilnius', '1930-06-01');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^place {6}Vilnius \(vilnius; also Вильно, Wilno\), 1930-06-01\ncontrol {4}Poland\nperiod {5}\d{4}-\d{2}-\d{2}…\d{4}-\d{2}-\d{2} \(vilnius-/,
      );
      expect(stdout).toMatch(/\ntitle {6}lithuania view: Lithuania \(by treaty-signed, lithuanian-constitution-1922, lithuanian-constitution-1928\)\n/);
      expect(stdout, 'the constitution of 1938 is no basis in 1930').not.toContain('lithuanian-constitution-1938');
      expect((await cli('status', 'vilnius', '1939-01-01')).stdout).toContain(
        'lithuania view: Lithuania (by treaty-signed, lithuanian-constitution-1922, lithuanian-constitution-1928, lithuanian-constitution-1938)',
      );
      expect(stdout).toMatch(/\nsources {4}\S/);
    });
    it('says so where a view made no claim and left the question to others', async () => {
      const { code, stdout } = await cli('status', 'hrodna', '1930-06-01');
      expect(code).toBe(0);
      expect(stdout).toContain('soviet view: no claim, left to Poland and Lithuania (by peace-of-riga)');
    });
    it('--json prints what statusOn returns', async () => {
      const answer = JSON.parse((await cli('status', 'vilnius', '1920-08-30', '--json')).stdout);
      expect(answer).toMatchObject({ place: 'vilnius', date: '1920-08-30', controller: 'lithuania' });
      expect(answer.period.from <= '1920-08-30' && '1920-08-30' <= answer.period.to).toBe(true);
    });
    it('an unknown place exits 1 with suggestions; a malformed or uncovered date is a usage error naming DATE', async () => {
      expect(await cli('status', 'vilnus', '1930-06-01')).toEqual({ code: 1, stdout: '', stderr: 'lt-ru-1920: no place "vilnus"; did you mean "vilnius"?\n' });
      expect((await cli('status', 'vilnius', '1950-01-01')).stderr).toBe('lt-ru-1920: DATE 1950-01-01 is out of range 1920-07-12…1940-12-31\n');
      expect((await cli('status', 'vilnius', '30.6.1930')).stderr).toBe('lt-ru-1920: DATE must be an ISO calendar date YYYY-MM-DD, received "30.6.1930"\n');
      expect(await cli('status', 'vilnius', '1930-02-30')).toMatchObject({
        code: 2,
        stderr: 'lt-ru-1920: DATE must be an ISO calendar date YYYY-MM-DD, received "1930-02-30"\n',
      });
      expect((await cli('status')).code).toBe(2);
    });
  });

  describe('cite', () => {
    it('prints the citation in each format and for each target', async () => {
      expect((await cli('cite')).stdout).toContain(meta.version);
      expect((await cli('cite', '--format', 'bibtex')).stdout).toMatch(/^@misc\{lt-ru-1920-\d/);
      expect((await cli('cite', '--format', 'ris')).stdout).toMatch(/^TY {2}- /);
      expect(JSON.parse((await cli('cite', '--format', 'csl-json', '--target', 'treaty')).stdout)).toHaveLength(1);
    });
    it('--record cites one record with its sources, in any format', async () => {
      const { code, stdout } = await cli('cite', '--record', 'ratification-lithuania');
      expect(code).toBe(0);
      expect(stdout).toContain('ratification-lithuania');
      expect(stdout).toContain(meta.version);
      expect((await cli('cite', '--record', 'adolf-joffe', '--format', 'ris')).stdout).toMatch(/^TY {2}- /);
    });
    it('--record with an unknown id exits 1; combined with --target it is a usage error', async () => {
      expect(await cli('cite', '--record', 'no-such-record')).toMatchObject({ code: 1, stderr: expect.stringContaining('no record "no-such-record"') });
      expect(await cli('cite', '--record', 'treaty-signed', '--target', 'treaty')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--record and --target cannot be combined'),
      });
    });
    it('an unknown format or target is a usage error listing the choices', async () => {
      expect((await cli('cite', '--format', 'mla')).stderr).toBe('lt-ru-1920: --format "mla" is not one of text, bibtex, csl-json, ris\n');
      expect((await cli('cite', '--target', 'map')).code).toBe(2);
    });
  });

  describe('export', () => {
    it('prints the raw file the package ships for the collection and format', async () => {
      expect((await cli('export', 'events', '--format', 'csv')).stdout).toBe(readFileSync('data/events.csv', 'utf8'));
      expect((await cli('export', 'sources', '--format', 'json')).stdout).toBe(readFileSync('data/sources.json', 'utf8'));
      expect(JSON.parse((await cli('export', 'segments', '--format', 'geojson')).stdout).type).toBe('FeatureCollection');
      expect((await cli('export', 'control-periods', '--format', 'csv')).stdout).toBe(readFileSync('data/control-periods.csv', 'utf8'));
    });
    it('--out writes the file and says so', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'lt-ru-1920-cli-')), 'territory.geojson');
      const { code, stdout } = await cli('export', 'territory', '--format', 'geojson', '--out', out);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^wrote territory as geojson to .*territory\.geojson \(\d+ bytes\)\n$/);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync('data/territory.geo.json', 'utf8'));
      expect((await cli('export', 'territory', '--format', 'geojson', '--out', join(out, 'no', 'such', 'dir'))).code).toBe(1);
    });
    it('an unknown collection, a missing or unavailable format is a usage error', async () => {
      expect((await cli('export', 'treaties', '--format', 'json')).stderr).toContain('COLLECTION "treaties" is not one of events, signatories,');
      expect((await cli('export', 'events')).stderr).toBe('lt-ru-1920: --format is required: one of json, csv for events\n');
      expect((await cli('export', 'articles', '--format', 'geojson')).stderr).toBe('lt-ru-1920: --format geojson is not available for articles; use json\n');
      expect((await cli('export', 'events', '--format', 'xml')).code).toBe(2);
    });
  });
});
