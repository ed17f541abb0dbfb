import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../scripts/manifest.js';
import { escapeMarkup } from '../../scripts/site/escape-markup.js';
import { buildRecordPages } from '../../scripts/site/records/build-record-pages.js';
import { SITE_PATHS } from '../../scripts/site/records/html.js';
import { borderLine, waypoints } from '../../src/border/index.js';
import { versionedSiteRoot } from '../../src/helpers/citation/versioned-site-root.js';
import { citeHistoryRecord, controlPeriods, figures, type HistoryRecordKind, historySources, holders, titles } from '../../src/history/index.js';
import { articles, citeRecord, events, parties, places, ratifications, registration, signatories, sources, treaty } from '../../src/index.js';

/** Every record of the data, by kind, read from the entries themselves (not from the page builder). */
const expected: Readonly<Record<string, readonly string[]>> = {
  treaty: [treaty.id],
  event: events.map((record) => record.id),
  signatory: signatories.map((record) => record.id),
  article: articles.map((record) => record.id),
  party: parties.map((record) => record.id),
  place: places.map((record) => record.id),
  ratification: ratifications.map((record) => record.id),
  registration: [registration.id],
  source: [...new Set([...sources, ...historySources].map((record) => record.id))],
  waypoint: waypoints.features.map((feature) => feature.properties.id),
  segment: borderLine.features.map((feature) => feature.properties.id),
  'control-period': controlPeriods.map((record) => record.id),
  title: titles.map((record) => record.id),
  figure: figures.map((record) => record.id),
  holder: holders.map((record) => record.id),
};

/** Pages made by TypeDoc and the map builder, which this suite does not build (tests/docs-site.test.ts crawls the whole site). */
const OUTSIDE = new Set<string>([SITE_PATHS.home, SITE_PATHS.factSheet, SITE_PATHS.map]);

let site = '';
let counts = new Map<string, number>();
const read = (path: string): Promise<string> => readFile(join(site, path), 'utf8');

