import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../scripts/manifest.js';
import { holderName } from '../../scripts/site/colour-scheme.js';
import { places } from '../../src/data/places.js';
import { recordPageUrl } from '../../src/helpers/citation/record-page-url.js';
import { controlPeriods, historyPlaces, statusOn } from '../../src/history/index.js';
import { chromiumPath, servedMapPage } from './browser.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = join(root, 'site');
const screenshot = join(root, 'tests', 'artifacts', 'map-keyboard.png');
const nameOf = (id: string): string => places.find((place) => place.id === id)?.name.en ?? id;

describe.skipIf(chromiumPath === null)('site/map.html for readers: labels, keyboard, names, messages, record pages', () => {
  const session = servedMapPage(site);

  it('labels every place, and gives every focusable mark an accessible name', async () => {
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin()}/map.html`);
    await page.waitForSelector('body[data-map-ready="true"]');
    const labels = await page.locator('.place-label').allTextContents();
    expect(labels.sort()).toEqual(historyPlaces.map((place) => nameOf(place.id)).sort());
    for (const label of await page.locator('.place-label').all()) expect(await label.isVisible()).toBe(true);

    // Every mark one can click is reachable by Tab and has a name a screen reader reads out.
    const marks = page.locator('path.leaflet-interactive');
    const count = await marks.count();
    expect(count).toBeGreaterThan(historyPlaces.length);
    const unnamed = await marks.evaluateAll((nodes) =>
      nodes
        .filter((node) => node.getAttribute('tabindex') !== '0' || !(node.getAttribute('aria-label') ?? '').trim())
        .map((node) => node.getAttribute('class')),
    );
    expect(unnamed).toEqual([]);
    expect(await page.locator('path.history-place-vilnius').getAttribute('aria-label')).toBe(
      `Vilnius, held by ${holderName(statusOn('vilnius', '1930-06-01').controller)} on 1930-06-01: details and sources`,
    );
    await page.close();
  });

  it('opens a place by keyboard; its popup links to the pages of the period and the place; other first days are labelled', async () => {
    const manifest = await readManifest();
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin()}/map.html#1920-09-01`);
    await page.waitForSelector('body[data-map-ready="true"]');
    const period = controlPeriods.find((p) => p.place === 'vilnius' && p.from <= '1920-09-01' && '1920-09-01' <= p.to);
    if (!period) throw new Error('no period of Vilnius on 1920-09-01');
    expect(period.variants).toBeDefined();
    await page.locator('path.history-place-vilnius').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.textContent()).toContain('Vilnius, 1920-09-01');
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Other first days some sources give');
    for (const variant of period.variants ?? []) expect(text).toContain(variant.value);
    const links = await popup.locator('a.record-link').evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
    expect(links).toEqual([
      recordPageUrl(manifest.homepage, manifest.version, 'control-period', period.id),
      recordPageUrl(manifest.homepage, manifest.version, 'place', 'vilnius'),
    ]);
    expect(statusOn('vilnius', '1920-09-01').period.id).toBe(period.id);
    await page.waitForFunction(() => {
      const element = document.querySelector('.leaflet-popup');
      return element !== null && getComputedStyle(element).opacity === '1';
    });
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    await page.close();
  });

  it('says so when a typed date is outside 1920-07-12 … 1940-12-31, and keeps the date shown', async () => {
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.origin()}/map.html`);
    await page.waitForSelector('body[data-map-ready="true"]');
    const message = page.locator('#history-date-message');
    expect(await message.isVisible()).toBe(false);
    for (const typed of ['1941-05-01', '1919-12-31']) {
      await page.fill('#history-date', typed);
      await page.locator('#history-date').dispatchEvent('change');
      await expect.poll(() => message.textContent()).toBe(`${typed} is outside the dates covered, 1920-07-12 to 1940-12-31. The map still shows 1930-06-01.`);
      expect(await message.isVisible()).toBe(true);
      expect(await page.getAttribute('body', 'data-history-date')).toBe('1930-06-01');
    }
    // A date inside the range clears the message.
    await page.fill('#history-date', '1921-01-01');
    await page.locator('#history-date').dispatchEvent('change');
    await expect.poll(() => page.getAttribute('body', 'data-history-date')).toBe('1921-01-01');
    expect(await message.isVisible()).toBe(false);
    await page.close();
  });
});
