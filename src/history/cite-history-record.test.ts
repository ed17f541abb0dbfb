import { readFileSync } from 'node:fs';
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { historySources } from '../generated/history-sources.generated.js';
import { sources } from '../generated/sources.generated.js';
import { meta } from '../meta.js';
import { citeHistoryRecord, type HistoryRecordKind } from './cite-history-record.js';
import { controlPeriods } from './records/control-periods.js';
import { figures } from './records/figures.js';
import { holders } from './records/holders.js';
import { titles } from './records/titles.js';

const ids = (records: readonly { readonly id: string }[]): string[] => records.map((record) => record.id);
const KINDS: Readonly<Record<HistoryRecordKind, readonly string[]>> = {
  'control-period': ids(controlPeriods),
  title: ids(titles),
  figure: ids(figures),
  holder: ids(holders),
  source: ids(historySources.filter((source) => !sources.some((other) => other.id === source.id))),
};
const ALL = Object.entries(KINDS).flatMap(([kind, list]) => list.map((id) => ({ kind: kind as HistoryRecordKind, id })));
const FORMATS = ['text', 'bibtex', 'csl-json', 'ris'] as const;

async function parse(text: string): Promise<CslItem> {
  const items = (await Cite.async(text)).data;
  expect(items).toHaveLength(1);
  return items[0] as CslItem;
}

/** The `call //=> 'result'` pairs of the doc comment, `…` standing for any text and 0.1.0 for this version. */
function docExamples(): { call: string; expected: RegExp }[] {
  const source = readFileSync(new URL('./cite-history-record.ts', import.meta.url), 'utf8');
  const comment = source.slice(
    source.lastIndexOf('/**', source.indexOf('export function citeHistoryRecord')),
    source.indexOf('export function citeHistoryRecord'),
  );
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
  const out: { call: string; expected: RegExp }[] = [];
  lines.forEach((line, i) => {
    const inline = /^(.*?); \/\/=> (.*)$/.exec(line);
    const next = /^\/\/=> (.*)$/.exec(lines[i + 1] ?? '');
    const [call, result] = inline ? [inline[1] ?? '', inline[2] ?? ''] : next ? [line.replace(/;$/, ''), next[1] ?? ''] : [undefined, undefined];
    if (call === undefined || result === undefined) return;
    const pattern = result
      .replaceAll('0.1.0', meta.version)
      .split('…')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    out.push({ call, expected: new RegExp(`^${pattern}$`, 's') });
  });
  return out;
}

