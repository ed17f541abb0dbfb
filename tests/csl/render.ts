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

/** The six styles historians use, vendored from Debian's citation-style-language-styles (see README.md). */
export const STYLES = [
  { id: 'chicago-fullnote-bibliography', name: 'Chicago 17th, notes and bibliography', note: true },
  { id: 'chicago-author-date', name: 'Chicago 17th, author-date', note: false },
  { id: 'apa', name: 'APA 7th', note: false },
  { id: 'modern-language-association', name: 'MLA 9th', note: false },
  { id: 'harvard-cite-them-right', name: 'Harvard (Cite Them Right 12th)', note: false },
  { id: 'modern-humanities-research-association', name: 'MHRA 3rd, notes and bibliography', note: true },
] as const;

/** One of the vendored styles. */
export type StyleId = (typeof STYLES)[number]['id'];

/** What one style prints for one item: its bibliography entry and, for note styles, its first (full) note. */
export interface Rendering {
  readonly bibliography: string;
  readonly note?: string;
}

/**
 * Renders one CSL-JSON item with a vendored style and the vendored en-US
 * locale through citeproc-js, as plain text. Throws on a bibliography error.
 */
export function render(item: CslItem, style: StyleId): Rendering {
  const engine = new CSL.Engine({ retrieveLocale: () => read('locales-en-US.xml'), retrieveItem: () => item }, read(`${style}.csl`), 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems([item.id]);
  const [info, entries] = engine.makeBibliography();
  if (info.bibliography_errors.length > 0) throw new Error(`${style}: ${JSON.stringify(info.bibliography_errors)}`);
  const bibliography = entries.join('').trim();
  const isNote = STYLES.find((candidate) => candidate.id === style)?.note ?? false;
  if (!isNote) return { bibliography };
  const [, clusters] = engine.processCitationCluster({ citationItems: [{ id: item.id }], properties: { noteIndex: 1 } }, [], []);
  return { bibliography, note: clusters[0]?.[1] ?? '' };
}
