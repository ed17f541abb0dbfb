import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../scripts/manifest.js';
import { buildSite } from '../scripts/site/build-site.js';
import { SITE_PATHS } from '../scripts/site/records/html.js';
import { versionedSiteRoot } from '../src/helpers/citation/versioned-site-root.js';
import { historyRange } from '../src/history/index.js';
import { chromiumPath, launchChromium } from './map-page/browser.js';

const root = join(import.meta.dirname, '..');
let site = '';
let output = '';
let status: number | null = null;

/** Every file under `dir`, relative to it. */
async function files(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path, base)));
    else out.push(relative(base, path));
  }
  return out;
}

/** The JSON-LD objects in the head of an HTML page. */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] as string) as Record<string, unknown>);

describe('the documentation site (TypeDoc, then scripts/site/build-site.ts), built into a temporary folder', () => {
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'lt-ru-1920-site-'));
    // The same conversion, validation and plugins as `npm run docs`, written elsewhere than site/.
    const result = spawnSync(join(root, 'node_modules/.bin/typedoc'), ['--out', site], { cwd: root, encoding: 'utf8' });
    output = result.stdout + result.stderr;
    status = result.status;
    if (status === 0) await buildSite(site);
  });
  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it('converts and validates with zero warnings (every export documented, no broken link)', () => {
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(status).toBe(0);
  });

  it('every internal link and picture of every page resolves, the versioned record addresses included', async () => {
    const manifest = await readManifest();
    const versioned = versionedSiteRoot(manifest.homepage, manifest.version);
    const pages = (await files(site)).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(500);
    const broken = new Set<string>();
    let checked = 0;
    for (const page of pages) {
      const html = await readFile(join(site, page), 'utf8');
      for (const match of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        let href = (match[1] as string).replace(/[#?].*$/, '');
        if (href === '') continue;
        if (href.startsWith(versioned)) href = relative(join(site, dirname(page)), join(site, href.slice(versioned.length)));
        else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
        const target = resolve(site, dirname(page), decodeURIComponent(href));
        checked += 1;
        if (!existsSync(target)) broken.add(`${page} → ${match[1]}`);
      }
    }
    expect([...broken]).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('puts the map, the fact sheets and the records in the navigation of every TypeDoc page and on the front page', async () => {
    const front = await readFile(join(site, 'index.html'), 'utf8');
    for (const path of [SITE_PATHS.map, SITE_PATHS.factSheet, SITE_PATHS.annotatedFactSheet, SITE_PATHS.records]) expect(front).toContain(`href="${path}"`);
    const toolbar = /<div id="tsd-toolbar-links">(.*?)<\/div>/s.exec(await readFile(join(site, 'documents', 'Fact_sheet.html'), 'utf8'))?.[1] ?? '';
    expect(toolbar).toContain('href="../map.html"');
    expect(toolbar).toContain('href="../records/index.html"');
  });

  it('describes the dataset on the front page as a schema.org Dataset (JSON-LD) with every raw file', async () => {
    const manifest = await readManifest();
    const [dataset, ...others] = jsonLd(await readFile(join(site, 'index.html'), 'utf8'));
    expect(others).toEqual([]);
    if (!dataset) throw new Error('no JSON-LD on the front page');
    expect(dataset['@context']).toBe('https://schema.org/');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset['name']).toEqual(expect.stringContaining(manifest.name));
    expect(dataset['description']).toBe(manifest.description);
    expect(dataset['version']).toBe(manifest.version);
    expect(dataset['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset['creator']).toEqual({ '@type': 'Organization', name: 'lt-ru-1920 contributors' });
    expect(dataset['url']).toBe(manifest.homepage);
    expect(dataset['temporalCoverage']).toBe(`${historyRange.from}/${historyRange.to}`);
    expect(dataset['temporalCoverage']).toBe('1920-07-12/1940-12-31');
    const box = (dataset['spatialCoverage'] as { geo: { box: string } }).geo.box.split(' ').map(Number);
    expect(box[0]).toBeGreaterThan(52);
    expect(box[2]).toBeLessThan(57);
    expect(dataset['citation']).toEqual(expect.stringContaining(manifest.name));
    const datapackage = JSON.parse(await readFile(join(root, 'datapackage.json'), 'utf8')) as { resources: { path: string; mediatype: string }[] };
    const distribution = dataset['distribution'] as { '@type': string; encodingFormat: string; contentUrl: string }[];
    expect(distribution.map((entry) => entry.contentUrl)).toEqual(
      datapackage.resources.map((resource) => `${versionedSiteRoot(manifest.homepage, manifest.version)}${resource.path}`),
    );
    for (const [index, entry] of distribution.entries()) {
      expect(entry['@type']).toBe('DataDownload');
      expect(entry.encodingFormat).toBe(datapackage.resources[index]?.mediatype);
      expect(existsSync(join(site, datapackage.resources[index]?.path ?? '')), entry.contentUrl).toBe(true);
    }
  });

  it.skipIf(chromiumPath === null)('prints the one-page fact sheet on at most two A4 pages, without the navigation panes', async () => {
    const browser = await launchChromium();
    try {
      const count: Record<string, number> = {};
      for (const name of ['Fact_sheet', 'Annotated_fact_sheet']) {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(join(site, 'documents', `${name}.html`)).href);
        await page.waitForFunction(() => document.body.style.display !== 'none');
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.tsd-page-toolbar').isVisible()).toBe(false);
        expect(await page.locator('.col-sidebar').isVisible()).toBe(false);
        const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
        count[name] = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        await page.close();
      }
      console.log(`printed A4 pages: one-page fact sheet ${count['Fact_sheet']}, annotated fact sheet ${count['Annotated_fact_sheet']}`);
      expect(count['Fact_sheet']).toBeGreaterThanOrEqual(1);
      expect(count['Fact_sheet']).toBeLessThanOrEqual(2);
      expect(count['Annotated_fact_sheet']).toBeGreaterThan(count['Fact_sheet'] as number);
    } finally {
      await browser.close();
    }
  });
});
