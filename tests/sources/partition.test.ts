import { describe, expect, it } from 'vitest';
import { collections, sourcedValues } from '../../scripts/lint/provenance.js';
import { sources } from '../../src/data/index.js';
import { historySources } from '../../src/history/index.js';

// Which works each entry ships: `sources` of `.` holds the works its own
// records and `./border` cite (the border has no bibliography of its own),
// and the works nothing cites yet; `historySources` of `./history` holds the
// works only the history cites, so that `.` never bundles them.

const HISTORY = new Set(['holders', 'historyPlaces', 'controlPeriods', 'titles', 'figures']);
const citedBy = (keep: (collection: string) => boolean): Set<string> => {
  const chosen = Object.fromEntries(Object.entries(collections()).filter(([name]) => keep(name)));
  return new Set(sourcedValues(chosen).flatMap((value) => value.sources.map((ref) => ref.source)));
};
const byMainOrBorder = citedBy((name) => !HISTORY.has(name));
const byHistory = citedBy((name) => HISTORY.has(name));

describe('the two bibliographies', () => {
  it('`sources` of `.` holds every work `.` or `./border` cites, and no work only the history cites', () => {
    const ids = new Set(sources.map((source) => source.id));
    expect([...byMainOrBorder].filter((id) => !ids.has(id))).toEqual([]);
    expect(sources.filter((source) => byHistory.has(source.id) && !byMainOrBorder.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('`historySources` of `./history` holds exactly the works cited by the history and by neither `.` nor `./border`', () => {
    const expected = [...byHistory].filter((id) => !byMainOrBorder.has(id)).sort();
    expect(historySources.map((source) => source.id).sort()).toEqual(expected);
  });

  it('no id is in both', () => {
    const main = new Set(sources.map((source) => source.id));
    expect(historySources.filter((source) => main.has(source.id)).map((source) => source.id)).toEqual([]);
  });
});

describe('the hand-written bibliography (src/data/sources/)', () => {
  it('files each work by its kind: every file holds only works of its tier', async () => {
    const { worksByFile } = await import('../../src/data/sources/index.js');
    const misfiled = worksByFile.flatMap((file) =>
      file.works.filter((work) => work.tier !== file.tier).map((work) => `${work.id} (${work.tier}) in ${file.file}.ts`),
    );
    expect(misfiled).toEqual([]);
  });

  it('holds one record per id, and `sources` ∪ `historySources` is all of it', async () => {
    const { works } = await import('../../src/data/sources/index.js');
    const ids = works.map((work) => work.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect([...sources, ...historySources].map((source) => source.id).sort()).toEqual([...ids].sort());
  });
});
