/**
 * Every record of the dataset as its page on the site shows it: kind, id,
 * title, one-line value, the fields a reader needs, confidence, note, every
 * citation and variant (found by walking the record), and links to related
 * records. Read from the package's entries (`.`, `./border`, `./history`).
 */

import { borderLine, waypoints } from '../../../src/border/index.js';
import type { HistoryPlace, Holder } from '../../../src/history/index.js';
import * as history from '../../../src/history/index.js';
import type { DeepReadonly, Event, LeagueRegistration, Party, Place, Signatory, Source } from '../../../src/index.js';
import * as core from '../../../src/index.js';
import type { SourceRef } from '../../../src/schemas/source-ref.js';
import { humanDate } from '../fact-sheet.js';
import { type CitationGroup, type VariantEntry, walkCitations } from './citations.js';

/** The kinds of record that have a page, in the order of the records index (DECISIONS.md). */
export const PAGE_KINDS = [
  'treaty',
  'event',
  'signatory',
  'article',
  'party',
  'place',
  'ratification',
  'registration',
  'source',
  'waypoint',
  'segment',
  'control-period',
  'title',
  'figure',
  'holder',
] as const;

/** A kind of record with a page. */
export type PageKind = (typeof PAGE_KINDS)[number];

/** What each kind is called in headings, singular and plural. */
export const KIND_NAMES: Readonly<Record<PageKind, readonly [string, string]>> = {
  treaty: ['Treaty', 'The treaty'],
  event: ['Event', 'Events'],
  signatory: ['Signatory', 'Signatories'],
  article: ['Article', 'Articles'],
  party: ['Party', 'Parties'],
  place: ['Place', 'Places'],
  ratification: ['Ratification', 'Ratifications'],
  registration: ['Registration', 'Registration with the League of Nations'],
  source: ['Source', 'Sources'],
  waypoint: ['Waypoint of the border', 'Waypoints of the border'],
  segment: ['Segment of the border', 'Segments of the border'],
  'control-period': ['Control period', 'Control periods'],
  title: ['Title (by view)', 'Titles (by view)'],
  figure: ['Figure', 'Figures'],
  holder: ['Holder', 'Holders'],
};

/** A link to another record's page. */
export interface RecordLink {
  readonly kind: PageKind;
  readonly id: string;
}

/** A field of the page: text, or links to other records. */
export interface Field {
  readonly label: string;
  readonly text?: string;
  readonly url?: string;
  readonly links?: readonly RecordLink[];
  /** The language of `text` (BCP 47), where it is not English. */
  readonly lang?: string;
}

/** A table on the page (the control periods of a place). */
export interface RecordTable {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | RecordLink)[])[];
}

/** One record as its page shows it. */
export interface SiteRecord {
  readonly kind: PageKind;
  readonly id: string;
  readonly title: string;
  readonly value?: string;
  readonly fields: readonly Field[];
  readonly confidence?: string;
  readonly note?: string;
  readonly tables: readonly RecordTable[];
  readonly citations: readonly CitationGroup[];
  readonly variants: readonly VariantEntry[];
  readonly related: readonly { readonly label: string; readonly links: readonly RecordLink[] }[];
}

// The collections typed by their record types (not the inferred literal unions).
const { articles, ratifications, treaty } = core;
const events: readonly DeepReadonly<Event>[] = core.events;
const parties: readonly DeepReadonly<Party>[] = core.parties;
const places: readonly DeepReadonly<Place>[] = core.places;
const signatories: readonly DeepReadonly<Signatory>[] = core.signatories;
const sources: readonly DeepReadonly<Source>[] = core.sources;
const registration: DeepReadonly<LeagueRegistration> = core.registration;
const { controlPeriods, figures, historySources, titles } = history;
const holders: readonly DeepReadonly<Holder>[] = history.holders;
const historyPlaces: readonly DeepReadonly<HistoryPlace>[] = history.historyPlaces;

const LANGUAGES: Readonly<Record<string, string>> = {
  en: 'English',
  lt: 'Lithuanian',
  ru: 'Russian',
  pl: 'Polish',
  be: 'Belarusian',
  'be-tarask': 'Belarusian (Taraškievica)',
  uk: 'Ukrainian',
  fr: 'French',
  de: 'German',
  lv: 'Latvian',
  it: 'Italian',
};
/** The name of a language tag in English. */
export const languageName = (tag: string): string => LANGUAGES[tag] ?? tag;

