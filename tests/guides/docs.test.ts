import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { markdownUrl } from '../../scripts/site/markdown.js';
import { borderLine, waypoints } from '../../src/border/index.js';
import { sources } from '../../src/generated/sources.generated.js';
import { type CiteOptions, cite } from '../../src/helpers/cite.js';
import { citeRecord } from '../../src/helpers/cite-record.js';
import { recordSchemas } from '../../src/schemas/record-schemas.js';

const read = async (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('docs/data-dictionary.md', async () => {
  const text = await read('docs/data-dictionary.md');
  it('has a section for every record type, with a row for every top-level field', () => {
    for (const [name, schema] of Object.entries(recordSchemas)) {
      expect(text).toContain(`### ${name}\n`);
      const section = text.slice(text.indexOf(`### ${name}\n`)).split('\n### ')[0] ?? '';
      for (const field of Object.keys(schema.shape)) expect(section, `${name}.${field}`).toContain(`| \`${field}\` |`);
    }
  });
  it('links only to sections that exist', () => {
    const anchors = new Set([...text.matchAll(/^#{2,3} (\S+)/gm)].map((match) => (match[1] ?? '').toLowerCase()));
    const links = [...text.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });
});

describe('docs/citing.md', () => {
  it('shows exactly the strings cite() returns, for every format and target', async () => {
    const text = await read('docs/citing.md');
    const formats: NonNullable<CiteOptions['format']>[] = ['text', 'bibtex', 'csl-json', 'ris'];
    for (const target of ['dataset', 'treaty'] as const) {
      for (const format of formats) expect(text, `${target} ${format}`).toContain(`\n${cite({ format, target }).replace(/\n$/, '')}\n\`\`\``);
    }
    for (const format of formats)
      expect(text, `record ${format}`).toContain(`\n${citeRecord('ratification-lithuania', { format }).replace(/\n$/, '')}\n\`\`\``);
  });
});

describe('docs/sources-and-method.md', () => {
  it('lists every source of the bibliography', async () => {
    const text = await read('docs/sources-and-method.md');
    for (const source of sources) expect(text, source.id).toContain(`| \`${source.id}\` |`);
  });
});

describe('docs/border-method.md', () => {
  it('has a row for every segment and every waypoint', async () => {
    const text = await read('docs/border-method.md');
    for (const segment of borderLine.features) expect(text).toContain(`| \`${segment.properties.id}\` |`);
    for (const waypoint of waypoints.features) expect(text).toContain(`| ${waypoint.properties.order} |`);
  });
});

describe('docs/fact-sheet-annotated.md', async () => {
  const text = await read('docs/fact-sheet-annotated.md');
  const { events, signatories, treaty } = await import('../../src/data/index.js');
  const body = text.slice(0, text.indexOf('\n## Notes\n'));
  const notes = text.slice(text.indexOf('\n## Notes\n'));
  const marks = new Set([...body.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => match[1]));
  const definitions = [...notes.matchAll(/^\[\^(\d+)\]: (.*)$/gm)].map((match) => ({ id: match[1], text: match[2] ?? '' }));

  it('resolves every footnote mark to exactly one note, and every note is used', () => {
    expect(marks.size).toBeGreaterThan(100);
    expect(new Set(definitions.map((d) => d.id)).size).toBe(definitions.length);
    expect([...marks].sort()).toEqual(definitions.map((d) => d.id).sort());
  });
  it('gives each note its source, tier and locator, and links the source where it has an address', () => {
    const byId = new Map(sources.map((source) => [source.id, source]));
    for (const { id, text: note } of definitions) {
      const sourceId = /`([a-z0-9-]+)`$/.exec(note)?.[1] ?? '';
      const source = byId.get(sourceId);
      expect(source, `note ${id}`).toBeDefined();
      expect(note, `note ${id}`).toContain(`tier: ${source?.tier}`);
      if (source?.url) expect(note, `note ${id}`).toContain(`](${markdownUrl(source.url)})`);
    }
  });
  it('names every signatory, every party and every event after the signing, with a note on each line', () => {
    for (const s of signatories) expect(body).toMatch(new RegExp(`\\*\\*${s.names.printed}\\*\\*.*\\[\\^\\d+\\]`));
    for (const e of events.filter((event) => event.date > treaty.signedOn && event.date < '1941')) expect(body, e.id).toContain(e.title.en);
  });
  it('shows the map of the border', () => {
    expect(body).toContain('](map.svg)');
  });
});
