/**
 * Emits `data/history-places.lpf.json`: the 17 places of `lt-ru-1920/history`
 * in Linked Places Format (LPF 1.x, the World Historical Gazetteer's upload
 * format). Each place is a feature whose `@id` is its record page on the
 * documentation site, at this version; its names come from `places` with the
 * citations that show them; `links` point to GeoNames; `relations` say who
 * held it, in fact, over each control period, in the project's own relation
 * vocabulary (docs/linked-places.md); `descriptions` give title to it in each
 * side's view. Inputs: the records, package.json (homepage and version) and
 * the Natural Earth countries in `data-src/` (for `ccodes`).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { events, sources as mainSources, parties } from '../../src/data/index.js';
import { recordPageUrl } from '../../src/helpers/citation/record-page-url.js';
import { versionedSiteRoot } from '../../src/helpers/citation/versioned-site-root.js';
import { controlPeriods, historySources, holders, titles } from '../../src/history/records/index.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import { rawPath } from '../../src/internal/raw-files.js';
import type { ControlPeriod, Holder, TitleView } from '../../src/schemas/history.js';
import type { SourceRef } from '../../src/schemas/source-ref.js';
import type { Emitter } from '../emitter.js';
import { readManifest } from '../manifest.js';
import { toGeoJsonText } from './border.js';
import { NAME_LANGUAGES, type NamedPlace, namedPlaces } from './history-tables.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Linked Places Format JSON-LD context. */
export const LPF_CONTEXT = 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

/** The terms of the project's relation vocabulary: the anchors of docs/linked-places.md. */
export const RELATION_TERMS = { heldBy: 'held-by' } as const;

/** LPF certainty by confidence. WHG's schema (v1.2.2) spells the middle value "less certain". */
export const CERTAINTY = { high: 'certain', medium: 'less certain', low: 'uncertain' } as const;

const VIEW_LABEL: Readonly<Record<TitleView, string>> = {
  lithuania: 'Lithuania’s view',
  poland: 'Poland’s view',
  'conference-of-ambassadors': 'the view of the Allied Conference of Ambassadors (with the League of Nations)',
  soviet: 'the Soviet side’s view',
  germany: 'Germany’s view',
};

/** Where the site puts each thing: record pages and the vocabulary page, at one version. */
interface Site {
  readonly record: (kind: string, id: string) => string;
  readonly term: (term: string) => string;
}

const allSources = [...mainSources, ...historySources];

/** An LPF citation of one source reference: the source's record page and a label a reader can follow in the work. */
function citation(ref: DeepReadonly<SourceRef>, site: Site): { '@id': string; label: string } {
  const source = allSources.find((candidate) => candidate.id === ref.source);
  if (source === undefined) throw new Error(`lpf: unknown source ${ref.source}`);
  const quote = 'quote' in ref && ref.quote ? `: “${ref.quote}”` : '';
  return { '@id': site.record('source', source.id), label: `${source.title}, ${ref.locator}${quote}`.replaceAll('\n', ' ') };
}

/** The name of a party or holder (the short form for a party), and the kind of its record page. */
function holderOf(id: string): { name: string; kind: 'party' | 'holder' } {
  const party = parties.find((candidate) => candidate.id === id);
  if (party) return { name: party.shortName.en, kind: 'party' };
  const holder = holders.find((candidate) => candidate.id === id);
  if (holder) return { name: (holder as DeepReadonly<Holder>).shortName?.en ?? holder.name.en, kind: 'holder' };
  throw new Error(`lpf: unknown holder ${id}`);
}

/** ISO date one day before. */
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** `{ in }` for one date, `{ earliest, latest }` where sources disagree. */
function bound(dates: readonly string[]): { in: string } | { earliest: string; latest: string } {
  const sorted = [...new Set(dates)].sort();
  const first = sorted[0] as string;
  return sorted.length === 1 ? { in: first } : { earliest: first, latest: sorted[sorted.length - 1] as string };
}

/** The first days sources give for a period: the preferred one and its variants. */
const firstDays = (period: DeepReadonly<ControlPeriod>): string[] => [period.from, ...(period.variants ?? []).map((variant) => variant.value)];

/** The names of a place that a source shows (editorial forms left out), each cited by the sources that show it. */
function names(row: NamedPlace, site: Site) {
  const editorial = new Set(row.names.editorial ?? []);
  const seen = new Set<string>();
  return NAME_LANGUAGES.flatMap((lang) => {
    const toponym = row.names.name[lang];
    if (toponym === undefined || editorial.has(`name.${lang}`) || seen.has(`${lang}:${toponym}`)) return [];
    seen.add(`${lang}:${toponym}`);
    const showing = row.names.sources.filter((ref) =>
      `${ref.locator} ${'quote' in ref ? (ref.quote ?? '') : ''}`.toLowerCase().includes(toponym.toLowerCase()),
    );
    return [{ toponym, lang, citations: (showing.length > 0 ? showing : row.names.sources).map((ref) => citation(ref, site)) }];
  });
}

