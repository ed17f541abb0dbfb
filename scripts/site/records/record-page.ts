/**
 * The HTML of one record's page (`records/<kind>/<id>.html`) and of the
 * indexes (`records/index.html`, `records/<kind>/index.html`).
 */

import { citeHistoryRecord, type HistoryRecordKind, historySources } from '../../../src/history/index.js';
import { type CitedRecordKind, citeRecord, sources } from '../../../src/index.js';
import type { SourceRef } from '../../../src/schemas/source-ref.js';
import { escapeMarkup } from '../escape-markup.js';
import { type Frame, page } from './html.js';
import { allSources, KIND_NAMES, PAGE_KINDS, type PageKind, type RecordLink, type SiteRecord } from './site-records.js';

/** The path of a record's page from the site root. */
export const recordPath = (kind: PageKind, id: string): string => `records/${kind}/${encodeURIComponent(id)}.html`;

/** The citation formats of `citeRecord` and `citeHistoryRecord`, with the name each is shown under. */
const FORMATS = [
  ['text', 'Text'],
  ['bibtex', 'BibTeX'],
  ['csl-json', 'CSL-JSON (Zotero, Pandoc)'],
  ['ris', 'RIS (EndNote, Mendeley, Zotero)'],
] as const;

const sourceById = new Map(allSources.map((source) => [source.id, source]));

/** Everything a page needs besides the record: the titles of the other records, for link texts. */
export interface PageContext {
  readonly name: string;
  readonly version: string;
  readonly titles: ReadonlyMap<string, string>;
}

const key = (kind: string, id: string): string => `${kind}/${id}`;
/** From one record page to another: `../<kind>/<id>.html`. */
const sibling = (kind: PageKind, id: string): string => `../${kind}/${encodeURIComponent(id)}.html`;

function link(context: PageContext, target: RecordLink): string {
  const title = context.titles.get(key(target.kind, target.id));
  if (title === undefined) throw new Error(`record pages: link to ${target.kind} "${target.id}", which has no page`);
  return `<a href="${sibling(target.kind, target.id)}">${escapeMarkup(title)}</a>`;
}

function refItem(ref: SourceRef): string {
  const source = sourceById.get(ref.source);
  if (source === undefined) throw new Error(`record pages: citation of unknown source "${ref.source}"`);
  const lang = source.language && source.language !== 'en' ? ` lang="${escapeMarkup(source.language)}"` : '';
  const read = source.url ? ` · <a href="${escapeMarkup(source.url)}">read the source</a>` : '';
  const quote = ref.quote ? `<blockquote${lang}>“${escapeMarkup(ref.quote)}”</blockquote>` : '';
  return `<li><a href="${sibling('source', source.id)}">${escapeMarkup(source.title)}</a> <span class="tier">${escapeMarkup(source.tier)}</span> — ${escapeMarkup(ref.locator)}${read}${quote}</li>`;
}

const HISTORY_KINDS: ReadonlySet<PageKind> = new Set(['control-period', 'title', 'figure', 'holder']);
const historyOnlySources = new Set(historySources.map((source) => source.id).filter((id) => !sources.some((source) => source.id === id)));

/**
 * The record's citation in one format: `citeHistoryRecord` (of `./history`)
 * for control periods, titles, figures, holders and the works only the
 * history cites; `citeRecord` (of `.`) for every other record.
 */
function citeOnPage(record: SiteRecord, format: (typeof FORMATS)[number][0]): string {
  if (HISTORY_KINDS.has(record.kind) || (record.kind === 'source' && historyOnlySources.has(record.id))) {
    return citeHistoryRecord(record.id, { kind: record.kind as HistoryRecordKind, format });
  }
  return citeRecord(record.id, { kind: record.kind as CitedRecordKind, format });
}

/** The record's citation in every format. */
function citationFormats(record: SiteRecord): string {
  return FORMATS.map(([format, label]) => `<h3>${label}</h3>\n<pre>${escapeMarkup(citeOnPage(record, format))}</pre>`).join('\n');
}

/**
 * The page of one record.
 *
 * @example
 * ```ts
 * recordPage(siteRecords()[1]!, context).includes('<h2>Sources</h2>'); //=> true
 * ```
 */
