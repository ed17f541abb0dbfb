import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('lt-ru-1920 source', () => {
  it('explains a source: title, year, tier, kind, URL, locator, note, and how many records cite it by kind', async () => {
    const { code, stdout } = await run(['source', 'syb-1921']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^source {5}syb-1921\ntitle {6}The Statesman's Year-Book 1921\nyear {7}1921\ntier {7}primary\nkind {7}secondary \(written about it\)\nlanguage {3}en\nurl {8}https:\/\/\S+\nlocator {4}p\. 1248\nnote {7}\S.*\ncited by {3}\d+ records: 1 treaty, 1 article, \d+ waypoints, \d+ segments, 1 territory, 1 history place, 1 control period\n$/,
    );
  });
  it('finds a source of lt-ru-1920/history, and by its title', async () => {
    expect((await run(['source', 'geonames-cities500'])).stdout).toMatch(/\ncited by {3}\d+ records: \d+ places, \d+ waypoints, 17 history places\n$/);
    expect((await run(['source', "the statesman's year-book 1921"])).stdout).toMatch(/^source {5}syb-1921\n/);
  });
  it('--json adds the ids of the citing records, by kind', async () => {
    const json = JSON.parse((await run(['source', 'syb-1921', '--json'])).stdout);
    expect(json).toMatchObject({ id: 'syb-1921', tier: 'primary' });
    expect(json.citedBy['history place']).toEqual(['pastavy']);
    expect(json.citedBy.article).toEqual(['article-2']);
  });
  it('an unknown id exits 1 with suggestions', async () => {
    expect(await run(['source', 'syb-1912'])).toEqual({ code: 1, stdout: '', stderr: 'lt-ru-1920: no source "syb-1912"; did you mean "syb-1921"?\n' });
  });
});
