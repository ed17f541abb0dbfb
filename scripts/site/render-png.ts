/**
 * Renders an SVG to PNG in headless Chromium (playwright-core, system
 * chromium): `npx tsx scripts/site/render-png.ts docs/map.svg .tmp/map.png [scale]`.
 * Needs `apt-get install chromium`; downloads nothing.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [input = 'docs/map.svg', output = '.tmp/map.png', scaleText = '1'] = process.argv.slice(2);
const svg = await readFile(resolve(input), 'utf8');
const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 800);
const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 600);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: Number(scaleText) });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.screenshot({ path: resolve(output), clip: { x: 0, y: 0, width, height } });
  console.log(`${output}: ${width}×${height} @${scaleText}x`);
} finally {
  await browser.close();
}
