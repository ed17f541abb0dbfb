import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSiteMap } from '../../scripts/site/build-map-page.js';
import { findTool, missingTool } from '../support/find-tool.js';

/**
 * Chromium from the system (playwright-core never downloads a browser), found
 * on PATH or at `CHROMIUM_PATH`. Without it the map-page tests are skipped
 * with a notice outside CI, and fail to load with `CI=true`.
 */
export const chromiumPath = findTool(['chromium', 'chromium-browser'], { env: process.env, override: 'CHROMIUM_PATH' });
const notice = missingTool(
  chromiumPath,
  { tool: 'chromium', needed: 'the map-page tests (tests/map-page/)', install: 'apt-get install -y chromium', override: 'CHROMIUM_PATH' },
  process.env,
);
if (notice !== null) console.warn(notice);

/** Launches the Chromium found above, headless and offline-minded. */
export async function launchChromium(): Promise<Browser> {
  if (chromiumPath === null) throw new Error('launchChromium: no chromium (the suite should have been skipped)');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static file server for `dir` on 127.0.0.1 and a random port. */
export async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Registers the hooks of a map-page suite: rebuilds the map page into `site`
 * (cheap, and it must show the current data; the TypeDoc output beside it is
 * untouched), serves `site` on 127.0.0.1 and launches Chromium; closes both
 * afterwards. Call inside the `describe`; read the browser and origin in tests.
 */
export function servedMapPage(site: string): { browser: () => Browser; origin: () => string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  beforeAll(async () => {
    await buildSiteMap(site);
    ({ server, origin } = await serve(site));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // Only a server that started can close: when beforeAll failed before serve(), there is none to wait for.
    const started = server;
    if (started) await new Promise((done) => started.close(done));
  });
  return {
    browser: () => {
      if (browser === undefined) throw new Error('servedMapPage: the browser is not launched yet');
      return browser;
    },
    origin: () => origin,
  };
}