/** One field per language of a localized text, marking the forms the dataset translated itself. */
function nameFields(label: string, text: Readonly<Record<string, string | undefined>>, editorial: readonly string[] | undefined, path: string): Field[] {
  return Object.entries(text).flatMap(([lang, value]) =>
    value === undefined
      ? []
      : [
          {
            label: `${label} (${languageName(lang)})`,
            text: editorial?.includes(`${path}.${lang}`) ? `${value} — editorial form (our translation)` : value,
            lang,
          },
        ],
  );
}

const optional = (label: string, text: string | number | boolean | undefined | null): Field[] =>
  text === undefined || text === null || text === '' ? [] : [{ label, text: typeof text === 'boolean' ? (text ? 'yes' : 'no') : String(text) }];
const links = (label: string, list: readonly RecordLink[]): Field[] => (list.length === 0 ? [] : [{ label, links: list }]);
const related = (label: string, list: readonly RecordLink[]) => (list.length === 0 ? [] : [{ label, links: list }]);
const range = (from: string, to?: string): string => (to === undefined ? `${humanDate(from)} onwards` : `${humanDate(from)} – ${humanDate(to)}`);

const holderIds = new Set(holders.map((holder) => holder.id));
const partyIds = new Set(parties.map((party) => party.id));
/** A controller or title holder: a holder's page, or a party's for the treaty's two parties. */
function powerLink(id: string | null): RecordLink[] {
  if (id === null) return [];
  if (holderIds.has(id)) return [{ kind: 'holder', id }];
  if (partyIds.has(id)) return [{ kind: 'party', id }];
  throw new Error(`site-records: "${id}" is neither a holder nor a party`);
}
/** The short English name of a holder or party; `not known from the sources` for null. */
export function powerName(id: string | null): string {
  if (id === null) return 'not known from the sources';
  const record = holders.find((holder) => holder.id === id) ?? parties.find((party) => party.id === id);
  if (record === undefined) throw new Error(`site-records: unknown holder "${id}"`);
  return record.shortName?.en ?? record.name.en;
}
const placeName = (id: string): string => places.find((place) => place.id === id)?.name.en ?? id;
const eventTitle = (id: string): string => events.find((event) => event.id === id)?.title.en ?? id;

/** Every source of every entry, once (the sources of `.` and of `./history`). */
export const allSources: readonly DeepReadonly<Source>[] = [...sources, ...historySources.filter((source) => !sources.some((other) => other.id === source.id))];

/** The base of a record: its citations and variants walked from `raw`. */
function base(kind: PageKind, id: string, title: string, raw: unknown): Pick<SiteRecord, 'kind' | 'id' | 'title' | 'citations' | 'variants'> {
  const { groups, variants } = walkCitations(raw);
  return { kind, id, title, citations: groups, variants };
}

const ARTICLE_LABEL = { article: 'Article', 'secret-supplement': 'Secret supplement to Article', addition: 'Addition to Article' } as const;

