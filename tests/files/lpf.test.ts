/**
 * `data/history-places.lpf.json` as the World Historical Gazetteer takes it:
 * the FeatureCollection checks WHG runs first (`type`, `@context`,
 * `features`), then its own JSON Schema (LPF v1.2.2, draft-07, vendored in
 * tests/whg/) on every feature, with ajv.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CERTAINTY, LPF_CONTEXT, RELATION_TERMS } from '../../scripts/emit/lpf.js';
import { readManifest } from '../../scripts/manifest.js';
import { places } from '../../src/data/index.js';
import { recordPageUrl } from '../../src/helpers/citation/record-page-url.js';
import { controlPeriods, historyPlaces } from '../../src/history/records/index.js';
import { rawPath } from '../../src/internal/raw-files.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface Bound {
  readonly in?: string;
  readonly earliest?: string;
  readonly latest?: string;
}
interface LpfFeature {
  readonly '@id': string;
  readonly type: string;
  readonly properties: { readonly title: string; readonly ccodes?: readonly string[]; readonly fclasses?: readonly string[] };
  readonly names: readonly {
    readonly toponym: string;
    readonly lang: string;
    readonly citations: readonly { readonly '@id': string; readonly label: string }[];
  }[];
  readonly geometry: { readonly type: string; readonly coordinates: readonly number[] };
  readonly links: readonly { readonly type: string; readonly identifier: string }[];
  readonly relations: readonly {
    readonly relationType: string;
    readonly relationTo: string;
    readonly label: string;
    readonly when: { readonly timespans: readonly { readonly start: Bound; readonly end: Bound }[] };
    readonly certainty: string;
    readonly citations: readonly unknown[];
  }[];
  readonly descriptions: readonly { readonly '@id': string; readonly value: string; readonly lang: string }[];
}

const lpf = JSON.parse(read(rawPath('history-places', 'lpf'))) as { type: string; '@context': string; features: LpfFeature[] };
const schema = JSON.parse(read('tests/whg/schema_lpf_v1.2.2.json')) as { $schema: string };

/**
 * The schema without its nested `$id`s. They are fragment labels
 * ("#/properties/names/…") that no `$ref` uses, and three of them are
 * written twice, which ajv refuses as ambiguous while Python's jsonschema
 * (what WHG runs) ignores them; validation is the same without them.
 */
function withoutNestedIds(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutNestedIds(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(key === '$id' && depth > 0 && typeof item === 'string' && item.startsWith('#')))
      .map(([key, item]) => [key, withoutNestedIds(item, depth + 1)]),
  );
}

/** WHG's validation: draft-07 on each feature (ajv's default draft; WHG's schema is not strict-mode clean). */
const ajv = new Ajv.default({ allErrors: true, strict: false });
const validateFeature = ajv.compile(withoutNestedIds(schema) as object);
const errorsOf = (feature: unknown) => (validateFeature(feature) ? [] : validateFeature.errors);

