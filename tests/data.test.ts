import { describe, expect, it } from 'vitest';
import * as data from '../src/data/index.js';
import { ENTERED_INTO_FORCE_ON, RATIFICATIONS_EXCHANGED_ON, REGISTERED_ON, SIGNED_ON } from '../src/generated/dates.generated.js';
import type { SourceRef } from '../src/schemas/index.js';
import { ArticleSchema, EventSchema, PartySchema, PlaceSchema, SignatorySchema, SourceSchema, TreatySchema } from '../src/schemas/index.js';

const { treaty, events, signatories, parties, articles, sources, places } = data;

/** Every `{ source, locator }` citation anywhere inside a value, with the path to it. */
function citations(value: unknown, path = '$'): { path: string; ref: SourceRef }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citations(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: { path: string; ref: SourceRef }[] =
    typeof record.source === 'string' && typeof record.locator === 'string' ? [{ path, ref: record as unknown as SourceRef }] : [];
  return own.concat(Object.entries(record).flatMap(([key, child]) => citations(child, `${path}.${key}`)));
}

describe('every record matches its schema', () => {
  const cases = [
    ['sources', sources, SourceSchema],
    ['places', places, PlaceSchema],
    ['parties', parties, PartySchema],
    ['signatories', signatories, SignatorySchema],
    ['events', events, EventSchema],
    ['articles', articles, ArticleSchema],
  ] as const;
  for (const [name, records, schema] of cases) {
    it(`${name}: ${records.length} records parse`, () => {
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(schema.safeParse(record).error?.issues ?? [], record.id).toEqual([]);
    });
  }
  it('the treaty aggregate parses', () => {
    expect(TreatySchema.safeParse(treaty).error?.issues ?? []).toEqual([]);
  });
});

