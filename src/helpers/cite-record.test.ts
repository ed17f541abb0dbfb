import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { borderLine, waypoints } from '../border/index.js';
import { articles, events, parties, places, ratifications, registration, signatories, sources, treaty } from '../data/index.js';
import { borderCitations } from '../generated/border-citations.generated.js';
import { meta } from '../meta.js';
import { SourceTierSchema } from '../schemas/source.js';
import { TIERS } from './citation/source-line.js';
import { type CitedRecordKind, citeRecord } from './cite-record.js';

const ids = (records: readonly { readonly id: string }[]): string[] => records.map((record) => record.id);

/** Every record id of the dataset, by kind, as `citeRecord` names the kind. */
const KINDS: Readonly<Record<string, readonly string[]>> = {
  treaty: [treaty.id],
  event: ids(events),
  signatory: ids(signatories),
  article: ids(articles),
  party: ids(parties),
  place: ids(places),
  ratification: ids(ratifications),
  registration: [registration.id],
  source: ids(sources),
  waypoint: waypoints.features.map((feature) => feature.properties.id),
  segment: borderLine.features.map((feature) => feature.properties.id),
};
const ALL = Object.entries(KINDS).flatMap(([kind, list]) => list.map((id) => ({ kind, id })));
const FORMATS = ['text', 'bibtex', 'csl-json', 'ris'] as const;

/** A latitude–longitude in degrees-minutes-seconds or decimal degrees. */
const COORDINATE = /\d°|\b\d{1,3}\.\d{3,}\b/;

async function parse(text: string): Promise<CslItem> {
  const items = (await Cite.async(text)).data;
  expect(items).toHaveLength(1);
  return items[0] as CslItem;
}