describe('data/history-places.lpf.json (Linked Places Format, World Historical Gazetteer)', async () => {
  const manifest = await readManifest();

  it('passes WHG’s FeatureCollection checks: type, @context, features', () => {
    expect(lpf.type).toBe('FeatureCollection');
    expect(lpf['@context']).toBe(LPF_CONTEXT);
    expect(lpf.features).toHaveLength(historyPlaces.length);
  });

  it('validates every feature against WHG’s schema (LPF v1.2.2, draft-07, ajv)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const feature of lpf.features) expect(errorsOf(feature), feature['@id']).toEqual([]);
  });

  it('the schema check can fail: an unknown member, a relation without relationTo, or "less-certain" is rejected', () => {
    const [first] = lpf.features;
    if (first === undefined) throw new Error('no feature');
    const relation = first.relations[0];
    expect(errorsOf({ ...first, notes: 'x' })).not.toEqual([]);
    expect(errorsOf({ ...first, relations: [{ ...relation, relationTo: undefined }] })).not.toEqual([]);
    expect(errorsOf({ ...first, relations: [{ ...relation, certainty: 'less-certain' }] })).not.toEqual([]);
  });

  it('gives each place its record page as @id, its English title, GeoNames link and point', () => {
    lpf.features.forEach((feature, index) => {
      const place = historyPlaces[index];
      if (place === undefined) throw new Error('no place');
      expect(feature['@id']).toBe(recordPageUrl(manifest.homepage, manifest.version, 'place', place.id));
      expect(feature.properties.title).toBe(places.find((candidate) => candidate.id === place.id)?.name.en);
      expect(feature.links).toEqual([{ type: 'closeMatch', identifier: `gn:${place.geonameId}` }]);
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [...place.position] });
      expect(feature.properties.fclasses).toEqual(['P']);
    });
  });

  it('gives each place the modern country its point lies in', () => {
    const ccodes = Object.fromEntries(lpf.features.map((feature, index) => [historyPlaces[index]?.id, feature.properties.ccodes?.join()]));
    expect(ccodes).toMatchObject({ vilnius: 'LT', kaunas: 'LT', klaipeda: 'LT', hrodna: 'BY', pastavy: 'BY', suwalki: 'PL', augustow: 'PL', sejny: 'PL' });
  });

  it('names a place only in forms a source shows, each with at least one citation', () => {
    for (const [index, feature] of lpf.features.entries()) {
      const record = places.find((candidate) => candidate.id === historyPlaces[index]?.id);
      const editorial = new Set((record as { editorial?: readonly string[] } | undefined)?.editorial ?? []);
      for (const name of feature.names) {
        expect(name.citations.length, `${feature.properties.title} ${name.lang}`).toBeGreaterThan(0);
        expect(editorial.has(`name.${name.lang}`)).toBe(false);
        expect(record?.name[name.lang as 'en']).toBe(name.toponym);
      }
    }
    const smarhon = lpf.features.find((feature) => feature['@id'].endsWith('/place/smarhon.html'));
    expect(smarhon?.names.map((name) => name.lang)).not.toContain('en'); // "Smarhon" is an editorial form
  });

  it('says who held each place as dated held-by relations, one per period with a known holder, certainty from confidence', () => {
    for (const [index, feature] of lpf.features.entries()) {
      const periods = controlPeriods.filter((period) => period.place === historyPlaces[index]?.id && period.controller !== null);
      expect(feature.relations).toHaveLength(periods.length);
      feature.relations.forEach((relation, k) => {
        const period = periods[k];
        if (period === undefined) throw new Error('no period');
        expect(relation.relationType).toBe(
          `${manifest.homepage.replace(/\/?$/, '/')}v/${manifest.version}/documents/Linked_Places.html#${RELATION_TERMS.heldBy}`,
        );
        expect(relation.relationTo).toMatch(new RegExp(`/records/(party|holder)/${period.controller}\\.html$`));
        expect(relation.certainty).toBe(CERTAINTY[period.confidence]);
        expect(relation.citations).toHaveLength(period.sources.length);
        const [span] = relation.when.timespans;
        const start = span?.start.in ?? span?.start.earliest;
        if (period.variants)
          expect([span?.start.earliest, span?.start.latest]).toEqual([
            [period.from, ...period.variants.map((v) => v.value)].sort()[0],
            [period.from, ...period.variants.map((v) => v.value)].sort().at(-1),
          ]);
        else expect(start).toBe(period.from);
        expect(span?.end.in ?? span?.end.latest).toBeDefined();
      });
    }
  });

  it('the uncertain handover of Vilnius in August 1920 shows as earliest/latest on both sides', () => {
    const vilnius = lpf.features[0];
    const soviet = vilnius?.relations.find((relation) => relation.label.includes('vilnius-1920-07-14'));
    const lithuanian = vilnius?.relations.find((relation) => relation.label.includes('vilnius-1920-08-26'));
    expect(soviet?.when.timespans[0]?.end).toEqual({ earliest: '1920-08-25', latest: '1920-08-27' });
    expect(lithuanian?.when.timespans[0]?.start).toEqual({ earliest: '1920-08-26', latest: '1920-08-28' });
  });

  it('gives title by view in descriptions, each linked to its title record', () => {
    const vilnius = lpf.features[0];
    const views = vilnius?.descriptions.filter((description) => description.value.startsWith('Title in')) ?? [];
    expect(views.length).toBeGreaterThanOrEqual(3);
    expect(views.map((view) => view.value).join('\n')).toMatch(
      /Lithuania’s view.*\n?.*Poland’s view|Poland’s view[\s\S]*Lithuania’s view|Lithuania’s view[\s\S]*Poland’s view/,
    );
    for (const view of views) expect(view['@id']).toMatch(/\/records\/title\/[a-z0-9-]+\.html$/);
  });

  it('documents every relation term as a heading of docs/linked-places.md, a page of the site', () => {
    const doc = read('docs/linked-places.md');
    for (const term of Object.values(RELATION_TERMS)) expect(doc).toContain(`\n### ${term}\n`);
    expect(doc).toMatch(/^---\ntitle: Linked Places\n---/);
    expect((JSON.parse(read('typedoc.json')) as { projectDocuments: string[] }).projectDocuments).toContain('docs/linked-places.md');
  });
});