describe('citeHistoryRecord', () => {
  it('runs the examples of its doc comment as written', () => {
    const examples = docExamples();
    expect(examples.length).toBe(3);
    for (const { call, expected } of examples) {
      const value: unknown = new Function('citeHistoryRecord', `return ${call};`)(citeHistoryRecord);
      expect(typeof value === 'string' ? `'${value}'` : String(value), call).toMatch(expected);
    }
    expect(() => citeHistoryRecord('vilnius')).toThrow(/^citeHistoryRecord: unknown id "vilnius"; /);
  });

  it('cites every control period, title, figure, holder and history-only work in every format, at the record page of this version', () => {
    expect(new Set(ALL.map(({ id }) => id)).size).toBe(ALL.length);
    expect(ALL.length).toBeGreaterThan(200);
    for (const { kind, id } of ALL) {
      const url = `${meta.homepage}v/${meta.version}/records/${kind}/${id}.html`;
      const text = citeHistoryRecord(id);
      expect(text, id).toContain(`In ${meta.name} contributors, ${meta.name}: `);
      expect(text, id).toContain(` (Version ${meta.version}; npm, ${meta.released.slice(0, 4)}), ${url}.`);
      expect(text.split('. In ')[0], id).not.toContain(id.includes('-') ? id : `(${id})`);
      expect(citeHistoryRecord(id, { kind }), id).toBe(text);
      for (const format of FORMATS) expect(citeHistoryRecord(id, { format }), `${id} ${format}`).toContain(url);
      expect(citeHistoryRecord(id, { format: 'ris' }), id).toMatch(/^TY {2}- CHAP\n(?:[A-Z][A-Z0-9] {2}- .*\n)+ER {2}- \n$/);
    }
  });

  it('titles a control period by place, holder and days, with its kind of control and confidence', () => {
    expect(citeHistoryRecord('vilnius-1922-04-13')).toMatch(/^Vilnius held by Poland, 13 April 1922 – 18 September 1939 \(confidence: high\)\. In /);
    expect(citeHistoryRecord('vilnius-1940-06-15')).toMatch(
      /^Vilnius held by Soviet Union, 15 June 1940 – 31 December 1940 \(occupation; confidence: medium\)\. In /,
    );
    const unknown = controlPeriods.find((period) => period.controller === null);
    expect(citeHistoryRecord(unknown?.id ?? '')).toMatch(/^[^,]+: holder not known from the sources, \d/);
    for (const period of controlPeriods) expect(citeHistoryRecord(period.id), period.id).toContain(`confidence: ${period.confidence}`);
  });

  it('titles a title by its places, the view and whom it gave title (or to whom it left the question)', () => {
    expect(citeHistoryRecord('soviet-view-kaunas')).toMatch(/^Kaunas in the Soviet view: Lithuania, 12 July 1920 – 2 August 1940\. In /);
    expect(citeHistoryRecord('soviet-view-riga-1921-no-claim')).toMatch(
      / in the Soviet view: no claim, left to Poland and Lithuania, 18 March 1921 – 16 September 1939\. In /,
    );
    expect(citeHistoryRecord('soviet-view-germany-1939')).toMatch(/^Suwałki and Sejny in the Soviet view: Germany, from 28 September 1939\. In /);
  });

  it('gives a figure’s value with its unit and confidence, a holder’s names, a work’s publication', () => {
    const figure = figures[0];
    expect(citeHistoryRecord(figure?.id ?? '')).toContain(`${figure?.title}, ${String(figure?.value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} `);
    expect(citeHistoryRecord('central-lithuania')).toMatch(/^Central Lithuania: Lithuanian “Vidurio Lietuva”, .*; dependent on Poland\. In /);
    expect(citeHistoryRecord('versailles-1919-fr')).toMatch(
      /^Traité de paix avec l’Allemagne \(Versailles, 28 juin 1919\), .*: Wikisource \(transcription of .*\), 1919, primary source, p\. 146 \(page image 162\), https:/,
    );
  });

  it('names the record’s sources, from either bibliography, strongest tier first', () => {
    for (const { kind, id } of ALL.filter((record) => record.kind !== 'source')) {
      const text = citeHistoryRecord(id);
      expect(text, id).toMatch(/Sources(, strongest first| \(the 3 strongest of \d+\)): /);
      const tiers = [...text.matchAll(/ \[(primary|scholarly|reference|wiki|derivative)\], /g)].map((match) =>
        ['primary', 'scholarly', 'reference', 'wiki', 'derivative'].indexOf(match[1] ?? ''),
      );
      expect(tiers.length, `${kind} ${id}: every source resolved`).toBeGreaterThan(0);
      expect(tiers, id).toEqual([...tiers].sort((a, b) => a - b));
    }
  });

  it('gives BibTeX, CSL-JSON and RIS that citation-js reads as a part of the dataset', async () => {
    for (const format of ['bibtex', 'csl-json', 'ris'] as const) {
      const item = await parse(citeHistoryRecord('vilnius-1922-04-13', { format }));
      expect(item.type, format).toBe('chapter');
      expect(String(item.title).replace(/<[^>]+>/g, ''), format).toBe('Vilnius held by Poland, 13 April 1922 – 18 September 1939 (confidence: high)');
      expect(item.URL, format).toBe(`${meta.homepage}v/${meta.version}/records/control-period/vilnius-1922-04-13.html`);
    }
  });

  it('throws a RangeError naming an unknown id, kind or format, and a TypeError for wrong types', () => {
    expect(() => citeHistoryRecord('treaty-signed')).toThrow(RangeError);
    expect(() => citeHistoryRecord('__proto__')).toThrow(RangeError);
    expect(() => citeHistoryRecord('w-en')).toThrow(/unknown id "w-en"; .*citeRecord/); // a work of `.`: citeRecord cites it
    expect(() => citeHistoryRecord('vilnius-1922-04-13', { kind: 'title' })).toThrow(
      new RangeError('citeHistoryRecord: no title has the id "vilnius-1922-04-13"'),
    );
    expect(() => citeHistoryRecord('vilnius-1922-04-13', { kind: 'place' as never })).toThrow(
      /^citeHistoryRecord: unknown kind "place"; expected one of 'control-period', 'title', 'figure', 'holder', 'source'$/,
    );
    expect(() => citeHistoryRecord('vilnius-1922-04-13', { format: 'mla' as never })).toThrow(
      /^citeHistoryRecord: unknown format "mla"; expected one of 'text', 'bibtex', 'csl-json', 'ris'$/,
    );
    expect(() => citeHistoryRecord(42 as never)).toThrow(new TypeError('citeHistoryRecord: id must be a string, received 42'));
    expect(() => citeHistoryRecord('vilnius-1922-04-13', null as never)).toThrow(TypeError);
    expect(() => citeHistoryRecord('vilnius-1922-04-13', { format: 1 } as never)).toThrow(/^citeHistoryRecord: options\.format must be one of/);
    expect(() => citeHistoryRecord('vilnius-1922-04-13', { kind: 1 } as never)).toThrow(/^citeHistoryRecord: options\.kind must be one of/);
  });
});
