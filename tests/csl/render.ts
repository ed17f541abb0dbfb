import { readFileSync } from 'node:fs';
import type { CslItem } from '@citation-js/core';
import CSL from 'citeproc';

const here = new URL('./', import.meta.url);
const files = new Map<string, string>();
/** A vendored style or locale, read and parsed once, as the JSON text citeproc-js also accepts (parsing the XML is most of an engine's start-up). */
function read(file: string): string {
  const json = files.get(file) ?? JSON.stringify(CSL.parseXml(readFileSync(new URL(file, here), 'utf8')));
  files.set(file, json);
  return json;
}

/** The locales vendored under `locales/`. */
const LOCALES = new Set(['en-US', 'en-GB', 'ru-RU']);

/** The current upstream styles Zotero users get, vendored under `styles/` (see README.md), each with the locale it renders in. */
export const STYLES = [
  { id: 'apa', name: 'APA 7th', note: false, locale: 'en-US' },
  { id: 'chicago-author-date', name: 'Chicago 18th, author-date', note: false, locale: 'en-US' },
  { id: 'chicago-notes-bibliography', name: 'Chicago 18th, notes and bibliography', note: true, locale: 'en-US' },
  { id: 'modern-language-association', name: 'MLA 9th', note: false, locale: 'en-US' },
  { id: 'mhra-notes', name: 'MHRA 4th, notes', note: true, locale: 'en-GB' },
  { id: 'harvard-cite-them-right', name: 'Cite Them Right 12th (Harvard)', note: false, locale: 'en-GB' },
  { id: 'iso690-author-date-en', name: 'ISO-690 author-date (English)', note: false, locale: 'en-US' },
  { id: 'gost-r-7-0-5-2008', name: 'GOST R 7.0.5-2008', note: false, locale: 'ru-RU' },
] as const;

/** One of the vendored styles. */
export type StyleId = (typeof STYLES)[number]['id'];

/** What one style prints for one item: its bibliography entry and, for note styles, its first (full) note. */
export interface Rendering {
  readonly bibliography: string;
  readonly note?: string;
}

/** The items the engines can retrieve, by the render-unique id each is given. */
const items = new Map<string, CslItem>();
/** One citeproc-js engine per style, built on first use: building one (compiling the style) takes about a second, rendering an item milliseconds. */
const engines = new Map<StyleId, InstanceType<typeof CSL.Engine>>();
let rendered = 0;

/** The engine of a style, as Zotero keeps one per style: built once, then fed item after item. */
function engineOf(style: StyleId, locale: string): InstanceType<typeof CSL.Engine> {
  const known = engines.get(style);
  if (known !== undefined) return known;
  const retrieveLocale = (lang: string): string => read(`locales/locales-${LOCALES.has(lang) ? lang : locale}.xml`);
  const retrieveItem = (id: string): CslItem => {
    const item = items.get(id);
    if (item === undefined) throw new Error(`no item ${id} to render`);
    return item;
  };
  const engine = new CSL.Engine({ retrieveLocale, retrieveItem }, read(`styles/${style}.csl`), locale);
  engine.setOutputFormat('text');
  engines.set(style, engine);
  return engine;
}

/**
 * Renders one CSL-JSON item with a vendored style and its locale through
 * citeproc-js, as plain text. Throws on a bibliography error.
 *
 * The style's engine is reused: each call registers the item alone, under an id
 * no earlier call used, so nothing of an earlier item (a subsequent or "ibid."
 * note, a disambiguation, a substituted author) can show (render.test.ts
 * compares with fresh engines).
 */
export function render(item: CslItem, style: StyleId, options: { readonly fresh?: boolean } = {}): Rendering {
  const info = STYLES.find((candidate) => candidate.id === style);
  if (info === undefined) throw new RangeError(`no vendored style ${style}`);
  if (options.fresh) engines.delete(style);
  const id = `render-${++rendered}`;
  items.set(id, { ...item, id });
  const engine = engineOf(style, info.locale);
  try {
    engine.updateItems([id]);
    const [result, entries] = engine.makeBibliography();
    if (result.bibliography_errors.length > 0) throw new Error(`${style}: ${JSON.stringify(result.bibliography_errors)}`);
    const bibliography = entries.join('').trim();
    if (!info.note) return { bibliography };
    const [, clusters] = engine.processCitationCluster({ citationItems: [{ id }], properties: { noteIndex: 1 } }, [], []);
    return { bibliography, note: clusters[0]?.[1] ?? '' };
  } finally {
    items.delete(id);
  }
}
