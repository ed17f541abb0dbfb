import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/helpers/cite.js';
import { citeRecord } from '../../src/helpers/cite-record.js';
import { render } from './render.js';

const item = async (csl: string): Promise<CslItem> => (await Cite.async(csl)).data[0] as CslItem;

// The style tests render hundreds of items through one engine per style; an engine that kept
// anything of an earlier item would make them test the engine's memory, not our citations.
describe('render (one engine per style)', () => {
  it.each(['apa', 'chicago-notes-bibliography'] as const)('renders an item in %s as a fresh engine does, after other items and again', async (style) => {
    const dataset = await item(cite({ format: 'csl-json' }));
    const record = await item(citeRecord('ratification-lithuania', { format: 'csl-json' }));
    const fresh = [render(dataset, style, { fresh: true }), render(record, style, { fresh: true })];
    const reused = [render(dataset, style), render(record, style), render(dataset, style), render(record, style)];
    expect(reused).toEqual([...fresh, ...fresh]);
  });
  it('gives a note style its first, full note every time, never "ibid." or a short form', async () => {
    const record = await item(citeRecord('adolf-joffe', { format: 'csl-json' }));
    const first = render(record, 'chicago-notes-bibliography').note ?? '';
    expect(first).toContain('lt-ru-1920');
    expect(render(record, 'chicago-notes-bibliography').note).toBe(first);
    expect(first).not.toMatch(/\bibid\b/i);
  });
});
