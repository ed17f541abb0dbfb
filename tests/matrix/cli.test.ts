import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installedPackage } from '../package/pack.js';
import { nodeBinary } from './node-binary.js';

/** The Node majors the package supports (`engines.node` is `>=20`): the oldest and every later LTS. */
const majors = [20, 22, 24] as const;

let bin = '';

beforeAll(() => {
  const { project } = installedPackage('cli');
  bin = join(project, 'node_modules/.bin/lt-ru-1920');
});

describe.each(majors)('the `lt-ru-1920` bin from the packed tarball on Node %i', (major) => {
  let node = '';
  beforeAll(() => {
    node = nodeBinary(major);
  });
  /** Runs the installed bin (npm's link in node_modules/.bin) with this Node. */
  const cli = (...args: string[]) => {
    const result = spawnSync(node, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('is linked by npm to dist/cli.js, which starts with #!/usr/bin/env node', () => {
    expect(realpathSync(bin)).toMatch(/node_modules\/lt-ru-1920\/dist\/cli\.js$/);
    expect(spawnSync('head', ['-n', '1', bin], { encoding: 'utf8' }).stdout).toBe('#!/usr/bin/env node\n');
  });
  it('--version prints the one version and its release date', () => {
    expect(cli('--version')).toMatchObject({
      code: 0,
      stderr: '',
      stdout: expect.stringMatching(/^lt-ru-1920 \d+\.\d+\.\d+ \(released \d{4}-\d{2}-\d{2}\)\n$/),
    });
  });
  it('where answers from the installed ./border entry', () => {
    const result = cli('where', '25.2798', '54.6892', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ position: [25.2798, 54.6892], inside: true, nearestSegment: { id: expect.any(String) } });
    expect(JSON.parse(cli('where', '27.5667', '53.9', '--json').stdout).inside).toBe(false);
  });
  it('event, cite, timeline, status and export answer from the installed entries and raw files', () => {
    expect(JSON.parse(cli('event', 'treaty-signed', '--json').stdout).date).toBe('1920-07-12');
    expect(cli('cite', '--format', 'bibtex').stdout).toMatch(/^@\w+\{lt-ru-1920-\d+\.\d+\.\d+,/);
    expect(cli('cite', '--record', 'treaty-signed').stdout).toContain('treaty-signed');
    expect(cli('timeline', '--kind', 'signing').stdout).toContain('[treaty-signed]');
    expect(JSON.parse(cli('export', 'border', '--format', 'geojson').stdout).type).toBe('FeatureCollection');
    expect(JSON.parse(cli('status', 'vilnius', '1930-06-01', '--json').stdout).controller).toBe('poland');
  });
  it('exits 2 on a usage error and 1 on an unknown id, with stdout empty and the message on stderr', () => {
    expect(cli('where', '200', '54')).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: longitude 200 is out of range −180…180\n' });
    expect(cli('bogus')).toMatchObject({ code: 2, stdout: '' });
    expect(cli('event', 'treaty-signd')).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('did you mean "treaty-signed"') });
  });
});
