import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holderColor, holderName } from '../../scripts/site/colour-scheme.js';
import { borderLine } from '../../src/border/index.js';
import { events } from '../../src/data/events.js';
import { sources } from '../../src/generated/sources.generated.js';
import { historyPlaces, historySources, statusOn } from '../../src/history/index.js';
import { chromiumPath, servedMapPage } from './browser.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = join(root, 'site');
const screenshot = join(root, 'tests', 'artifacts', 'map-history.png');

/** The fill colour each place's marker has on the page now, by place id. */
async function fills(page: Page): Promise<Record<string, string | null>> {
  const entries = await Promise.all(
    historyPlaces.map(async (place) => [place.id, await page.locator(`path.history-place-${place.id}`).getAttribute('fill')] as const),
  );
  return Object.fromEntries(entries);
}

/** The colour `statusOn` says each place should have on `date`. */
const expectedFills = (date: string): Record<string, string> =>
  Object.fromEntries(historyPlaces.map((place) => [place.id, holderColor(statusOn(place.id, date).controller)]));

describe.skipIf(chromiumPath === null)('the date control of site/map.html in headless Chromium', () => {
  const session = servedMapPage(site);

  it('colours the places by who held them on the chosen day, keeps the treaty line, and shows the period in a popup', async () => {
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${session.origin()}/map.html`);
    await page.waitForSelector('body[data-map-ready="true"]');
    expect(await page.locator('path.history-place').count()).toBe(historyPlaces.length);

    // The date field moves the map to 1 January 1921: Vilnius is Central Lithuania's, Kaunas Lithuania's.
    await page.fill('#history-date', '1921-01-01');
    await page.locator('#history-date').dispatchEvent('change');
    await expect.poll(() => page.getAttribute('body', 'data-history-date')).toBe('1921-01-01');
    expect(await fills(page)).toEqual(expectedFills('1921-01-01'));
    expect(await page.locator('path.history-place-vilnius').getAttribute('data-controller')).toBe('central-lithuania');

    // The slider moves it too, one step per day: the last day of the range.
    await page.locator('#history-slider').fill(String(await page.locator('#history-slider').getAttribute('max')));
    await expect.poll(() => page.getAttribute('body', 'data-history-date')).toBe('1940-12-31');
    expect(await fills(page)).toEqual(expectedFills('1940-12-31'));
    expect(await page.inputValue('#history-date')).toBe('1940-12-31');

    // The treaty line is drawn whatever the date.
    expect(await page.locator('path.border-line').count()).toBe(borderLine.features.length);

    // 15 November 1939: the popup of Vilnius names the holder, the period, its event and its first source.
    await page.fill('#history-date', '1939-11-15');
    await page.locator('#history-date').dispatchEvent('change');
    await expect.poll(() => page.getAttribute('body', 'data-history-date')).toBe('1939-11-15');
    const status = statusOn('vilnius', '1939-11-15');
    await page.locator('path.history-place-vilnius').click();
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.textContent()).toContain(holderName(status.controller));
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain(`${status.period.from} → ${status.period.to}`);
    const event = events.find((candidate) => candidate.id === status.period.event);
    if (event) expect(text).toContain(event.title.en);
    const firstSource = [...sources, ...historySources].find((source) => source.id === status.period.sources[0]?.source);
    expect(text).toContain(firstSource?.title ?? '(unknown source)');

    // An open popup follows the date.
    await page.fill('#history-date', '1930-06-01');
    await page.locator('#history-date').dispatchEvent('change');
    await expect.poll(() => popup.textContent()).toContain(holderName(statusOn('vilnius', '1930-06-01').controller));
    // …and lists each view's title that day, kept apart.
    const titled = (await popup.textContent()) ?? '';
    expect(titled).toContain('Title, by whose view');
    for (const label of ['Lithuania’s view', 'Poland’s view', 'Conference of Ambassadors']) expect(titled).toContain(label);

    await page.waitForFunction(() => {
      const element = document.querySelector('.leaflet-popup');
      return element !== null && getComputedStyle(element).opacity === '1';
    });
    await page.mouse.move(640, 5);
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect((await stat(screenshot)).size).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
