/**
 * Emits `docs/fact-sheet.md`: the treaty on one page (two printed A4 pages
 * at most) for readers who do not code. One note per statement; each note
 * links to the page of the record the statement rests on and names that
 * record's strongest source (tier, locator). The full annotated sheet,
 * every source of every statement, is `docs/fact-sheet-annotated.md`.
 */

import { recordPageUrl } from '../../src/helpers/citation/record-page-url.js';
import { events, parties, places, ratifications, registration, signatories, treaty } from '../../src/index.js';
import type { SourceRef } from '../../src/schemas/source-ref.js';
import type { Emitter } from '../emitter.js';
import { type Manifest, readManifest } from '../manifest.js';
import { humanDate } from './fact-sheet.js';
import { generatedBy, markdownUrl } from './markdown.js';
import { allSources } from './records/site-records.js';

const TIERS = ['primary', 'scholarly', 'reference', 'wiki', 'derivative'];
const sourceById = new Map(allSources.map((source) => [source.id, source]));

/** The first of `refs` from the strongest tier. */
export function strongest(refs: readonly SourceRef[]): SourceRef {
  const rank = (ref: SourceRef): number => TIERS.indexOf(sourceById.get(ref.source)?.tier ?? 'derivative');
  const best = [...refs].sort((a, b) => rank(a) - rank(b))[0];
  if (best === undefined) throw new Error('fact sheet: a statement without sources');
  return best;
}

/** Text safe in running Markdown. */
const plain = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/([[\]*_`])/g, '\\$1');

/** One note per statement, numbered in reading order: the record's page and its strongest source. */
class RecordNotes {
  readonly #notes: string[] = [];
  constructor(readonly manifest: Manifest) {}

  /** The mark of a new note on the record `kind`/`id`, titled `title`, resting on `refs`. */
  note(kind: string, id: string, title: string, refs: readonly SourceRef[]): string {
    const ref = strongest(refs);
    const source = sourceById.get(ref.source);
    if (source === undefined) throw new Error(`fact sheet: unknown source ${ref.source}`);
    const url = recordPageUrl(this.manifest.homepage, this.manifest.version, kind, id);
    const more = refs.length > 1 ? ` (and ${refs.length - 1} more on the record’s page)` : '';
    this.#notes.push(`[${plain(title)}](${markdownUrl(url)}): *${plain(source.title)}* (${source.tier}), ${plain(ref.locator)}${more}.`);
    return `[^${this.#notes.length}]`;
  }

  definitions(): string {
    return this.#notes.map((text, index) => `[^${index + 1}]: ${text}`).join('\n\n');
  }
}

function find<T extends { readonly id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw new Error(`fact sheet: no ${what} "${id}"`);
  return found;
}

/** The events of 1920–1940 the sheet tells, in order: the treaty's fate and the Vilnius question. */
const AFTER = [
  'zeligowski-takes-vilnius',
  'peace-of-riga',
  'conference-of-ambassadors-1923',
  'non-aggression-treaty-1926',
  'mutual-assistance-treaty-1939',
  'soviet-occupation-of-lithuania-1940',
] as const;

/**
 * The one-page fact sheet.
 *
 * @example
 * ```ts
 * oneFactSheet(await readManifest()).includes('[^1]:'); //=> true
 * ```
 */
export function oneFactSheet(manifest: Manifest): string {
  const notes = new RecordNotes(manifest);
  const event = (id: string) => find(events, id, 'event');
  const party = (id: string) => find(parties, id, 'party');
  const placeName = (id: string | undefined): string => places.find((place) => place.id === id)?.name.en ?? id ?? '';
  const signed = event('treaty-signed');
  const exchanged = event('ratifications-exchanged');
  const inForce = event('entry-into-force');
  const lost = event('treaty-lost-force');
  const [first, second] = treaty.parties;
  if (!first || !second) throw new Error('fact sheet: the treaty has not two parties');

  const brief = [
    `The Peace Treaty between ${party('lithuania').shortName.en} and ${party('rsfsr').shortName.en} (${party('rsfsr').abbreviation}) was signed in ${placeName(treaty.signedAt)} on ${humanDate(signed.date)}.${notes.note('event', signed.id, signed.title.en, signed.sources)}`,
    ...ratifications.map(
      (r) =>
        `${party(r.party).shortName.en} ratified it on ${humanDate(r.date)} (${r.body.en}).${notes.note('ratification', r.id, `Ratification by the ${r.body.en}`, r.sources)}`,
    ),
    `Ratifications were exchanged in ${placeName(exchanged.place)} on ${humanDate(exchanged.date)}.${notes.note('event', exchanged.id, exchanged.title.en, exchanged.sources)}`,
    `It entered into force ${inForce.date === exchanged.date ? 'the same day' : `on ${humanDate(inForce.date)}`}.${notes.note('event', inForce.id, inForce.title.en, inForce.sources)}`,
    `It was registered with the League of Nations on ${humanDate(registration.registeredOn)} and printed in the ${registration.series}, vol. ${registration.volume}, pp. ${registration.pages.first}–${registration.pages.last}.${notes.note('registration', registration.id, 'Registration with the League of Nations', registration.sources)}`,
  ];

  const signers = treaty.parties.map((side) => {
    const names = signatories.filter((s) => s.side === side.id).map((s) => `${s.names.printed}${notes.note('signatory', s.id, s.names.printed, s.sources)}`);
    return `- **For ${side.shortName.en}:** ${names.join(', ')}.`;
  });

  const article1 = treaty.articles.find((a) => a.id === 'article-1');
  const article2 = treaty.articles.find((a) => a.id === 'article-2');
  if (!article1 || !article2) throw new Error('fact sheet: Articles I and II are needed');
  const terms = [
    `- **Article I:** ${plain(article1.summary ?? '')}${notes.note('article', article1.id, 'Article I', article1.sources)}`,
    `- **Article II:** it fixed the frontier between Lithuania and Russia by a verbal description, and left the frontiers with Poland and Latvia to agreements with those states; only part of its text has been found.${notes.note('article', article2.id, 'Article II', article2.sources)}`,
  ];

  const after = AFTER.map((id) => {
    const e = event(id);
    return `- **${humanDate(e.date)}** — ${plain(e.title.en)}.${notes.note('event', e.id, e.title.en, e.sources)}`;
  });
  after.push(
    `- **${humanDate(lost.date)}** — ${plain(lost.title.en)}${lost.confidence === 'low' ? ' (a date the sources support only weakly)' : ''}.${notes.note('event', lost.id, lost.title.en, lost.sources)}`,
  );

  return `---
title: Fact sheet
---

# The Soviet–Lithuanian Peace Treaty of 12 July 1920

${generatedBy('scripts/site/fact-sheet-one-page.ts from the records of `lt-ru-1920`')}

One page from the \`lt-ru-1920\` dataset, version ${manifest.version}. Each statement has one note: the page
of the record it rests on (with all its sources, variants and how to cite it) and its strongest source.
The [annotated fact sheet](fact-sheet-annotated.md) gives every source of every statement.

## In brief

${brief.join(' ')}

## Who signed

${signers.join('\n')}

## What it says

${terms.join('\n')}

![The 1920 treaty line and the territory it recognised, over today's borders](map.svg)

## What became of it

${after.join('\n')}

## Notes

${notes.definitions()}
`;
}

/** The emitter: `docs/fact-sheet.md`. */
const emitOneFactSheet: Emitter = async () => [{ path: 'docs/fact-sheet.md', content: oneFactSheet(await readManifest()) }];

export default emitOneFactSheet;