describe('identifiers', () => {
  const collections = { sources, places, parties, signatories, events, articles } as const;
  for (const [name, records] of Object.entries(collections)) {
    it(`${name} ids are unique`, () => {
      const ids = records.map((record) => record.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });
  }
  it('every citation names a source in the bibliography', () => {
    const known = new Set(sources.map((source) => source.id));
    const dangling = citations(data).filter(({ ref }) => !known.has(ref.source));
    expect(dangling.map(({ path, ref }) => `${path} -> ${ref.source}`)).toEqual([]);
  });
  it('every event place, signatory side and ratifying party exists', () => {
    const placeIds = new Set(places.map((place) => place.id));
    const partyIds = new Set(parties.map((party) => party.id));
    const eventIds = new Set(events.map((event) => event.id));
    for (const event of events) if (event.place !== undefined) expect(placeIds, event.id).toContain(event.place);
    for (const person of signatories) expect(partyIds, person.id).toContain(person.side);
    for (const ratification of treaty.ratifications) {
      expect(partyIds).toContain(ratification.party);
      expect(eventIds).toContain(ratification.event);
    }
    expect(placeIds).toContain(treaty.signedAt);
    expect(eventIds).toContain(treaty.registration.event);
  });
});

describe('content the brief requires', () => {
  it('has both parties and all eight signatories in preamble order', () => {
    expect(parties.map((party) => party.id).sort()).toEqual(['lithuania', 'rsfsr']);
    expect(signatories).toHaveLength(8);
    expect(signatories.map((person) => person.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(signatories.filter((person) => person.side === 'rsfsr')).toHaveLength(3);
  });
  it('has at least 20 dated events', () => {
    expect(events.length).toBeGreaterThanOrEqual(20);
  });
  it('has articles I–XIX, the secret supplement and the additions to II, V and VII', () => {
    const numbered = articles.filter((article) => article.kind === 'article').map((article) => article.number);
    expect(numbered).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX']);
    expect(articles.filter((article) => article.kind === 'secret-supplement').map((a) => a.number)).toEqual(['II']);
    expect(articles.filter((article) => article.kind === 'addition').map((a) => a.number)).toEqual(['II', 'V', 'VII']);
  });
  it('gives a summary only where some text was seen', () => {
    for (const article of articles) {
      if (article.textStatus === 'unavailable') expect(article.summary, article.id).toBeUndefined();
      else expect(article.summary, article.id).toBeDefined();
    }
  });
  it('keeps the disputed dates with their variants', () => {
    const variants = (id: string) => events.find((event) => event.id === id)?.variants?.map((variant) => variant.value) ?? [];
    expect(variants('ratification-lithuania')).toContain('1920-08-08');
    expect(events.find((event) => event.id === 'ratification-lithuania')?.date).toBe('1920-08-06');
    expect(events.some((event) => event.date === '1920-05-07' && event.variants?.some((v) => v.value === '1920-05-09'))).toBe(true);
    expect(events.some((event) => event.date === '1920-08-26' && event.variants?.some((v) => v.value === '1920-08-24'))).toBe(true);
  });
  it('never takes a known error as a preferred value', () => {
    expect(events.map((event) => event.date)).not.toContain('1920-06-12');
    expect(JSON.stringify(events.map((event) => event.date))).not.toContain('1920-07-20');
  });
  it('cites LNTS vol. 3 with pages and leaves the unknown registration number absent', () => {
    expect(treaty.registration.volume).toBe(3);
    expect(treaty.registration.pages).toEqual({ first: 106, last: 137 });
    expect(treaty.registration).not.toHaveProperty('registrationNumber');
  });
});

describe('chronology', () => {
  const date = (id: string) => {
    const event = events.find((candidate) => candidate.id === id);
    if (!event) throw new Error(`no event ${id}`);
    return event.date;
  };
  it('signing < both ratifications < exchange <= entry into force < registration', () => {
    expect(date('treaty-signed') < date('ratification-lithuania')).toBe(true);
    expect(date('treaty-signed') < date('ratification-rsfsr')).toBe(true);
    expect(date('ratification-lithuania') < date('ratifications-exchanged')).toBe(true);
    expect(date('ratification-rsfsr') < date('ratifications-exchanged')).toBe(true);
    expect(date('ratifications-exchanged') <= date('entry-into-force')).toBe(true);
    expect(date('ratifications-exchanged') < date('lnts-registration')).toBe(true);
  });
  it('events are listed in date order, and end dates follow start dates', () => {
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of events) if (event.endDate) expect(event.endDate > event.date, event.id).toBe(true);
  });
  it('the date constants and the treaty record read the event records', () => {
    expect(SIGNED_ON).toBe(date('treaty-signed'));
    expect(RATIFICATIONS_EXCHANGED_ON).toBe(date('ratifications-exchanged'));
    expect(ENTERED_INTO_FORCE_ON).toBe(date('entry-into-force'));
    expect(REGISTERED_ON).toBe(date('lnts-registration'));
    expect(treaty.signedOn).toBe(SIGNED_ON);
    expect(treaty.ratificationsExchangedOn).toBe(RATIFICATIONS_EXCHANGED_ON);
    expect(treaty.registration.registeredOn).toBe(REGISTERED_ON);
    for (const ratification of treaty.ratifications) expect(ratification.date).toBe(date(ratification.event));
  });
});

describe('immutability', () => {
  function unfrozenPaths(value: unknown, path = '$'): string[] {
    if (value === null || typeof value !== 'object') return [];
    const own = Object.isFrozen(value) ? [] : [path];
    return own.concat(Object.entries(value).flatMap(([key, child]) => unfrozenPaths(child, `${path}.${key}`)));
  }
  it('every exported record is deeply frozen', () => {
    expect(Object.entries(data).flatMap(([name, value]) => unfrozenPaths(value, name))).toEqual([]);
  });
  it('writing to a record throws in strict mode', () => {
    expect(() => {
      (treaty as { signedOn: string }).signedOn = '1920-06-12';
    }).toThrow(TypeError);
    expect(() => (events as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});
