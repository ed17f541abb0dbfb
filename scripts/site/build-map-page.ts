/**
 * Writes site/map.html, the interactive map of the border data, with its
 * assets (Leaflet's script, stylesheet and images copied from node_modules).
 * Run after TypeDoc, which empties site/: `tsx scripts/site/build-map-page.ts [outDir]`.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapData } from './map-page/map-data.js';
import { mapPageHtml } from './map-page/map-page.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const leafletDist = join(root, 'node_modules', 'leaflet', 'dist');

/** Builds the map page into `outDir` (default `site/`) and returns the path of map.html. */
export async function buildSiteMap(outDir = join(root, 'site')): Promise<string> {
  const assets = join(outDir, 'assets', 'leaflet');
  await mkdir(join(assets, 'images'), { recursive: true });
  for (const file of ['leaflet.js', 'leaflet.css']) await copyFile(join(leafletDist, file), join(assets, file));
  for (const file of await readdir(join(leafletDist, 'images'))) await copyFile(join(leafletDist, 'images', file), join(assets, 'images', file));
  const client = await readFile(new URL('./map-page/map-client.js', import.meta.url), 'utf8');
  const html = mapPageHtml(await mapData(), client, 'The Article II line of the Soviet–Lithuanian Peace Treaty of 12 July 1920 — lt-ru-1920');
  const target = join(outDir, 'map.html');
  await writeFile(target, html);
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  console.log(`wrote ${await buildSiteMap(out)}`);
}
