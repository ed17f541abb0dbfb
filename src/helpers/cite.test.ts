import { Cite, type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { places } from '../data/places.js';
import { registration } from '../data/registration.js';
import { treaty } from '../data/treaty.js';
import { meta } from '../meta.js';
import { type CiteOptions, cite } from './cite.js';

type Format = NonNullable<CiteOptions['format']>;
type Target = NonNullable<CiteOptions['target']>;
const FORMATS: readonly Format[] = ['text', 'bibtex', 'csl-json', 'ris'];
const TARGETS: readonly Target[] = ['dataset', 'treaty'];

const englishTitle = treaty.names.find((name) => name.language === 'en' && name.kind === 'title')?.name ?? '(none)';
const signedAt = places.find((place) => place.id === treaty.signedAt)?.name.en ?? '(none)';
const datasetYear = Number(meta.released.slice(0, 4));
const datasetUrl = `https://www.npmjs.com/package/${meta.name}/v/${meta.version}`;
const [signedYear, , signedDay] = treaty.signedOn.split('-').map(Number);
const registeredYear = Number(registration.registeredOn.slice(0, 4));
/** Both parties, in the order the English title names them. */
const parties = [...treaty.parties].sort((a, b) => englishTitle.indexOf(a.shortName.en) - englishTitle.indexOf(b.shortName.en)).map((party) => party.name.en);

/** Parses any of our machine formats with citation-js, as a reference manager would. */
async function parse(format: Exclude<Format, 'text'>, target: Target): Promise<CslItem> {
  const items = (await Cite.async(cite({ format, target }))).data;
  expect(items).toHaveLength(1);
  return items[0] as CslItem;
}

/** Renders CSL-JSON items through citeproc-js with the APA style and en-US locale that citation-js ships. */
function citeproc(items: readonly CslItem[], output: 'text' | 'html' = 'text'): { errors: readonly unknown[]; entries: string[] } {
  const config = plugins.config.get('@csl') as { styles: { get(name: string): string }; locales: { get(name: string): string } };
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine({ retrieveLocale: () => config.locales.get('en-US'), retrieveItem: (id) => byId.get(id) }, config.styles.get('apa'), 'en-US');
  engine.setOutputFormat(output);
  engine.updateItems(items.map((item) => item.id));
  const [info, entries] = engine.makeBibliography();
  return { errors: info.bibliography_errors, entries: entries.map((entry) => entry.trim()) };
}

describe('cite', () => {
  it('returns a string for every format and target', () => {
    for (const format of FORMATS) for (const target of TARGETS) expect(typeof cite({ format, target })).toBe('string');
    expect(cite()).toBe(cite({ format: 'text', target: 'dataset' }));
  });

  it('cites the one version, with the npm page of that version, in the default plain text', () => {
    expect(cite()).toBe(
      `${meta.name} contributors. (${datasetYear}). ${meta.name}: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset (Version ${meta.version}) [Data set]. npm. https://www.npmjs.com/package/${meta.name}/v/${meta.version}`,
    );
  });

  it('cites the treaty as printed in the League of Nations Treaty Series, dated by that volume (1921), with both parties, read from the records', () => {
    const text = cite({ target: 'treaty' });
    expect(text).toBe(
      `${parties.join(' & ')}. (${registeredYear}). ${englishTitle}, signed at ${signedAt}, ${signedDay} July ${signedYear}. ${registration.series}, ${registration.volume}, ${registration.pages.first}–${registration.pages.last}. Registered with the League of Nations on 8 March ${registeredYear}.`,
    );
  });

  it('rejects an unknown format or target with a RangeError that names the choices', () => {
    expect(() => cite({ format: 'mla' as Format })).toThrow(/unknown format "mla"; expected one of 'text', 'bibtex', 'csl-json', 'ris'/);
    expect(() => cite({ target: 'article' as Target })).toThrow(RangeError);
    expect(() => cite({ format: 'toString' as Format })).toThrow(RangeError);
  });

  it('gives classic BibTeX that citation-js parses back to the same work, the version stored once', async () => {
    expect(cite({ format: 'bibtex' })).toMatch(/^@misc\{/);
    expect(cite({ format: 'bibtex' }).split(meta.version)).toHaveLength(4); // key, version, url
    const dataset = await parse('bibtex', 'dataset');
    expect(dataset.title?.replace(/<[^>]+>/g, '')).toBe(`${meta.name}: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset`);
    expect(dataset.author?.[0]?.family ?? dataset.author?.[0]?.literal).toBe(`${meta.name} contributors`);
    expect(dataset).toMatchObject({ version: meta.version, publisher: 'npm', URL: datasetUrl });
    expect(dataset).not.toHaveProperty('edition');
    expect(dataset.issued?.['date-parts'][0]?.[0]).toBe(datasetYear);

    const printed = await parse('bibtex', 'treaty');
    expect(printed).toMatchObject({ type: 'article-journal', 'container-title': registration.series });
    expect(printed.title).toBe(`${englishTitle}, signed at ${signedAt}, ${signedDay} July ${signedYear}`);
    expect(printed.author?.map((name) => name.family ?? name.literal)).toEqual(parties);
    expect(printed.volume).toBe(String(registration.volume));
    expect(printed.page).toBe(`${registration.pages.first}-${registration.pages.last}`);
    expect(printed.issued?.['date-parts'][0]).toEqual([registeredYear]);
  });

  it('escapes LaTeX in BibTeX (the en dash of the title becomes --)', () => {
    expect(cite({ format: 'bibtex' })).toContain('Soviet--Lithuanian');
    expect(cite({ format: 'bibtex' })).not.toMatch(/[–—]/);
  });

  it('gives CSL-JSON that citation-js reads: the dataset as a dataset with its version once (no edition), the treaty as an article in the LNTS of 1921', async () => {
    const dataset = await parse('csl-json', 'dataset');
    expect(dataset).toMatchObject({
      type: 'dataset',
      version: meta.version,
      publisher: 'npm',
      URL: datasetUrl,
      author: [{ literal: `${meta.name} contributors` }],
    });
    expect(dataset.title).toBe(`<span class="nocase">${meta.name}</span>: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset`);
    expect(dataset).not.toHaveProperty('edition');
    expect(JSON.stringify(dataset).split(`Version ${meta.version}`)).toHaveLength(1);
    const printed = await parse('csl-json', 'treaty');
    expect(printed).toMatchObject({
      type: 'article-journal',
      'container-title': registration.series,
      volume: String(registration.volume),
      author: parties.map((literal) => ({ literal })),
    });
    expect(printed.issued?.['date-parts'][0]).toEqual([registeredYear]);
  });

  it('gives RIS that citation-js reads back (DATA with its version in ET; JOUR with series, volume and pages)', async () => {
    const dataset = await parse('ris', 'dataset');
    expect(dataset).toMatchObject({ type: 'dataset', version: meta.version, URL: datasetUrl });
    const printed = await parse('ris', 'treaty');
    expect(printed).toMatchObject({ type: 'article-journal', 'container-title': registration.series, volume: String(registration.volume) });
    expect(printed.page).toBe(`${registration.pages.first}-${registration.pages.last}`);
    for (const target of TARGETS) expect(cite({ format: 'ris', target })).toMatch(/^TY {2}- [A-Z]+\n(?:[A-Z][A-Z0-9] {2}- .*\n)+ER {2}- \n$/);
  });

  it('renders through citeproc-js (APA) without errors, agreeing with the plain text', () => {
    const items = TARGETS.map((target) => JSON.parse(cite({ format: 'csl-json', target }))[0] as CslItem);
    const { errors, entries } = citeproc(items);
    expect(errors).toEqual([]);
    const [dataset, printed] = [entries.find((entry) => entry.includes('Version')), entries.find((entry) => entry.includes(englishTitle))];
    // APA's CSL style says "[Dataset]"; the APA 7 manual (and cite()) says "[Data set]".
    expect(dataset?.replace('[Dataset]', '[Data set]')).toBe(cite());
    expect(cite({ target: 'treaty' })).toContain(printed?.replace(/\.$/, '') ?? '(none)');
    expect(citeproc(items, 'html').entries.join('')).toContain('<i>');
  });
});