/** Every record with a page, in index order, without the pages of sources (built last: they list who cites them). */
function recordsExceptSources(): SiteRecord[] {
  const out: SiteRecord[] = [];
  const { names, signedOn, signedAt, ratificationsExchangedOn, enteredIntoForceOn, authenticLanguages, wikidata, unknown, sources: treatySources } = treaty;
  out.push({
    ...base('treaty', treaty.id, names[0]?.name ?? treaty.id, { names, authenticLanguages, wikidata, sources: treatySources }),
    value: `signed at ${placeName(signedAt)} on ${humanDate(signedOn)}`,
    fields: [
      ...names.map((name) => ({ label: `Name (${languageName(name.language)}, ${name.kind.replaceAll('-', ' ')})`, text: name.name, lang: name.language })),
      { label: 'Signed on', text: humanDate(signedOn) },
      { label: 'Signed at', links: [{ kind: 'place', id: signedAt }] },
      { label: 'Ratifications exchanged on', text: humanDate(ratificationsExchangedOn) },
      { label: 'Entered into force on', text: humanDate(enteredIntoForceOn) },
      { label: 'Authentic languages', text: `${authenticLanguages.value.map(languageName).join(', ')} (confidence ${authenticLanguages.confidence})` },
      ...(wikidata ? [{ label: 'Wikidata', text: `${wikidata.id} (confidence ${wikidata.confidence})` }] : []),
      ...(unknown ? [{ label: 'Not known', text: unknown.join('; ') }] : []),
    ],
    tables: [],
    related: [
      ...related(
        'Parties',
        parties.map((party) => ({ kind: 'party' as const, id: party.id })),
      ),
      ...related(
        'Signatories',
        signatories.map((person) => ({ kind: 'signatory' as const, id: person.id })),
      ),
      ...related(
        'Articles',
        articles.map((article) => ({ kind: 'article' as const, id: article.id })),
      ),
      ...related(
        'Ratifications',
        ratifications.map((r) => ({ kind: 'ratification' as const, id: r.id })),
      ),
      ...related('Registration', [{ kind: 'registration', id: registration.id }]),
    ],
    ...(wikidata?.note ? { note: wikidata.note } : {}),
  });

  for (const event of events) {
    out.push({
      ...base('event', event.id, event.title.en, event),
      value: event.endDate ? `${humanDate(event.date)} – ${humanDate(event.endDate)}` : humanDate(event.date),
      fields: [
        ...nameFields('Title', event.title, event.editorial, 'title'),
        { label: 'Date', text: humanDate(event.date) },
        ...optional('End date', event.endDate && humanDate(event.endDate)),
        { label: 'Kind', text: event.kind.replaceAll('-', ' ') },
        ...links('Place', event.place ? [{ kind: 'place', id: event.place }] : []),
        ...optional('Description', event.description),
      ],
      confidence: event.confidence,
      tables: [],
      related: [
        ...related(
          'Ratification',
          ratifications.filter((r) => r.event === event.id).map((r) => ({ kind: 'ratification' as const, id: r.id })),
        ),
        ...related('Registration', registration.event === event.id ? [{ kind: 'registration', id: registration.id }] : []),
        ...related(
          'Control periods it began',
          controlPeriods.filter((p) => p.event === event.id).map((p) => ({ kind: 'control-period' as const, id: p.id })),
        ),
        ...related(
          'Titles resting on it',
          titles.filter((t) => t.basis.includes(event.id)).map((t) => ({ kind: 'title' as const, id: t.id })),
        ),
      ],
    });
  }

  for (const person of signatories) {
    const life = (fact: typeof person.born): string | undefined =>
      fact && `${humanDate(fact.date, fact.approximate === true)}${fact.place ? `, ${fact.place}` : ''}`;
    out.push({
      ...base('signatory', person.id, person.names.printed, person),
      ...(person.office ? { value: person.office } : {}),
      fields: [
        { label: 'Name as printed (1920 English translation)', text: person.names.printed },
        { label: 'Native form', text: person.names.native },
        ...optional('Russian form', person.names.russian),
        ...optional('Polish form', person.names.polish),
        ...optional('Other forms', person.names.alternatives?.join('; ')),
        ...links('Signed for', [{ kind: 'party', id: person.side }]),
        { label: 'Order among the signatures', text: String(person.order) },
        ...optional('Head of delegation', person.headOfDelegation),
        ...optional('Office in July 1920', person.office),
        ...optional('Born', life(person.born) ?? 'not known'),
        ...optional('Died', life(person.died) ?? 'not known'),
      ],
      tables: [],
      related: related('Treaty', [{ kind: 'treaty', id: treaty.id }]),
    });
  }

  for (const article of articles) {
    out.push({
      ...base('article', article.id, `${ARTICLE_LABEL[article.kind]} ${article.number}`, article),
      value: article.summary ?? 'Text not found in any source.',
      fields: [{ label: 'Text', text: article.textStatus === 'fragment' ? 'seen in part' : 'not available' }, ...optional('Summary', article.summary)],
      ...(article.confidence ? { confidence: article.confidence } : {}),
      ...(article.note ? { note: article.note } : {}),
      tables: [],
      related: related('Treaty', [{ kind: 'treaty', id: treaty.id }]),
    });
  }

  for (const party of parties) {
    out.push({
      ...base('party', party.id, party.name.en, party),
      value: party.shortName.en,
      fields: [
        ...nameFields('Name', party.name, party.editorial, 'name'),
        ...nameFields('Short name', party.shortName, party.editorial, 'shortName'),
        ...optional('Abbreviation', party.abbreviation),
        ...nameFields('Government', party.government, party.editorial, 'government'),
      ],
      tables: [],
      related: [
        ...related(
          'Signatories',
          signatories.filter((s) => s.side === party.id).map((s) => ({ kind: 'signatory' as const, id: s.id })),
        ),
        ...related(
          'Ratification',
          ratifications.filter((r) => r.party === party.id).map((r) => ({ kind: 'ratification' as const, id: r.id })),
        ),
        ...related(
          'Places it held (control periods)',
          controlPeriods.filter((p) => p.controller === party.id).map((p) => ({ kind: 'control-period' as const, id: p.id })),
        ),
        ...related(
          'Titles (by view)',
          titles.filter((t) => t.holder === party.id || t.leftTo?.includes(party.id)).map((t) => ({ kind: 'title' as const, id: t.id })),
        ),
        ...related(
          'Dependent holders',
          holders.filter((other) => other.dependentOn === party.id).map((other) => ({ kind: 'holder' as const, id: other.id })),
        ),
      ],
    });
  }

  for (const place of places) {
    const geo = historyPlaces.find((candidate) => candidate.id === place.id);
    const periods = controlPeriods.filter((period) => period.place === place.id);
    const waypoint = waypoints.features.find((feature) => feature.properties.id === place.id);
    const names = walkCitations(place);
    const position = geo ? walkCitations(geo).groups.map((group) => ({ ...group, label: group.label === '' ? 'position' : `position › ${group.label}` })) : [];
    out.push({
      kind: 'place',
      id: place.id,
      title: place.name.en,
      citations: [...names.groups, ...position],
      variants: names.variants,
      value: Object.entries(place.name)
        .filter(([lang]) => lang !== 'en')
        .map(([, name]) => name)
        .join(' · '),
      fields: [
        ...nameFields('Name', place.name, place.editorial, 'name'),
        ...(geo
          ? [
              {
                label: 'Position (WGS84)',
                text: `${geo.position[1]}° N, ${geo.position[0]}° E (longitude, latitude: [${geo.position[0]}, ${geo.position[1]}])`,
              },
              { label: 'GeoNames', text: `feature ${geo.geonameId}`, url: `https://www.geonames.org/${geo.geonameId}` },
              ...optional('Accuracy', geo.accuracyKm === undefined ? undefined : `± ${geo.accuracyKm} km`),
              {
                label: 'Inside the 1920 treaty line',
                text: `${geo.inTreatyTerritory ? 'yes' : 'no'} (decided by ${geo.inTreatyBasis === 'contains-point' ? 'the border geometry' : 'the cited sources'})`,
              },
            ]
          : []),
      ],
      ...(geo?.note ? { note: geo.note } : {}),
      tables:
        periods.length === 0
          ? []
          : [
              {
                caption: `Who held ${place.name.en}, 12 July 1920 – 31 December 1940 (in fact)`,
                header: ['From', 'To', 'Held by', 'Began with', 'Confidence', 'Period'],
                rows: periods.map((p) => [
                  humanDate(p.from),
                  humanDate(p.to),
                  powerName(p.controller),
                  p.event ? eventTitle(p.event) : '—',
                  p.confidence,
                  { kind: 'control-period', id: p.id },
                ]),
              },
            ],
      related: [
        ...related(
          'Events here',
          events.filter((e) => e.place === place.id).map((e) => ({ kind: 'event' as const, id: e.id })),
        ),
        ...related(
          'Titles (by view)',
          titles.filter((t) => t.places.some((id) => id === place.id)).map((t) => ({ kind: 'title' as const, id: t.id })),
        ),
        ...related('Waypoint of the border', waypoint ? [{ kind: 'waypoint', id: waypoint.properties.id }] : []),
        ...related('Treaty signed here', treaty.signedAt === place.id ? [{ kind: 'treaty', id: treaty.id }] : []),
      ],
    });
  }

  for (const r of ratifications) {
    out.push({
      ...base('ratification', r.id, `Ratification by the ${r.body.en}`, r),
      value: humanDate(r.date),
      fields: [
        ...links('Party', [{ kind: 'party', id: r.party }]),
        ...nameFields('Body', r.body, r.editorial, 'body'),
        { label: 'Date', text: humanDate(r.date) },
        ...links('Event', [{ kind: 'event', id: r.event }]),
      ],
      ...(r.note ? { note: r.note } : {}),
      tables: [],
      related: related('Treaty', [{ kind: 'treaty', id: treaty.id }]),
    });
  }

  const printed = `${registration.series}, vol. ${registration.volume}, pp. ${registration.pages.first}–${registration.pages.last}`;
  out.push({
    ...base('registration', registration.id, 'Registration with the League of Nations', registration),
    value: `registered on ${humanDate(registration.registeredOn)}; ${printed}`,
    fields: [
      { label: 'Registered on', text: humanDate(registration.registeredOn) },
      { label: 'Printed in', text: printed },
      { label: 'Registration number', text: registration.registrationNumber ?? 'not found in any source' },
      ...links('Event', [{ kind: 'event', id: registration.event }]),
    ],
    confidence: registration.confidence,
    ...(registration.note ? { note: registration.note } : {}),
    tables: [],
    related: related('Treaty', [{ kind: 'treaty', id: treaty.id }]),
  });

  for (const { properties: p, geometry } of waypoints.features) {
    out.push({
      ...base('waypoint', p.id, `${p.order}. ${p.names.en ?? p.nameInTreaty}`, p),
      value: p.nameInTreaty,
      fields: [
        { label: 'Name in the treaty text', text: p.nameInTreaty },
        ...nameFields('Name', p.names, p.editorial, 'names'),
        { label: 'Order along the line', text: String(p.order) },
        ...optional('Identification', p.identification),
        { label: 'Position (WGS84)', text: geometry ? `[${geometry.coordinates[0]}, ${geometry.coordinates[1]}] (longitude, latitude)` : 'not located' },
        ...optional('Located by', p.method),
        { label: 'Accuracy', text: p.accuracyKm === null || p.accuracyKm === undefined ? 'not stated' : `± ${p.accuracyKm} km` },
        ...optional('Basis', p.basis),
      ],
      ...(p.confidence ? { confidence: p.confidence } : {}),
      ...('note' in p && typeof p.note === 'string' ? { note: p.note } : {}),
      tables: [],
      related: [
        ...related(
          'Segments',
          borderLine.features
            .filter((s) => s.properties.from === p.id || s.properties.to === p.id || s.properties.via.includes(p.id))
            .map((s) => ({ kind: 'segment' as const, id: s.properties.id })),
        ),
        ...related('Place', places.some((place) => place.id === p.id) ? [{ kind: 'place', id: p.id }] : []),
      ],
    });
  }

  for (const { properties: p } of borderLine.features) {
    out.push({
      ...base('segment', p.id, `Segment ${p.id}`, p),
      value: `${p.from} → ${p.to}, along ${p.feature}`,
      fields: [
        ...links('From', [{ kind: 'waypoint', id: p.from }]),
        ...links(
          'Via',
          p.via.map((id) => ({ kind: 'waypoint' as const, id })),
        ),
        ...links('To', [{ kind: 'waypoint', id: p.to }]),
        { label: 'Follows', text: p.feature },
        { label: 'Basis', text: p.basis },
        { label: 'Accuracy', text: p.accuracyKm === null ? 'not stated' : `± ${p.accuracyKm} km` },
      ],
      ...(p.note ? { note: p.note } : {}),
      tables: [],
      related: [],
    });
  }

  for (const p of controlPeriods) {
    out.push({
      ...base('control-period', p.id, `${placeName(p.place)}: ${powerName(p.controller)}, ${range(p.from, p.to)}`, p),
      value: `held by ${powerName(p.controller)}`,
      fields: [
        ...links('Place', [{ kind: 'place', id: p.place }]),
        { label: 'From', text: humanDate(p.from) },
        { label: 'To', text: humanDate(p.to) },
        p.controller === null ? { label: 'Held by', text: 'not known from the sources' } : { label: 'Held by', links: powerLink(p.controller) },
        ...optional('Kind of control', p.kind),
        p.event === null ? { label: 'Began with', text: 'no single dated event' } : { label: 'Began with', links: [{ kind: 'event', id: p.event }] },
      ],
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
      tables: [],
      related: related(
        'Other periods of this place',
        controlPeriods.filter((o) => o.place === p.place && o.id !== p.id).map((o) => ({ kind: 'control-period' as const, id: o.id })),
      ),
    });
  }

  const VIEW: Readonly<Record<string, string>> = {
    lithuania: 'Lithuania’s view',
    poland: 'Poland’s view',
    'conference-of-ambassadors': 'The Conference of Ambassadors’ view',
    soviet: 'The Soviet view',
    germany: 'Germany’s view',
  };
  for (const t of titles) {
    const view = VIEW[t.view] ?? t.view;
    const leftTo = t.leftTo ?? [];
    const who = t.holder === null ? `no claim, left to ${leftTo.map(powerName).join(' and ')}` : `title of ${powerName(t.holder)}`;
    const places = `${t.places.length} place${t.places.length === 1 ? '' : 's'}`;
    out.push({
      ...base('title', t.id, `${view}: ${who}, ${range(t.from, t.to)}`, t),
      value: t.holder === null ? `no claim to ${places}, left to ${leftTo.map(powerName).join(' and ')}` : `${powerName(t.holder)} had title to ${places}`,
      fields: [
        { label: 'View', text: view },
        t.holder === null ? { label: 'No claim; left to', links: leftTo.flatMap(powerLink) } : { label: 'Title held by', links: powerLink(t.holder) },
        { label: 'From', text: humanDate(t.from) },
        { label: 'To', text: t.to ? humanDate(t.to) : 'still held at the end of 1940' },
        { label: 'Places', links: t.places.map((id) => ({ kind: 'place' as const, id })) },
        { label: 'Basis (instruments)', links: t.basis.map((id) => ({ kind: 'event' as const, id })) },
      ],
      ...(t.note ? { note: t.note } : {}),
      tables: [],
      related: [],
    });
  }

  for (const f of figures) {
    const unit = f.measure === 'area-km2' ? 'km²' : 'inhabitants';
    out.push({
      ...base('figure', f.id, f.title, f),
      value: `${f.value.toLocaleString('en')} ${unit}`,
      fields: [
        { label: 'Value', text: `${f.value.toLocaleString('en')} ${unit}` },
        ...optional('As the source writes it', f.reported),
        ...optional('As of', f.asOf && humanDate(f.asOf)),
      ],
      confidence: f.confidence,
      ...(f.note ? { note: f.note } : {}),
      tables: [],
      related: [],
    });
  }

  for (const h of holders) {
    out.push({
      ...base('holder', h.id, h.name.en, h),
      value: h.shortName?.en ?? h.name.en,
      fields: [
        ...nameFields('Name', h.name, h.editorial, 'name'),
        ...(h.shortName ? nameFields('Short name', h.shortName, h.editorial, 'shortName') : []),
        ...optional('Abbreviation', h.abbreviation),
        ...links('Dependent on', h.dependentOn ? powerLink(h.dependentOn) : []),
      ],
      ...(h.note ? { note: h.note } : {}),
      tables: [],
      related: [
        ...related(
          'Places it held (control periods)',
          controlPeriods.filter((p) => p.controller === h.id).map((p) => ({ kind: 'control-period' as const, id: p.id })),
        ),
        ...related(
          'Titles (by view)',
          titles.filter((t) => t.holder === h.id || t.leftTo?.includes(h.id)).map((t) => ({ kind: 'title' as const, id: t.id })),
        ),
        ...related(
          'Dependent holders',
          holders.filter((other) => other.dependentOn === h.id).map((other) => ({ kind: 'holder' as const, id: other.id })),
        ),
      ],
    });
  }
  return out;
}

