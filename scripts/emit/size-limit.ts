/**
 * Emits `.size-limit.json`, the size budgets `npm test` enforces on the build
 * (tests/package/lint.test.ts runs size-limit). A budget is a fixed size or a
 * multiple of its floor: the gzip size (level 9) of the records the import
 * carries, as compact JSON. The floors are computed here from the records, so
 * that a budget grows with the data it carries and with nothing else.
 */
import { events, treaty } from '../../src/data/index.js';
import { parties } from '../../src/data/parties.js';
import { places } from '../../src/data/places.js';
import { sources } from '../../src/generated/sources.generated.js';
import { controlPeriods, figures, historyPlaces, historySources, holders, titles } from '../../src/history/records/index.js';
import * as entry from '../../src/index.js';
import type { Emitter } from '../emitter.js';
import { jsonFloor } from '../gzip-size.js';

/** Every exported value of `lt-ru-1920` that is not a function (its records, constants and `meta`), by name (a module namespace's key order depends on the loader). */
const exportedRecords = Object.fromEntries(
  Object.entries(entry)
    .filter(([, value]) => typeof value !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);

/** A size in kB with one decimal, rounded up, as size-limit reads it. */
const kB = (bytes: number): string => `${Math.ceil(bytes / 100) / 10} kB`;

/** One budget: what is imported from which built file, and its limit with the reason for it. */
interface Budget {
  readonly import: string;
  readonly entry: 'index' | 'schemas' | 'border' | 'history';
  readonly why?: string;
  readonly limit: string;
  readonly ignore?: readonly string[];
}

/** A budget of `ratio` × the floor of `records`, described as "ratio × the N kB gzip of what". */
const ofFloor = (ratio: number, records: unknown, what: string): Pick<Budget, 'why' | 'limit'> => {
  const floor = jsonFloor(records);
  return { why: `${ratio === 1 ? 'at most' : `${ratio} ×`} the ${kB(floor)} gzip of ${what} as compact JSON`, limit: kB(ratio * floor) };
};

/** The budgets, in the order the README lists them. */
export function budgets(): Budget[] {
  const history = [holders, historyPlaces, controlPeriods, titles, figures, historySources, sources, places, parties];
  return [
    { import: "{ SIGNED_ON } from 'lt-ru-1920'", entry: 'index', limit: '200 B' },
    { import: "{ getEvent } from 'lt-ru-1920'", entry: 'index', ...ofFloor(1.1, events, '`events`') },
    { import: "{ treaty } from 'lt-ru-1920'", entry: 'index', ...ofFloor(1.15, treaty, '`treaty`') },
    {
      import: "{ cite } from 'lt-ru-1920'",
      entry: 'index',
      why: "meta and a generated line of the treaty's title, date and LNTS volume and pages; no record",
      limit: '4 kB',
    },
    { import: "{ citeRecord } from 'lt-ru-1920'", entry: 'index', ...ofFloor(1, exportedRecords, 'every exported record of `.`, all of which it reads') },
    { import: "* from 'lt-ru-1920'", entry: 'index', ...ofFloor(1, exportedRecords, 'every exported record') },
    { import: "* from 'lt-ru-1920/schemas'", entry: 'schemas', why: 'zod excluded', limit: '10 kB', ignore: ['zod'] },
    { import: "* from 'lt-ru-1920/border'", entry: 'border', limit: '20 kB' },
    {
      import: "* from 'lt-ru-1920/history'",
      entry: 'history',
      ...ofFloor(1.15, history, 'its six collections and the `sources`, `places` and `parties` that citeHistoryRecord reads'),
    },
  ];
}

const emitSizeLimit: Emitter = async () => {
  const config = budgets().map((budget) => ({
    name: `import ${budget.import}${budget.why === undefined ? '' : ` (${budget.why})`}`,
    path: `dist/${budget.entry}.js`,
    import: budget.import.slice(0, budget.import.lastIndexOf(' from ')),
    gzip: true,
    ...(budget.ignore === undefined ? {} : { ignore: budget.ignore }),
    limit: budget.limit,
  }));
  return [{ path: '.size-limit.json', content: `${JSON.stringify(config, null, 2)}\n` }];
};

export default emitSizeLimit;
