import { Cite, type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration } from '../../src/data/registration.js';
import { treaty } from '../../src/data/treaty.js';
import { type CitedRecordKind, findRecord } from '../../src/helpers/citation/find-record.js';
import { cite } from '../../src/helpers/cite.js';
import { citeRecord } from '../../src/helpers/cite-record.js';
import { meta } from '../../src/meta.js';
import { type Rendering, render, STYLES, type StyleId } from './render.js';

// Read BibTeX as pandoc does: English titles are sentence-cased, braced words keep their case;
// then put citation-js back as it was, for the test files that run after this one in the same worker.
const bibtexParse = (plugins.config.get('@bibtex') as { parse: { sentenceCase: string } }).parse;
const sentenceCase = bibtexParse.sentenceCase;
beforeAll(() => {
  bibtexParse.sentenceCase = 'english';
});
afterAll(() => {
  bibtexParse.sentenceCase = sentenceCase;
});

/** One record of each kind. */
const RECORDS: readonly (readonly [CitedRecordKind, string])[] = [
  ['treaty', 'soviet-lithuanian-peace-treaty-1920'],
  ['event', 'ratification-lithuania'],
  ['signatory', 'adolf-joffe'],
  ['article', 'article-2'],
  ['party', 'lithuania'],
  ['place', 'moscow'],
  ['ratification', 'lithuania-constituent-seimas'],
  ['registration', 'league-of-nations-registration'],
  ['source', 'bfsp-1121'],
  ['waypoint', 'grodno-arc'],
  ['segment', 'arc-grodno'],
];

type Input = 'csl-json' | 'bibtex' | 'ris';
const INPUTS: readonly Input[] = ['csl-json', 'bibtex', 'ris'];

/** Styles that print no version and no URL for these types (GOST prints a URL only for web pages): a documented gap (docs/citing.md). */
const NO_VERSION_AT_ALL: ReadonlySet<StyleId> = new Set(['gost-r-7-0-5-2008']);
/** Styles that print every author in capitals, the package name in "… contributors" included. */
const CAPITAL_AUTHORS: ReadonlySet<StyleId> = new Set(['iso690-author-date-en']);

/** Parses our BibTeX, CSL-JSON or RIS with citation-js, as a reference manager would. */
async function parse(text: string): Promise<CslItem> {
  const items = (await Cite.async(text)).data;
  expect(items).toHaveLength(1);
  return items[0] as CslItem;
}

/** Every printed form of one rendering: the bibliography entry and, in note styles, the first note. */
const printed = (rendering: Rendering): string[] => [rendering.bibliography, ...(rendering.note === undefined ? [] : [rendering.note])];

/** How often `needle` occurs in `text`, ignoring case. */
const count = (text: string, needle: string): number => text.toLowerCase().split(needle.toLowerCase()).length - 1;

/**
 * The version appears once as a version ("Version 0.1.0", "version 0.1.0") or not at all, and the
 * URL of that version once, in every style but GOST, which prints neither.
 */
function expectVersionOnce(text: string, url: string, style: StyleId): void {
  const labelled = count(text, `version ${meta.version}`);
  expect(labelled, text).toBeLessThanOrEqual(1);
  const linked = count(text, url);
  if (NO_VERSION_AT_ALL.has(style)) {
    expect(labelled + linked, text).toBe(0);
    return;
  }
  expect(linked, text).toBe(1);
  expect(count(text, meta.version), text).toBe(labelled + linked); // nowhere else: not doubled as an edition
}

/**
 * The package name keeps its case wherever the style prints a title; author names as the style
 * cases them. RIS cannot mark words to keep their case, so title-casing styles (Chicago, MLA, MHRA)
 * capitalise the name from RIS; BibTeX braces and CSL-JSON `nocase` spans protect it.
 */
function expectNameCase(text: string, style: StyleId, input: Input): void {
  if (input === 'ris') return;
  const forms = [...text.matchAll(new RegExp(`${meta.name}( contributors)?`, 'gi'))];
  expect(forms.length, text).toBeGreaterThan(0);
  for (const [form, contributors] of forms) if (!(contributors && CAPITAL_AUTHORS.has(style))) expect(form.slice(0, meta.name.length), text).toBe(meta.name);
}

const datasetUrl = `https://www.npmjs.com/package/${meta.name}/v/${meta.version}`;
const recordUrl = (kind: string, id: string) => `${meta.homepage}v/${meta.version}/records/${kind}/${id}.html`;
const registeredYear = registration.registeredOn.slice(0, 4);

describe.each(STYLES)('$name ($id)', ({ id: style }) => {
  it.each(INPUTS)('prints the dataset from %s with its version (or versioned URL) once, the name in its case', async (input) => {
    for (const text of printed(render(await parse(cite({ format: input })), style))) {
      expectVersionOnce(text, datasetUrl, style);
      expect(count(text, 'The Soviet–Lithuanian Peace Treaty of 12 July 1920'), text).toBe(1);
      expectNameCase(text, style, input);
    }
  });

  it.each(INPUTS)('prints the treaty from %s with LNTS vol. 3, p. 106, the year of the volume and both parties', async (input) => {
    for (const text of printed(render(await parse(cite({ format: input, target: 'treaty' })), style))) {
      expect(count(text, registration.series), text).toBe(1);
      expect(text, text).toMatch(new RegExp(`(?<![\\d.])${registration.volume}(?!\\d)`));
      expect(count(text, String(registration.pages.first)), text).toBe(1);
      expect(text, text).toContain(registeredYear);
      expect(text, text).not.toMatch(/\(July 12, 1920\)|1920\)?: 106/); // never dated as if the volume appeared on the day of signature
      expect(count(text, 'Treaty of Peace between Lithuania and Russia'), text).toBe(1);
      for (const party of treaty.parties) expect(count(text, party.name.en), text).toBe(1);
    }
  });

  // Every kind from CSL-JSON; from BibTeX and RIS one record (the readers differ only in the item they build).
  it.each(INPUTS)('prints records from %s with their value, no id in the title, the dataset and the version once', async (input) => {
    for (const [kind, id] of input === 'csl-json' ? RECORDS : RECORDS.filter(([, id]) => id === 'ratification-lithuania')) {
      const record = findRecord(id, kind);
      const item = await parse(citeRecord(id, { kind, format: input }));
      for (const text of printed(render(item, style))) {
        const plain = (words: string): string => words.replace(/[“”‘’"'.,]/g, '').toLowerCase();
        expect(plain(text), text).toContain(plain(record?.title ?? '(none)'));
        if ((record?.value?.length ?? 0) <= 120) expect(plain(text), text).toContain(plain(record?.value ?? '(none)'));
        expect(text.replace(recordUrl(kind, id), ''), text).not.toContain(`${kind} ${id}`);
        expect(count(text, 'The Soviet–Lithuanian Peace Treaty of 12 July 1920'), text).toBe(1);
        expectVersionOnce(text, recordUrl(kind, id), style);
        expectNameCase(text, style, input);
      }
    }
  });

  // (Not for the treaty: BibTeX has no literal names, so its two corporate authors come back as
  // family names, and APA then writes "A, & B".)
  it('prints the same from BibTeX as from CSL-JSON for a record', async () => {
    for (const work of [(format: Input) => citeRecord('ratification-lithuania', { format })]) {
      const [fromCsl, fromBibtex] = await Promise.all((['csl-json', 'bibtex'] as const).map(async (input) => render(await parse(work(input)), style)));
      expect(fromBibtex).toEqual(fromCsl);
    }
  });
});