/** Every record with a page: the records above, then one page per source listing the records that cite it. */
export function siteRecords(): SiteRecord[] {
  const records = recordsExceptSources();
  const citedBy = new Map<string, RecordLink[]>();
  for (const record of records) {
    const refs: SourceRef[] = [...record.citations.flatMap((group) => group.refs), ...record.variants.flatMap((variant) => variant.refs)];
    for (const id of new Set(refs.map((ref) => ref.source))) {
      const list = citedBy.get(id) ?? [];
      list.push({ kind: record.kind, id: record.id });
      citedBy.set(id, list);
    }
  }
  const sourcePages: SiteRecord[] = allSources.map(
    (source) =>
      ({
        kind: 'source',
        id: source.id,
        title: source.title,
        citations: [],
        variants: [],
        value: [source.author, source.publisher, source.year].filter((part) => part !== undefined).join(', ') || undefined,
        fields: [
          { label: 'Title', text: source.title, ...(source.language ? { lang: source.language } : {}) },
          ...optional('Author', source.author),
          ...optional('Publisher', source.publisher),
          ...optional('Year', source.year),
          ...(source.url ? [{ label: 'Address', text: source.url, url: source.url }] : []),
          ...optional('Where the treaty stands in it', source.locator),
          { label: 'Tier', text: source.tier },
          { label: 'Kind', text: source.kind },
          ...optional('Language', source.language && languageName(source.language)),
        ],
        ...(source.note ? { note: source.note } : {}),
        tables: [],
        related: related('Records citing it', citedBy.get(source.id) ?? []),
      }) as SiteRecord,
  );
  return [...records, ...sourcePages];
}
