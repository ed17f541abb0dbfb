/**
 * What `npm run docs` adds to the site after TypeDoc (which empties site/):
 * the map page, a page for every record, the raw files (so that every
 * `contentUrl` of the front page's Dataset description resolves on the
 * site), and that description itself in the front page's head.
 * `tsx scripts/site/build-site.ts [outDir]`.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../manifest.js';
import { buildSiteMap } from './build-map-page.js';
import { type DataPackage, datasetJsonLd, withJsonLd } from './dataset-jsonld.js';
import { buildRecordPages } from './records/build-record-pages.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds everything above into `outDir` (default `site/`); returns the record count per kind. */
export async function buildSite(outDir = join(root, 'site')): Promise<Map<string, number>> {
  await buildSiteMap(outDir);
  const counts = await buildRecordPages(outDir);
  const datapackage = JSON.parse(await readFile(join(root, 'datapackage.json'), 'utf8')) as DataPackage;
  for (const path of ['datapackage.json', ...datapackage.resources.map((resource) => resource.path)]) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await copyFile(join(root, path), join(outDir, path));
  }
  const front = join(outDir, 'index.html');
  const html = await readFile(front, 'utf8');
  if (!html.includes('application/ld+json')) await writeFile(front, withJsonLd(html, datasetJsonLd(await readManifest(), datapackage)));
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const counts = await buildSite(out);
  console.log(
    `site: map page, ${[...counts.values()].reduce((a, b) => a + b, 0)} record pages (${[...counts].map(([kind, n]) => `${kind} ${n}`).join(', ')}), raw files, Dataset JSON-LD`,
  );
}
