import { articles } from '../../data/articles.js';
import { events } from '../../data/events.js';
import { parties } from '../../data/parties.js';
import { places } from '../../data/places.js';
import { ratifications } from '../../data/ratifications.js';
import { registration } from '../../data/registration.js';
import { signatories } from '../../data/signatories.js';
import { treaty } from '../../data/treaty.js';
import { borderCitations } from '../../generated/border-citations.generated.js';
import { sources } from '../../generated/sources.generated.js';
import { treatyCitation } from '../../generated/treaty-citation.generated.js';
import type { DatedFact } from '../../schemas/dated-fact.js';
import type { SourceRef } from '../../schemas/source-ref.js';
import { readableDate } from './dates.js';
import { otherNames, sourceRecord } from './record-parts.js';

/** What kind of record an id names. */
export type CitedRecordKind =
  | 'treaty'
  | 'event'
  | 'signatory'
  | 'article'
  | 'party'
  | 'place'
  | 'ratification'
  | 'registration'
  | 'source'
  | 'waypoint'
  | 'segment';

/**
 * One record as a citation reads it: its kind, title, value in one line, and
 * its own sources. `K` is wider for the kinds of `./history`
 * (`citeHistoryRecord`), which `.` never reads.
 */
export interface CitedRecord<K extends string = CitedRecordKind> {
  readonly kind: K;
  readonly id: string;
  readonly title: string;
  readonly value?: string;
  readonly sources: readonly SourceRef[];
}

/** `born 22 October 1883, Simferopol`. */
const lifeEvent = (verb: string, fact: Pick<DatedFact, 'date' | 'place' | 'approximate'> | undefined): string | undefined =>
  fact && `${verb} ${fact.approximate ? 'c. ' : ''}${readableDate(fact.date)}${fact.place === undefined ? '' : `, ${fact.place}`}`;

/** `12 July 1920` or `14 September 1919 – 15 September 1919`. */
const dateRange = (date: string, endDate?: string): string => (endDate === undefined ? readableDate(date) : `${readableDate(date)} – ${readableDate(endDate)}`);

const ARTICLE_TITLES = { article: 'Article', 'secret-supplement': 'Secret supplement to Article', addition: 'Addition to Article' } as const;

/** Every record with its citation, built on first use. */
function allRecords(): CitedRecord[] {
  return [
    {
      kind: 'treaty',
      id: treaty.id,
      title: treatyCitation.title,
      value: `signed${treatyCitation.signedAt === undefined ? '' : ` at ${treatyCitation.signedAt}`} on ${readableDate(treaty.signedOn)}`,
      sources: treaty.sources,
    },
    ...events.map((event) => ({
      kind: 'event' as const,
      id: event.id,
      title: event.title.en,
      value: dateRange(event.date, event.endDate),
      sources: event.sources,
    })),
    ...signatories.map((person) => {
      const value = [person.office, lifeEvent('born', person.born), lifeEvent('died', person.died)].filter((part) => part !== undefined).join('; ');
      return { kind: 'signatory' as const, id: person.id, title: person.names.printed, ...(value === '' ? {} : { value }), sources: person.sources };
    }),
    ...articles.map((article) => ({
      kind: 'article' as const,
      id: article.id,
      title: `${ARTICLE_TITLES[article.kind]} ${article.number}`,
      value: article.summary ?? 'no source shows its text',
      sources: article.sources,
    })),
    ...parties.map((party) => ({ kind: 'party' as const, id: party.id, title: party.name.en, value: otherNames(party.name), sources: party.sources })),
    ...places.map((place) => ({ kind: 'place' as const, id: place.id, title: place.name.en, value: otherNames(place.name), sources: place.sources })),
    ...ratifications.map((ratification) => ({
      kind: 'ratification' as const,
      id: ratification.id,
      title: `Ratification by the ${ratification.body.en}`,
      value: readableDate(ratification.date),
      sources: ratification.sources,
    })),
    {
      kind: 'registration',
      id: registration.id,
      title: 'Registration with the League of Nations',
      value: `registered on ${readableDate(registration.registeredOn)}; ${registration.series}, vol. ${registration.volume}, pp. ${registration.pages.first}–${registration.pages.last}`,
      sources: registration.sources,
    },
    ...sources.map(sourceRecord),
    ...borderCitations,
  ];
}

let index: ReadonlyMap<string, readonly CitedRecord[]> | undefined;

/**
 * The record with this id as a citation reads it; `undefined` for an unknown
 * id. Ids are unique within a kind; where one id names records of two kinds
 * (the place `pastavy` and the border waypoint at Pastavy), `kind` picks one,
 * and without it the first in the order of {@link CitedRecordKind} is taken (the
 * place before the waypoint).
 *
 * @internal
 * @example
 * ```ts
 * findRecord('treaty-signed')?.kind; //=> 'event'
 * findRecord('pastavy', 'waypoint')?.kind; //=> 'waypoint'
 * ```
 */
export function findRecord(id: string, kind?: CitedRecordKind): CitedRecord | undefined {
  if (index === undefined) {
    const byId = new Map<string, CitedRecord[]>();
    for (const record of allRecords()) {
      const list = byId.get(record.id);
      if (list === undefined) byId.set(record.id, [record]);
      else list.push(record);
    }
    index = byId;
  }
  const candidates = index.get(id) ?? [];
  return kind === undefined ? candidates[0] : candidates.find((record) => record.kind === kind);
}

/**
 * Every kind of record, in the order {@link findRecord} prefers them.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(RECORD_KINDS)[0]; //=> 'treaty'
 * ```
 */
export const RECORD_KINDS: Readonly<Record<CitedRecordKind, CitedRecordKind>> = {
  treaty: 'treaty',
  event: 'event',
  signatory: 'signatory',
  article: 'article',
  party: 'party',
  place: 'place',
  ratification: 'ratification',
  registration: 'registration',
  source: 'source',
  waypoint: 'waypoint',
  segment: 'segment',
};
