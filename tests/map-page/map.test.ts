import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { borderLine, waypoints } from '../../src/border/index.js';
import { sources } from '../../src/generated/sources.generated.js';
import { chromiumPath, servedMapPage } from './browser.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = join(root, 'site');
const screenshot = join(root, 'tests', 'artifacts', 'map.png');

describe.skipIf(chromiumPath === null)('site/map.html in headless Chromium', () => {
  const session = servedMapPage(site);

  it('draws the line, opens a waypoint popup, loads nothing from outside, and logs no error', async () => {
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (reply) => {
      if (reply.status() >= 400) errors.push(`HTTP ${reply.status()}: ${reply.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(session.origin()) && !request.url().startsWith('data:')) outside.push(request.url());
    });

    const response = await page.goto(`${session.origin()}/map.html`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('body[data-map-ready="true"]');

    // One SVG path per segment, each coloured by its basis.
    expect(await page.locator('path.border-line').count()).toBe(borderLine.features.length);
    for (const basis of new Set(borderLine.features.map((feature) => feature.properties.basis))) {
      const expected = borderLine.features.filter((feature) => feature.properties.basis === basis).length;
      expect(await page.locator(`path.border-line.basis-${basis}`).count()).toBe(expected);
    }
    const drawn = await page.locator('path.border-line').first().getAttribute('d');
    expect(drawn).toMatch(/^M-?\d+ -?\d+L/);
    expect(await page.locator('path.territory').count()).toBe(1);
    expect(await page.locator('path.context').count()).toBeGreaterThan(0);

    // Every located waypoint is a marker; clicking one shows its name, accuracy and sources.
    const located = waypoints.features.filter((feature) => feature.geometry !== null);
    expect(await page.locator('path.waypoint').count()).toBe(located.length);
    const target = located.find((feature) => feature.properties.names.en !== undefined) ?? located[0];
    if (!target) throw new Error('no located waypoint');
    const p = target.properties;
    await page.locator(`path.waypoint-${p.id}`).click();
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.textContent()).toContain(p.names.en ?? p.nameInTreaty);
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain(p.nameInTreaty);
    expect(text).toContain(p.accuracyKm === null ? 'not stated' : `± ${p.accuracyKm} km`);
    const firstSource = sources.find((source) => source.id === p.sources[0]?.source);
    expect(text).toContain('Sources');
    expect(text).toContain(firstSource?.title ?? '(unknown source)');

    // Let the popup finish fading in and move the pointer off the marker's tooltip.
    await page.waitForFunction(() => {
      const element = document.querySelector('.leaflet-popup');
      return element !== null && getComputedStyle(element).opacity === '1';
    });
    await page.mouse.move(5, 895);
    await page.waitForTimeout(300);
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    expect((await stat(screenshot)).size).toBeGreaterThan(20_000);

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
