import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../scripts/manifest.js';
import { siteRecords } from '../../scripts/site/records/site-records.js';
import { versionedSiteRoot } from '../../src/helpers/citation/versioned-site-root.js';

const root = join(import.meta.dirname, '..', '..');
const SHEETS = ['docs/fact-sheet.md', 'docs/fact-sheet-annotated.md'] as const;

/** The text a reader sees: the HTML of a GFM rendering without its tags and with entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the fact sheets rendered with a GFM parser (marked)', () => {
  for (const path of SHEETS) {
    it(`${path}: every link closes (no raw "](" left in the text) and every link has an address`, async () => {
      const markdown = (await readFile(join(root, path), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
      const html = await marked.parse(markdown, { gfm: true });
      const text = visibleText(html);
      const raw = text.split('\n').filter((line) => line.includes(']('));
      expect(raw).toEqual([]);
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1] ?? '');
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/\S+|[\w-]+\.md)$/);
    });
  }

  it('the one-page sheet puts one note on each statement, and each note links to the page of an existing record', async () => {
    const manifest = await readManifest();
    const markdown = await readFile(join(root, 'docs/fact-sheet.md'), 'utf8');
    const [body = '', notes = ''] = markdown.split('\n## Notes\n');
    const marks = [...body.matchAll(/\[\^(\d+)\]/g)].map((match) => Number(match[1]));
    expect(marks).toEqual(marks.map((_, index) => index + 1)); // each note used once, in reading order
    // No statement carries two notes: between two marks there is always text.
    expect(body).not.toMatch(/\[\^\d+\]\s*\[\^\d+\]/);
    const definitions = notes.trim().split('\n\n');
    expect(definitions).toHaveLength(marks.length);
    const pages = new Set(siteRecords().map((record) => `${record.kind}/${record.id}`));
    const prefix = `${versionedSiteRoot(manifest.homepage, manifest.version)}records/`;
    for (const definition of definitions) {
      const url = /\]\((\S+?)\)/.exec(definition)?.[1] ?? '';
      expect(url.startsWith(prefix), definition).toBe(true);
      expect(pages.has(decodeURIComponent(url.slice(prefix.length).replace(/\.html$/, ''))), url).toBe(true);
    }
  });

  it('the annotated sheet keeps every source: it has more notes than the one-page sheet has statements', async () => {
    const annotated = await readFile(join(root, 'docs/fact-sheet-annotated.md'), 'utf8');
    const onePage = await readFile(join(root, 'docs/fact-sheet.md'), 'utf8');
    const count = (text: string): number => (text.match(/^\[\^\d+\]:/gm) ?? []).length;
    expect(count(annotated)).toBeGreaterThan(3 * count(onePage));
  });
});
