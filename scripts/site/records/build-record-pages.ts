/**
 * Writes a page for every record (`records/<kind>/<id>.html`), an index per
 * kind, the records index and their stylesheet into the site. Run by
 * `npm run docs` after TypeDoc (scripts/site/build-site.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readManifest } from '../../manifest.js';
import { RECORDS_CSS, SITE_PATHS } from './html.js';
import { kindIndexPage, type PageContext, recordPage, recordPath, recordsIndexPage } from './record-page.js';
import { PAGE_KINDS, type PageKind, siteRecords } from './site-records.js';

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Builds every record page into `outDir` and returns how many records each kind has. */
export async function buildRecordPages(outDir: string): Promise<Map<PageKind, number>> {
  const manifest = await readManifest();
  const records = siteRecords();
  const titles = new Map<string, string>();
  for (const record of records) {
    const key = `${record.kind}/${record.id}`;
    if (titles.has(key)) throw new Error(`record pages: two ${record.kind} records have the id "${record.id}"`);
    titles.set(key, record.title);
  }
  const context: PageContext = { name: manifest.name, version: manifest.version, titles };
  const counts = new Map<PageKind, number>();
  for (const kind of PAGE_KINDS) {
    const ofKind = records.filter((record) => record.kind === kind);
    counts.set(kind, ofKind.length);
    await write(join(outDir, 'records', kind, 'index.html'), kindIndexPage(kind, ofKind, context));
    for (const record of ofKind) await write(join(outDir, decodeURIComponent(recordPath(kind, record.id))), recordPage(record, context));
  }
  await write(join(outDir, SITE_PATHS.records), recordsIndexPage(counts, context));
  await write(join(outDir, SITE_PATHS.stylesheet), RECORDS_CSS);
  return counts;
}