describe('citeRecord', () => {
  it('cites every record of every kind: what it says (no id in the title), the dataset at its version, and the record page of that version', () => {
    expect(new Set(ALL.map(({ kind, id }) => `${kind} ${id}`)).size).toBe(ALL.length);
    for (const { kind, id } of ALL) {
      const text = citeRecord(id, { kind: kind as CitedRecordKind });
      const [title = ''] = text.split('. In ');
      expect(title, id).not.toContain(`(${kind} ${id})`);
      expect(text, id).toContain(`In ${meta.name} contributors, ${meta.name}: `);
      expect(text, id).toContain(
        ` (Version ${meta.version}; npm, ${meta.released.slice(0, 4)}), ${meta.homepage}v/${meta.version}/records/${kind}/${id}.html.`,
      );
      expect(text.replace(/https?:\/\/\S+/g, '<url>'), id).not.toMatch(/\.\./); // no doubled full stop (a URL may hold "...")
    }
  });

  it('cites the place where one id also names a waypoint, and the waypoint when asked', () => {
    const shared = ALL.filter(({ id }) => ALL.filter((other) => other.id === id).length > 1);
    expect(shared.map(({ kind, id }) => `${kind} ${id}`).sort()).toEqual(['place pastavy', 'waypoint pastavy']);
    expect(citeRecord('pastavy')).toContain('/records/place/pastavy.html');
    expect(citeRecord('pastavy', { kind: 'waypoint' })).toContain('/records/waypoint/pastavy.html');
    expect(() => citeRecord('treaty-signed', { kind: 'waypoint' })).toThrow(new RangeError('citeRecord: no waypoint has the id "treaty-signed"'));
    const kinds = "'treaty', 'event', 'signatory', 'article', 'party', 'place', 'ratification', 'registration', 'source', 'waypoint', 'segment'";
    expect(() => citeRecord('pastavy', { kind: 'town' as CitedRecordKind })).toThrow(
      new RangeError(`citeRecord: unknown kind "town"; expected one of ${kinds}`),
    );
    expect(() => citeRecord('pastavy', { kind: 3 as unknown as CitedRecordKind })).toThrow(
      new TypeError(`citeRecord: options.kind must be one of ${kinds}, received 3`),
    );
  });

  it('gives the record’s value: an event’s date (in the title), a signatory’s office and life dates, an article’s summary', () => {
    expect(citeRecord('treaty-signed')).toMatch(/^Signing of the peace treaty, 12 July 1920\. In /);
    expect(citeRecord('ratification-lithuania')).toMatch(/^Ratification by Lithuania \(Constituent Seimas\), 6 August 1920\. In /);
    expect(citeRecord('adolf-joffe')).toContain('born 22 October 1883, Simferopol');
    const article = articles.find((candidate) => candidate.summary !== undefined);
    expect(citeRecord(article?.id ?? '')).toContain(article?.summary?.slice(0, 60));
  });

  it('names its sources strongest tier first, with locator and quote', () => {
    expect(TIERS).toEqual(SourceTierSchema.options);
    const tierOf = new Map(sources.map((source) => [source.id, source.tier]));
    for (const { kind, id } of ALL.filter((record) => record.kind !== 'source')) {
      const text = citeRecord(id);
      const tiers = [...text.matchAll(/ \[(primary|scholarly|reference|wiki|derivative)\], /g)].map((match) => TIERS.indexOf(match[1] as never));
      expect(tiers.length, id).toBeGreaterThan(0);
      expect(tiers, `${kind} ${id}`).toEqual([...tiers].sort((a, b) => a - b));
    }
    const moscow = places.find((place) => place.id === 'moscow');
    const best: { readonly locator: string; readonly quote?: string | undefined } | undefined = moscow?.sources.find(
      (ref) => tierOf.get(ref.source) === 'primary',
    );
    expect(best?.quote).toBeDefined();
    expect(citeRecord('moscow')).toContain(`[primary], ${best?.locator}, “${best?.quote}”`);
  });

  it('says how many sources it leaves out', () => {
    const many = ALL.find(({ id }) => citeRecord(id).includes(' strongest of '));
    expect(many).toBeDefined();
    expect(citeRecord(many?.id ?? '')).toMatch(/Sources \(the 3 strongest of \d+\): /);
  });

  it('gives BibTeX, CSL-JSON and RIS that citation-js reads as a part of the dataset', async () => {
    for (const format of ['bibtex', 'csl-json', 'ris'] as const) {
      const item = await parse(citeRecord('treaty-signed', { format }));
      expect(item.type, format).toBe('chapter');
      expect(String(item.title).replace(/<[^>]+>/g, ''), format).toBe('Signing of the peace treaty, 12 July 1920');
      expect(String(item['container-title']).replace(/<[^>]+>/g, ''), format).toBe(
        `${meta.name}: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset`,
      );
      expect(item.URL, format).toBe(`${meta.homepage}v/${meta.version}/records/event/treaty-signed.html`);
      if (format !== 'ris') expect(item.version, format).toBe(meta.version); // RIS CHAP has no version tag (ET would be an edition); the URL carries it
      expect(item, format).not.toHaveProperty('edition');
      expect(String(item.note), format).toContain('12 July 1920. Sources');
    }
    expect(citeRecord('adolf-joffe', { format: 'bibtex' })).toMatch(/^@incollection\{lt-ru-1920-[\d.]+-signatory-adolf-joffe,\n/);
    for (const { id } of ALL) expect(citeRecord(id, { format: 'ris' }), id).toMatch(/^TY {2}- CHAP\n(?:[A-Z][A-Z0-9] {2}- .*\n)+ER {2}- \n$/);
  });

  it('cites waypoints and segments without a coordinate (those stay in lt-ru-1920/border)', () => {
    expect(JSON.stringify(borderCitations)).not.toMatch(COORDINATE);
    expect(JSON.stringify(borderCitations)).toContain('(coordinates in lt-ru-1920/border)');
    for (const { id } of ALL.filter(({ kind }) => kind === 'waypoint' || kind === 'segment'))
      for (const format of FORMATS) expect(citeRecord(id, { format }), id).not.toMatch(COORDINATE);
  });

  it('throws a RangeError naming an unknown id or format, and a TypeError for wrong types', () => {
    expect(() => citeRecord('no-such-record')).toThrow(
      new RangeError(
        'citeRecord: unknown id "no-such-record"; expected the id of a record (event, signatory, article, party, place, source, waypoint, segment, …)',
      ),
    );
    expect(() => citeRecord('__proto__')).toThrow(RangeError);
    expect(() => citeRecord('treaty-signed', { format: 'mla' as never })).toThrow(
      /^citeRecord: unknown format "mla"; expected one of 'text', 'bibtex', 'csl-json', 'ris'$/,
    );
    expect(() => citeRecord(42 as never)).toThrow(new TypeError('citeRecord: id must be a string, received 42'));
    expect(() => citeRecord('treaty-signed', null as never)).toThrow(TypeError);
    expect(() => citeRecord('treaty-signed', { format: 1 } as never)).toThrow(/^citeRecord: options\.format must be one of/);
  });
});
