/**
 * Emits `docs/fact-sheet-annotated.md`: the whole treaty for readers who do
 * not code, every statement footnoted (`[^n]`) to each of its sources with
 * tier, locator, quote and address (the one-page sheet beside it,
 * `docs/fact-sheet.md`, keeps one note per statement). Everything comes from the records: names, dates,
 * parties, signatories, ratifications, the registration, the articles, the
 * border, the events after the signing and every disputed value.
 */

import { borderLine, territory, waypoints } from '../../src/border/index.js';
import * as data from '../../src/data/index.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import type { DatedFact } from '../../src/schemas/dated-fact.js';
import type { LeagueRegistration } from '../../src/schemas/league-registration.js';
import type { SourceRef } from '../../src/schemas/source-ref.js';
import type { Variant } from '../../src/schemas/variant.js';
import type { Emitter } from '../emitter.js';
import { readManifest } from '../manifest.js';
import { generatedBy, markdownUrl } from './markdown.js';

type Refs = readonly DeepReadonly<SourceRef>[];
type Variants = readonly DeepReadonly<Variant>[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LANGUAGES: Readonly<Record<string, string>> = {
  en: 'English',
  ru: 'Russian',
  lt: 'Lithuanian',
  pl: 'Polish',
  be: 'Belarusian',
  'be-tarask': 'Belarusian (Taraškievica)',
  uk: 'Ukrainian',
  fr: 'French',
  it: 'Italian',
  de: 'German',
  lv: 'Latvian',
};

/** `1920-07-12` → `12 July 1920`; `1920-07` → `July 1920`; `1920` stays. Anything else is returned as it is. */
export function humanDate(iso: string, approximate = false): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const text = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year].filter(Boolean).join(' ');
  return approximate ? `c. ${text}` : text;
}

/** Text safe in running Markdown: no line breaks, no stray footnote or link brackets. */
const plain = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/\[(?=\^)/g, '\\[');

/**
 * Numbers citations as Markdown footnotes: the same source, locator and quote
 * always get the same number, in order of first use.
 */
export class Footnotes {
  readonly #numbers = new Map<string, number>();
  readonly #refs: DeepReadonly<SourceRef>[] = [];

  /** The footnote marks for `refs`, e.g. `[^3][^4]`; empty for no refs. */
  cite(refs: Refs): string {
    return refs
      .map((ref) => {
        const key = JSON.stringify([ref.source, ref.locator, ref.quote ?? '']);
        let number = this.#numbers.get(key);
        if (number === undefined) {
          this.#refs.push(ref);
          number = this.#refs.length;
          this.#numbers.set(key, number);
        }
        return `[^${number}]`;
      })
      .join('');
  }

  /** One definition per footnote: source title (linked), publisher and year, tier, locator, quote. */
  definitions(): string {
    const byId = new Map(data.sources.map((source) => [source.id, source]));
    return this.#refs
      .map((ref, index) => {
        const source = byId.get(ref.source);
        if (!source) throw new Error(`fact sheet: citation of unknown source ${ref.source}`);
        const title = source.url ? `[${plain(source.title).replace(/[[\]]/g, '\\$&')}](${markdownUrl(source.url)})` : `*${plain(source.title)}*`;
        const by = [source.author, source.publisher, source.year].filter((part) => part !== undefined && part !== '').join(', ');
        const parts = [`${title}${by ? ` — ${plain(String(by))}` : ''}`, `tier: ${source.tier}`, plain(ref.locator)];
        if (ref.quote) parts.push(`“${plain(ref.quote)}”`);
        return `[^${index + 1}]: ${parts.join(' · ')} \`${ref.source}\``;
      })
      .join('\n\n');
  }
}

const isPages = (value: unknown): value is { first: number; last: number } =>
  value !== null && typeof value === 'object' && 'first' in value && 'last' in value;

