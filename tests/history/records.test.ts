import { describe, expect, it } from 'vitest';
import { sourcedValues } from '../../scripts/lint/provenance.js';
import { events, parties, places, sources } from '../../src/data/index.js';
import { controlPeriods, figures, historyPlaces, historySources, holders, titles } from '../../src/history/records/index.js';
import { ControlPeriodSchema, FigureSchema, HistoryPlaceSchema, HolderSchema, SourceSchema, TitleSchema } from '../../src/schemas/index.js';

const FIRST_DAY = '1920-07-12';
const LAST_DAY = '1940-12-31';
const PLACE_IDS = [
  'vilnius',
  'hrodna',
  'lida',
  'ashmyany',
  'svencionys',
  'braslaw',
  'pastavy',
  'smarhon',
  'druskininkai',
  'varena',
  'eisiskes',
  'trakai',
  'suwalki',
  'sejny',
  'augustow',
  'kaunas',
  'klaipeda',
];

/** The day after an ISO date. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const records = { holders, historyPlaces, controlPeriods, titles, figures } as const;
const allSources = [...sources, ...historySources];
/** Every citation of the history records, with the record and field it stands on. */
const citations = sourcedValues(records).flatMap((value) => value.sources.map((ref) => ({ path: `${value.record} ${value.path}`, ref })));

describe('history records match their schemas', () => {
  const cases = [
    ['holders', holders, HolderSchema],
    ['historyPlaces', historyPlaces, HistoryPlaceSchema],
    ['controlPeriods', controlPeriods, ControlPeriodSchema],
    ['titles', titles, TitleSchema],
    ['figures', figures, FigureSchema],
    ['historySources', historySources, SourceSchema],
  ] as const;
  for (const [name, list, schema] of cases) {
    it(`${name}: ${list.length} records parse`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const record of list) expect(schema.safeParse(record).error?.issues ?? [], record.id).toEqual([]);
    });
  }
});

