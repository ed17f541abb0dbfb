import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { registration } from '../../src/data/registration.js';
import { citeRecord } from '../../src/helpers/cite-record.js';
import { cite } from '../../src/helpers/cite.js';
import { meta } from '../../src/meta.js';
import { STYLES, render, type Rendering } from './render.js';

// Read BibTeX as pandoc does: English titles are sentence-cased, braced words keep their case.
beforeAll(() => {
  (plugins.config.get('@bibtex') as { parse: { sentenceCase: string } }).parse.sentenceCase = 'english';
});

/** One record of each kind. */
const RECORDS = [
  'soviet-lithuanian-peace-treaty-1920',
  'treaty-signed',
  'adolf-joffe',
  'article-2',
  'lithuania',
  'moscow',
  'lithuania-constituent-seimas',
  'league-of-nations-registration',
  'bfsp-1121',
  'grodno-arc',
  'arc-grodno',
] as const;

type Input = 'csl-json' | 'bibtex';
const INPUTS: readonly Input[] = ['csl-json', 'bibtex'];

/** Parses our BibTeX or CSL-JSON with citation-js, as a reference manager would. */
async function parse(text: string): Promise<CslItem> {
  const items = (await Cite.async(text)).data;
  expect(items).toHaveLength(1);
  return items[0] as CslItem;
}

/** Every printed form of one rendering: the bibliography entry and, in note styles, the first note. */
const printed = (rendering: Rendering): string[] => [rendering.bibliography, ...(rendering.note === undefined ? [] : [rendering.note])];

/** How often `needle` occurs in `text`, ignoring case. */
const count = (text: string, needle: string): number => text.toLowerCase().split(needle.toLowerCase()).length - 1;

/** The package name is printed in lower case wherever it occurs. */
function expectLowerCaseName(text: string): void {
  const forms = text.match(new RegExp(meta.name.replace(/-/g, '-'), 'gi')) ?? [];
  expect(forms.length, text).toBeGreaterThan(0);
  for (const form of forms) expect(form, text).toBe(meta.name);
}

const version = `version ${meta.dataVersion}`;

describe.each(STYLES)('$name ($id)', ({ id: style }) => {
  it.each(INPUTS)('prints the dataset from %s with its version, once, and the name in lower case', async (input) => {
    for (const text of printed(render(await parse(cite({ format: input })), style))) {
      expect(count(text, version), text).toBe(1);
      expect(count(text, meta.dataVersion), text).toBe(1);
      expect(count(text, 'The Soviet–Lithuanian Peace Treaty of 12 July 1920'), text).toBe(1);
      expect(count(text, meta.homepage), text).toBe(1);
      expectLowerCaseName(text);
    }
  });

  it.each(INPUTS)('prints the treaty from %s with LNTS vol. 3 and p. 106, the series once', async (input) => {
    for (const text of printed(render(await parse(cite({ format: input, target: 'treaty' })), style))) {
      expect(count(text, registration.series), text).toBe(1);
      expect(text, text).toMatch(new RegExp(`(?<![\\d.])${registration.volume}(?![\\d.])`));
      expect(count(text, String(registration.pages.first)), text).toBe(1);
      expect(count(text, 'Treaty of Peace between Lithuania and Russia'), text).toBe(1);
    }
  });

  it.each(INPUTS)('prints one record of each kind from %s with the data version, its id and the dataset, each once', async (input) => {
    for (const record of RECORDS) {
      const item = await parse(citeRecord(record, { format: input }));
      for (const text of printed(render(item, style))) {
        expect(count(text, version), text).toBe(1);
        expect(text, text).toMatch(new RegExp(`\\([a-z]+ ${record}\\)`));
        expect(count(text, 'The Soviet–Lithuanian Peace Treaty of 12 July 1920'), text).toBe(1);
        expectLowerCaseName(text);
      }
    }
  });

  it('prints the same from BibTeX as from CSL-JSON', async () => {
    const works = [cite, (format: Input) => cite({ format, target: 'treaty' }), (format: Input) => citeRecord('treaty-signed', { format })] as const;
    for (const work of works) {
      const [fromCsl, fromBibtex] = await Promise.all(INPUTS.map(async (input) => render(await parse(work === cite ? cite({ format: input }) : work(input)), style)));
      expect(fromBibtex).toEqual(fromCsl);
    }
  });
});