/** Every `variants` list in `value`, with the preferred value and its sources, for the disputed-values section. */
function disputes(label: string, value: unknown, out: { label: string; preferred: string; sources: Refs; variants: Variants }[]): void {
  if (Array.isArray(value)) {
    value.forEach((child) => disputes(label, child, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const variants = object.variants as Variants | undefined;
  if (variants && variants.length > 0) {
    const preferred = object.date ?? object.value ?? object.pages;
    const text =
      typeof preferred === 'string' ? humanDate(preferred) : isPages(preferred) ? `pp. ${preferred.first}–${preferred.last}` : JSON.stringify(preferred);
    out.push({ label, preferred: text, sources: (object.sources as Refs | undefined) ?? [], variants });
  }
  for (const [key, child] of Object.entries(object)) if (key !== 'variants' && key !== 'sources') disputes(label, child, out);
}

/** Renders the whole annotated fact sheet for the given version. */
export function factSheetDoc(version: string): string {
  const notes = new Footnotes();
  const { treaty, events, places, parties, signatories, ratifications, articles } = data;
  const registration: DeepReadonly<LeagueRegistration> = data.registration;
  const event = (id: string) => {
    const found = events.find((e) => e.id === id);
    if (!found) throw new Error(`fact sheet: no event ${id}`);
    return found;
  };
  const placeName = (id: string | undefined): string => places.find((p) => p.id === id)?.name.en ?? id ?? '';
  const partyName = (id: string): string => parties.find((p) => p.id === id)?.shortName.en ?? id;
  const also = (variants: Variants | undefined): string =>
    variants && variants.length > 0 ? ` (also given: ${variants.map((v) => `${humanDate(v.value)}${notes.cite(v.sources)}`).join('; ')})` : '';

  const signed = event('treaty-signed');
  const exchanged = event('ratifications-exchanged');
  const inForce = event('entry-into-force');
  const lnts = event('lnts-registration');
  const printedIn = `${registration.series}, vol. ${registration.volume}, pp. ${registration.pages.first}–${registration.pages.last}`;
  // Sections are written in reading order, so that footnotes are numbered as they appear.
  const out: string[] = [];

  out.push(`## In brief

The treaty was signed in ${placeName(treaty.signedAt)} on ${humanDate(treaty.signedOn)} between ${partyName('rsfsr')} and ${partyName('lithuania')}.${notes.cite(signed.sources)} \
Ratifications were exchanged on ${humanDate(treaty.ratificationsExchangedOn)}${notes.cite(exchanged.sources)}, and the treaty entered into force the same day.${notes.cite(inForce.sources)} \
It was registered with the League of Nations on ${humanDate(registration.registeredOn)}${notes.cite(lnts.sources)} and printed in the ${printedIn}.${notes.cite(registration.sources)}`);

  const names = [...new Set(treaty.names.map((n) => n.language))].map((language) => {
    const forms = treaty.names
      .filter((n) => n.language === language)
      .map((n) => `*${plain(n.name)}*${n.kind === 'title' ? ' (title)' : ''}${notes.cite(n.sources)}`);
    return `- **${LANGUAGES[language] ?? language}:** ${forms.join('; ')}`;
  });
  out.push(`## Names\n\n${names.join('\n')}`);

  const partyLines = parties.map((party) => {
    const other = (['lt', 'ru'] as const)
      .map((lang) => party.name[lang])
      .filter(Boolean)
      .join(' · ');
    const abbreviation = 'abbreviation' in party && party.abbreviation ? ` (${party.abbreviation})` : '';
    return `- **${plain(party.name.en)}**${abbreviation} — ${plain(other)}; it acted through “${plain(party.government.en)}”.${notes.cite(party.sources)}`;
  });
  out.push(`## Parties\n\n${partyLines.join('\n')}`);

  const life = (fact: DeepReadonly<DatedFact> | undefined): string => {
    if (!fact) return 'not known';
    const place = fact.place ? `, ${plain(fact.place)}` : '';
    return `${humanDate(fact.date, fact.approximate === true)}${place}${notes.cite(fact.sources)}${also(fact.variants)}`;
  };
  const signatoryLines = signatories.map((s) => {
    const lead = s.headOfDelegation ? ', head of its delegation' : '';
    const office = s.office ? ` ${plain(s.office)}.` : '';
    return `${s.order}. **${plain(s.names.printed)}** (${plain(s.names.native)}) — for ${partyName(s.side)}${lead}.${office}${notes.cite(s.sources)} Born ${life(s.born)}; died ${life(s.died)}.`;
  });
  out.push(`## The eight signatories\n\nNames as printed in the 1920 English translation, with the native form in brackets.\n\n${signatoryLines.join('\n')}`);

  const ratificationLines = ratifications.map(
    (r) =>
      `- **${partyName(r.party)}** — ${plain(r.body.en)} (${plain([r.body.lt, r.body.ru].filter(Boolean).join(' · '))}): ${humanDate(r.date)}${notes.cite(r.sources)}${also(r.variants)}.${r.note ? ` ${plain(r.note)}` : ''}`,
  );
  ratificationLines.push(
    `- **Exchange of ratifications:** ${humanDate(exchanged.date)}${exchanged.place ? `, ${placeName(exchanged.place)}` : ''}.${notes.cite(exchanged.sources)}`,
  );
  ratificationLines.push(`- **Entry into force:** ${humanDate(inForce.date)}.${notes.cite(inForce.sources)}`);
  const number = registration.registrationNumber ? `, No. ${registration.registrationNumber}` : '; the registration number was not found';
  ratificationLines.push(
    `- **League of Nations:** registered ${humanDate(registration.registeredOn)}; ${printedIn}${number}.${notes.cite(registration.sources)}`,
  );
  out.push(`## Ratifications and entry into force\n\n${ratificationLines.join('\n')}`);

  const articleLines = articles.map((a) => {
    const label =
      a.kind === 'article'
        ? `Article ${a.number}`
        : a.kind === 'secret-supplement'
          ? `Secret supplement to Article ${a.number}`
          : `Addition to Article ${a.number}`;
    const body = a.summary ? plain(a.summary) : 'Text not found in any source.';
    const note = a.note ? ` *${plain(a.note)}*` : '';
    return `- **${label}** (${a.textStatus === 'fragment' ? 'text seen in part' : 'text not available'}): ${body}${notes.cite(a.sources)}${note}`;
  });
  out.push(`## The articles\n\n${articleLines.join('\n')}`);

  const located = waypoints.features.filter((f) => f.geometry !== null).length;
  const start = waypoints.features.flatMap((f) => f.properties.sources).find((ref) => ref.source === 'syb-1921' && ref.quote?.startsWith('Beginning'));
  const end = waypoints.features[0]?.properties.sources.find((ref) => ref.source === 'syb-1921');
  const article2 = articles.find((a) => a.id === 'article-2')?.sources.slice(0, 1) ?? [];
  const border = [
    `Article II fixes the frontier between Lithuania and Russia as a chain of places, rivers and lakes; only part of its text has been found.${notes.cite(article2)}`,
    start && end
      ? `The Statesman’s Year-Book 1921 sums the whole line up, from “${plain(start.quote ?? '')}” to where it “${plain(end.quote ?? '')}”.${notes.cite([start, end])}`
      : '',
    `Of the ${waypoints.features.length} places the two texts name, ${located} have been located; the dataset draws the line between them in ${borderLine.features.length} segments, each with its own accuracy.${notes.cite([...(start ? [start] : []), ...article2])}`,
    `The territory it recognised as Lithuanian covers about ${territory.properties.areaKm2.toLocaleString('en')} km² on this schematic drawing; the Memel (Klaipėda) Territory, then under Allied administration, is not part of it, and the frontiers with Poland and Latvia were left to agreements with those states.${notes.cite(territory.properties.sources)}`,
  ].filter(Boolean);
  out.push(`## The border

![The 1920 treaty line and the territory it recognised, over today's borders](map.svg)

${border.join(' ')}`);

  const after = events
    .filter((e) => e.date > signed.date && e.date < '1941')
    .map((e) => {
      const when = e.endDate ? `${humanDate(e.date)} – ${humanDate(e.endDate)}` : humanDate(e.date);
      const where = e.place ? ` (${placeName(e.place)})` : '';
      return `- **${when}**${where} — ${plain(e.title.en)}. ${plain(e.description ?? '')}${notes.cite(e.sources)}${also(e.variants)}`;
    });
  out.push(`## What became of it, 1920–1940\n\n${after.join('\n')}`);

  const disputed: Parameters<typeof disputes>[2] = [];
  for (const e of events) disputes(`${e.title.en} (event \`${e.id}\`), date`, e, disputed);
  for (const s of signatories) {
    disputes(`${s.names.printed}, born`, s.born, disputed);
    disputes(`${s.names.printed}, died`, s.died, disputed);
  }
  disputes('League of Nations Treaty Series, vol. 3, pages', registration, disputed);
  const disputedLines = disputed.map((d) => {
    const others = d.variants.map((v) => `Also ${humanDate(v.value)}${notes.cite(v.sources)}${v.note ? ` — ${plain(v.note).replace(/\.$/, '')}` : ''}.`);
    return `- **${plain(d.label)}:** preferred ${d.preferred}${notes.cite(d.sources)}. ${others.join(' ')}`;
  });
  out.push(
    `## Disputed values\n\nWhere sources disagree the dataset keeps one value and records the others with their sources.\n\n${disputedLines.join('\n')}`,
  );

  return `---
title: Annotated fact sheet
---

# The Soviet–Lithuanian Peace Treaty of 12 July 1920: annotated fact sheet

${generatedBy('scripts/site/fact-sheet.ts from the records of `lt-ru-1920`')}

The treaty in full, from the \`lt-ru-1920\` dataset (version ${version}); the [one-page fact sheet](fact-sheet.md) is the short form. Every statement
ends with numbered notes; each note names its source (with a link where there is one), the source's
tier (primary, scholarly, reference, wiki or derivative), where in the source to look, and the
source's own words where we have them. Wording outside quotation marks is the dataset's own.

${out.join('\n\n')}

## Notes

${notes.definitions()}
`;
}

/** The emitter: `docs/fact-sheet-annotated.md`. */
const emitFactSheet: Emitter = async () => [{ path: 'docs/fact-sheet-annotated.md', content: factSheetDoc((await readManifest()).version) }];

export default emitFactSheet;