describe('the record pages (records/<kind>/<id>.html)', () => {
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'lt-ru-1920-records-'));
    counts = await buildRecordPages(site);
  });
  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it('has a page for every record of every kind, and an index per kind listing them', async () => {
    expect(Object.keys(expected)).toHaveLength(15);
    for (const [kind, ids] of Object.entries(expected)) {
      expect(ids.length, kind).toBeGreaterThan(0);
      expect(counts.get(kind), kind).toBe(ids.length);
      const index = await read(`records/${kind}/index.html`);
      for (const id of ids) {
        expect(existsSync(join(site, 'records', kind, `${id}.html`)), `${kind}/${id}`).toBe(true);
        expect(index).toContain(`href="${encodeURIComponent(id)}.html"`);
      }
    }
  });

  it('every link between the pages resolves (crawled from the records index)', async () => {
    const seen = new Set<string>();
    const broken: string[] = [];
    const queue = ['records/index.html'];
    while (queue.length > 0) {
      const page = queue.pop() as string;
      if (seen.has(page)) continue;
      seen.add(page);
      const html = await read(page);
      for (const match of html.matchAll(/(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
        const href = match[1] as string;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // an address outside the site
        const target = relative(site, resolve(site, dirname(page), decodeURIComponent(href)));
        if (OUTSIDE.has(target)) continue;
        if (!existsSync(join(site, target))) broken.push(`${page} → ${href}`);
        else if (target.endsWith('.html')) queue.push(target);
      }
    }
    expect(broken).toEqual([]);
    const pages = Object.values(expected).reduce((sum, ids) => sum + ids.length, 0);
    expect(seen.size).toBe(pages + 15 + 1); // every record page, every kind index, the records index: all reachable
  });

  it('a page shows the value, variants, confidence, note and every citation with source, tier, locator and quote', async () => {
    const html = await read('records/ratification/lithuania-constituent-seimas.html');
    const record = ratifications.find((r) => r.id === 'lithuania-constituent-seimas');
    if (!record) throw new Error('no ratification lithuania-constituent-seimas');
    expect(html).toContain('6 August 1920');
    expect(html).toContain('Other values the sources give');
    expect(html).toContain('1920-08-08');
    for (const ref of record.sources) {
      const source = [...sources, ...historySources].find((s) => s.id === ref.source);
      expect(html).toContain(`href="../source/${ref.source}.html"`);
      expect(html).toContain(`<span class="tier">${source?.tier}</span>`);
    }
    expect(html).toContain('литовский сейм 6 августа ратифицировал договор');
    expect(html).toContain('Only three deputies abstained');
    const event = await read('records/event/treaty-signed.html');
    expect(event).toContain('<dt>Confidence</dt><dd>high</dd>');
    expect(event).toContain('href="../place/moscow.html"');
  });

  it('shows the citation of the record in every format, as citeRecord gives it', async () => {
    const html = await read('records/event/ratification-lithuania.html');
    for (const format of ['text', 'bibtex', 'csl-json', 'ris'] as const) {
      expect(html).toContain(escapeMarkup(citeRecord('ratification-lithuania', { kind: 'event', format })));
    }
    const waypoint = await read('records/waypoint/pastavy.html');
    expect(waypoint).toContain(escapeMarkup(citeRecord('pastavy', { kind: 'waypoint', format: 'ris' })));
  });

  it('shows the citation of every record of ./history in every format, as citeHistoryRecord gives it (never “not available”)', async () => {
    const historyOnly = historySources.filter((source) => !sources.some((other) => other.id === source.id));
    expect(historyOnly.length).toBeGreaterThan(0);
    const pages: [HistoryRecordKind, string][] = [
      ...controlPeriods.map((record) => ['control-period', record.id] as [HistoryRecordKind, string]),
      ...titles.map((record) => ['title', record.id] as [HistoryRecordKind, string]),
      ...figures.map((record) => ['figure', record.id] as [HistoryRecordKind, string]),
      ...holders.map((record) => ['holder', record.id] as [HistoryRecordKind, string]),
      ...historyOnly.map((record) => ['source', record.id] as [HistoryRecordKind, string]),
    ];
    for (const [kind, id] of pages) {
      const html = await read(`records/${kind}/${id}.html`);
      for (const format of ['text', 'bibtex', 'csl-json', 'ris'] as const)
        expect(html, `${kind} ${id} ${format}`).toContain(escapeMarkup(citeHistoryRecord(id, { kind, format })));
    }
    expect(await read('records/control-period/vilnius-1922-04-13.html')).toContain(
      '<pre>Vilnius held by Poland, 13 April 1922 – 18 September 1939 (confidence: high). In ',
    );
    for (const kind of Object.keys(expected)) {
      for (const id of expected[kind] ?? [])
        expect(await read(`records/${kind}/${encodeURIComponent(id)}.html`), `${kind} ${id}`).not.toMatch(/does not cite this record|no-citation/);
    }
  });

  it('a place page shows its names, position and control periods; a period links its place, holder and event', async () => {
    const html = await read('records/place/vilnius.html');
    expect(html).toContain('lang="pl">Wilno');
    expect(html).toContain('54.68916° N, 25.2798° E');
    for (const period of controlPeriods.filter((p) => p.place === 'vilnius')) expect(html).toContain(`href="../control-period/${period.id}.html"`);
    const period = controlPeriods.find((p) => p.place === 'vilnius' && p.controller === 'central-lithuania' && p.event !== null);
    if (!period?.event) throw new Error('no Central Lithuanian period of Vilnius with an event');
    const page = await read(`records/control-period/${period.id}.html`);
    expect(page).toContain('href="../place/vilnius.html"');
    expect(page).toContain('href="../holder/central-lithuania.html"');
    expect(page).toContain(`href="../event/${period.event}.html"`);
  });

  it('a source page lists the records that cite it; a title links its basis events', async () => {
    const source = await read('records/source/syb-1921.html');
    expect(source).toContain('Records citing it');
    expect(source).toContain('href="../waypoint/');
    const title = titles[0];
    if (!title) throw new Error('no title');
    const page = await read(`records/title/${title.id}.html`);
    for (const id of title.basis) expect(page).toContain(`href="../event/${id}.html"`);
  });

  it('serves every record page the Linked Places export names as an @id', async () => {
    const manifest = await readManifest();
    const prefix = `${versionedSiteRoot(manifest.homepage, manifest.version)}records/`;
    const lpf = await readFile(join(import.meta.dirname, '..', '..', 'data', 'history-places.lpf.json'), 'utf8');
    const ids = [...new Set([...lpf.matchAll(/"@id": "([^"]+)"/g)].map((match) => match[1] as string).filter((id) => id.startsWith(prefix)))];
    expect(ids.length).toBeGreaterThan(17);
    const missing = ids.filter((id) => !existsSync(join(site, 'records', decodeURIComponent(id.slice(prefix.length)))));
    expect(missing).toEqual([]);
  });

  it('names the dataset and its version in the header of every page, with the navigation', async () => {
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string };
    for (const path of ['records/index.html', 'records/figure/index.html', 'records/holder/ussr.html']) {
      const html = await read(path);
      expect(html).toContain(`version ${manifest.version}`);
      for (const label of ['Home', 'Fact sheet', 'Map', 'Records']) expect(html).toMatch(new RegExp(`<a href="[^"]*">${label}</a>`));
    }
    expect(await readdir(join(site, 'records'))).toHaveLength(16);
  });
});