describe('ids and references', () => {
  it('ids are unique within each collection and no source id is in both bibliographies', () => {
    for (const list of [...Object.values(records), allSources]) {
      const ids = list.map((record) => record.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  it('holder ids do not repeat the treaty parties', () => {
    const partyIds = new Set(parties.map((party) => party.id));
    expect(holders.filter((holder) => partyIds.has(holder.id)).map((holder) => holder.id)).toEqual([]);
  });

  it('the 17 places are followed, each named in `places` of the main entry', () => {
    expect(historyPlaces.map((place) => place.id).sort()).toEqual([...PLACE_IDS].sort());
    const named = new Set(places.map((place) => place.id));
    expect(PLACE_IDS.filter((id) => !named.has(id))).toEqual([]);
  });

  it('every citation in ./history resolves in sources ∪ historySources', () => {
    const known = new Set(allSources.map((source) => source.id));
    const dangling = citations.filter(({ ref }) => !known.has(ref.source));
    expect(dangling.map(({ path, ref }) => `${path} -> ${ref.source}`)).toEqual([]);
  });

  it('every history source is cited somewhere', () => {
    const cited = new Set(citations.map(({ ref }) => ref.source));
    expect(historySources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('controllers and title holders are parties or holders; title places and bases exist', () => {
    const powers = new Set([...parties, ...holders].map((record) => record.id));
    const eventIds = new Set(events.map((event) => event.id));
    for (const period of controlPeriods) if (period.controller !== null) expect(powers, period.id).toContain(period.controller);
    for (const title of titles) {
      if (title.holder !== null) expect(powers, title.id).toContain(title.holder);
      for (const power of ('leftTo' in title ? title.leftTo : undefined) ?? []) expect(powers, title.id).toContain(power);
      for (const place of title.places) expect(PLACE_IDS, title.id).toContain(place);
      for (const event of title.basis) expect(eventIds, title.id).toContain(event);
      if (title.to !== undefined) expect(title.to >= title.from, title.id).toBe(true);
    }
  });

  it('a title’s first instrument, with which it began, is dated on or before its first day (statusOn lists it from that day)', () => {
    const dated = new Map(events.map((event) => [event.id, event.date]));
    const late = titles.filter((title) => (dated.get(title.basis[0] as string) ?? '9999') > title.from);
    expect(late.map((title) => `${title.id}: ${title.basis[0]} ${dated.get(title.basis[0] as string)} > ${title.from}`)).toEqual([]);
  });
});

describe('control periods', () => {
  it.each(PLACE_IDS)('%s: periods cover 1920-07-12…1940-12-31 without gap or overlap', (place) => {
    const own = controlPeriods.filter((period) => period.place === place);
    expect(own.length, place).toBeGreaterThan(0);
    expect(own[0]?.from).toBe(FIRST_DAY);
    expect(own.at(-1)?.to).toBe(LAST_DAY);
    own.forEach((period, index) => {
      expect(period.to >= period.from, period.id).toBe(true);
      const next = own[index + 1];
      if (next !== undefined) expect(next.from, `${period.id} → ${next.id}`).toBe(nextDay(period.to));
    });
  });

  it('periods are listed place by place in date order', () => {
    const order = controlPeriods.map((period) => `${String(PLACE_IDS.indexOf(period.place)).padStart(2, '0')} ${period.from}`);
    expect(order).toEqual([...order].sort());
  });

  it('a stretch no source settles has a note saying so', () => {
    for (const period of controlPeriods.filter((p) => p.controller === null)) expect(period.note, period.id).toBeTruthy();
  });

  it('every period’s event exists, and its dates agree with the period’s start or the note explains', () => {
    const byId = new Map(events.map((event) => [event.id, event] as const));
    for (const period of controlPeriods) {
      if (period.event === null) {
        expect(period.from === FIRST_DAY || period.note !== undefined, period.id).toBe(true);
        continue;
      }
      const event = byId.get(period.event);
      expect(event, `${period.id} -> ${period.event}`).toBeDefined();
      if (event === undefined) continue;
      const agrees = period.from >= event.date && period.from <= (event.endDate ?? event.date);
      expect(agrees || period.note !== undefined, `${period.id}: ${period.from} vs ${event.date}`).toBe(true);
    }
  });

  it('variants of a start date are dates other than the preferred one', () => {
    for (const period of controlPeriods) {
      for (const variant of period.variants ?? []) {
        expect(variant.value, period.id).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
        expect(variant.value, period.id).not.toBe(period.from);
      }
    }
  });
});

// The citation rule (findable, never our notes, strongest source first, derivative-only
// means low) covers these records in tests/provenance.test.ts, with the rest of the data.

describe('figures', () => {
  it('variants differ from the preferred value', () => {
    for (const figure of figures) for (const variant of figure.variants ?? []) expect(variant.value, figure.id).not.toBe(figure.value);
  });
});

describe('titles by view', () => {
  it('give one row per view, place and day: no two titles of one view overlap on a place', () => {
    const clashes: string[] = [];
    for (const a of titles) {
      for (const b of titles) {
        if (a.id >= b.id || a.view !== b.view) continue;
        const shared = a.places.filter((place) => b.places.includes(place));
        const overlap = a.from <= (b.to ?? LAST_DAY) && b.from <= (a.to ?? LAST_DAY);
        if (shared.length > 0 && overlap) clashes.push(`${a.id} × ${b.id}: ${shared.join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a “no claim” names the powers the question was left to, and a variant differs from the first day', () => {
    for (const title of titles) {
      const leftTo = 'leftTo' in title ? title.leftTo : undefined;
      expect(title.holder === null, title.id).toBe(leftTo !== undefined);
      for (const variant of ('variants' in title ? title.variants : undefined) ?? []) expect(variant.value, title.id).not.toBe(title.from);
    }
  });
});

describe('holders', () => {
  it('a dependent holder points at a power of the dataset, never at itself', () => {
    const powers = new Set([...parties, ...holders].map((record) => record.id));
    for (const holder of holders) {
      const dependentOn = 'dependentOn' in holder ? holder.dependentOn : undefined;
      if (dependentOn === undefined) continue;
      expect(powers, holder.id).toContain(dependentOn);
      expect(dependentOn, holder.id).not.toBe(holder.id);
    }
    expect(holders.find((holder) => holder.id === 'central-lithuania')).toMatchObject({ dependentOn: 'poland' });
  });
});