export function recordPage(record: SiteRecord, context: PageContext): string {
  const root = '../../';
  const frame: Frame = { title: record.title, name: context.name, version: context.version, root };
  const parts: string[] = [];
  parts.push(
    `<p class="kind">${escapeMarkup(KIND_NAMES[record.kind][0])} · id <code>${escapeMarkup(record.id)}</code> · <a href="index.html">all ${escapeMarkup(KIND_NAMES[record.kind][1].toLowerCase())}</a></p>`,
  );
  parts.push(`<h1>${escapeMarkup(record.title)}</h1>`);
  if (record.value) parts.push(`<p class="value">${escapeMarkup(record.value)}</p>`);
  const rows = record.fields.map((field) => {
    const lang = field.lang && field.lang !== 'en' ? ` lang="${escapeMarkup(field.lang)}"` : '';
    const value = field.links
      ? field.links.map((target) => link(context, target)).join(', ')
      : field.url
        ? `<a href="${escapeMarkup(field.url)}">${escapeMarkup(field.text ?? field.url)}</a>`
        : escapeMarkup(field.text ?? '');
    return `<dt>${escapeMarkup(field.label)}</dt><dd${lang}>${value}</dd>`;
  });
  if (record.confidence) rows.push(`<dt>Confidence</dt><dd>${escapeMarkup(record.confidence)}</dd>`);
  if (record.note) rows.push(`<dt>Note</dt><dd>${escapeMarkup(record.note)}</dd>`);
  if (rows.length > 0) parts.push(`<dl class="fields">\n${rows.join('\n')}\n</dl>`);
  for (const table of record.tables) {
    const head = table.header.map((cell) => `<th scope="col">${escapeMarkup(cell)}</th>`).join('');
    const body = table.rows
      .map((row) => `<tr>${row.map((cell) => `<td>${typeof cell === 'string' ? escapeMarkup(cell) : link(context, cell)}</td>`).join('')}</tr>`)
      .join('\n');
    parts.push(`<h2>${escapeMarkup(table.caption)}</h2>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
  }
  if (record.variants.length > 0) {
    const items = record.variants.map((variant) => {
      const where = variant.label === '' ? '' : `${escapeMarkup(variant.label)}: `;
      const reported = variant.reported ? ` (${escapeMarkup(variant.reported)})` : '';
      const note = variant.note ? ` — ${escapeMarkup(variant.note)}` : '';
      return `<li>${where}<strong>${escapeMarkup(variant.value)}</strong>${reported}${note}<ul>${variant.refs.map((ref) => refItem(ref)).join('')}</ul></li>`;
    });
    parts.push(`<h2>Other values the sources give</h2>\n<ul class="variants">\n${items.join('\n')}\n</ul>`);
  }
  if (record.citations.length > 0) {
    const groups = record.citations.map((group) => {
      const list = `<ul class="citations">\n${group.refs.map((ref) => refItem(ref)).join('\n')}\n</ul>`;
      return group.label === '' ? list : `<h3>${escapeMarkup(group.label)}</h3>\n${list}`;
    });
    parts.push(`<h2>Sources</h2>\n${groups.join('\n')}`);
  }
  for (const group of record.related) {
    parts.push(`<h2>${escapeMarkup(group.label)}</h2>\n<ul>\n${group.links.map((target) => `<li>${link(context, target)}</li>`).join('\n')}\n</ul>`);
  }
  parts.push(`<h2>Cite this record</h2>\n${citationFormats(record)}`);
  return page(frame, parts.join('\n\n'));
}

/** `records/<kind>/index.html`: every record of one kind. */
export function kindIndexPage(kind: PageKind, records: readonly SiteRecord[], context: PageContext): string {
  const items = records.map(
    (record) =>
      `<li><a href="${encodeURIComponent(record.id)}.html">${escapeMarkup(record.title)}</a>${record.value ? ` — ${escapeMarkup(record.value)}` : ''}</li>`,
  );
  return page(
    { title: KIND_NAMES[kind][1], name: context.name, version: context.version, root: '../../' },
    `<p class="kind"><a href="../index.html">Records</a></p>\n<h1>${escapeMarkup(KIND_NAMES[kind][1])}</h1>\n<p>${records.length} record${records.length === 1 ? '' : 's'}.</p>\n<ul>\n${items.join('\n')}\n</ul>`,
  );
}

/** `records/index.html`: the kinds, with how many records each has. */
export function recordsIndexPage(counts: ReadonlyMap<PageKind, number>, context: PageContext): string {
  const items = PAGE_KINDS.map((kind) => `<li><a href="${kind}/index.html">${escapeMarkup(KIND_NAMES[kind][1])}</a> (${counts.get(kind) ?? 0})</li>`);
  return page(
    { title: 'Records', name: context.name, version: context.version, root: '../' },
    `<h1>Records</h1>\n<p>Every record of the dataset has a page: what it says, how sure the sources are, every citation with its source, tier, locator and quote, and how to cite it.</p>\n<ul>\n${items.join('\n')}\n</ul>`,
  );
}