/** Who held the place, in fact: one relation per control period whose holder the sources name. */
function relations(placeId: string, site: Site) {
  const periods = controlPeriods.filter((period) => period.place === placeId);
  return periods.flatMap((period, index) => {
    if (period.controller === null) return [];
    const next = periods[index + 1];
    const holder = holderOf(period.controller);
    const end = next === undefined ? [period.to] : firstDays(next).map(dayBefore);
    return [
      {
        relationType: site.term(RELATION_TERMS.heldBy),
        relationTo: site.record(holder.kind, period.controller),
        label: `held by ${holder.name}, ${period.from} – ${period.to} (control period ${period.id})`,
        when: { timespans: [{ start: bound(firstDays(period)), end: bound(end) }] },
        certainty: CERTAINTY[period.confidence],
        citations: period.sources.map((ref) => citation(ref, site)),
      },
    ];
  });
}

/** Title to the place in each side's view, one description per title record. */
function descriptions(row: NamedPlace, site: Site) {
  const titleText = titles
    .filter((title) => title.places.some((id) => id === row.place.id))
    .map((title) => {
      const basis = title.basis.map((id) => events.find((event) => event.id === id)?.title.en ?? id).join('; ');
      const span = title.to ? `from ${title.from} to ${title.to}` : `from ${title.from}`;
      const held =
        title.holder === null
          ? `no claim; the question left to ${(title.leftTo ?? []).map((id) => holderOf(id).name).join(' and ')}`
          : holderOf(title.holder).name;
      return { '@id': site.record('title', title.id), value: `Title in ${VIEW_LABEL[title.view]}: ${held}, ${span} (${basis}).`, lang: 'en' };
    });
  return [...(row.place.note ? [{ '@id': site.record('place', row.place.id), value: row.place.note, lang: 'en' }] : []), ...titleText];
}

/** The two-letter codes of the modern countries whose Natural Earth polygon holds the point. */
function countryCodes(position: readonly number[], countries: FeatureCollection<Polygon | MultiPolygon, { iso_a2: string }>): string[] {
  return countries.features
    .filter((country: Feature<Polygon | MultiPolygon, { iso_a2: string }>) => booleanPointInPolygon([position[0] as number, position[1] as number], country))
    .map((country) => country.properties.iso_a2);
}

/**
 * The LPF FeatureCollection, its `@id`s at the homepage and version in package.json.
 *
 * @example
 * ```ts
 * (await linkedPlaces()).features[0]['@id']; // the record page of Vilnius: <homepage>v/<version>/records/place/vilnius.html
 * ```
 */
export async function linkedPlaces() {
  const manifest = await readManifest();
  const site: Site = {
    record: (kind, id) => recordPageUrl(manifest.homepage, manifest.version, kind, id),
    term: (term) => `${versionedSiteRoot(manifest.homepage, manifest.version)}documents/Linked_Places.html#${term}`,
  };
  const countries = JSON.parse(await readFile(resolve(root, 'data-src/ne_10m_admin0_baltic_clip.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { iso_a2: string }
  >;
  return {
    type: 'FeatureCollection' as const,
    '@context': LPF_CONTEXT,
    features: namedPlaces.map((row) => {
      const ccodes = countryCodes(row.place.position, countries);
      return {
        '@id': site.record('place', row.place.id),
        type: 'Feature' as const,
        properties: {
          title: row.names.name.en,
          ...(ccodes.length > 0 ? { ccodes } : {}),
          // Every position comes from the GeoNames cities500 dump, whose records are populated places (feature class P).
          ...(row.place.sources.some((ref) => ref.source === 'geonames-cities500') ? { fclasses: ['P'] } : {}),
        },
        names: names(row, site),
        geometry: { type: 'Point' as const, coordinates: [...row.place.position] },
        links: [{ type: 'closeMatch' as const, identifier: `gn:${row.place.geonameId}` }],
        relations: relations(row.place.id, site),
        descriptions: descriptions(row, site),
      };
    }),
  };
}

const emitLpf: Emitter = async () => [{ path: rawPath('history-places', 'lpf'), content: toGeoJsonText(await linkedPlaces()) }];

export default emitLpf;
