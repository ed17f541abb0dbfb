import { createHash } from 'node:crypto';
import { historySources } from '../../src/generated/history-sources.generated.js';
import { sources as mainSources } from '../../src/generated/sources.generated.js';
import { datasetWork } from '../../src/helpers/citation/dataset-work.js';
import { isDataFile, rawFile, rawFiles } from '../../src/internal/raw-files.js';
import { type Emitter, type GeneratedFile, toJsonText } from '../emitter.js';
import { citedSourceIds } from '../lint/cited-source-ids.js';
import { readManifest } from '../manifest.js';
import emitBorder from './border.js';
import { DATA_LICENSE } from './citation-cff.js';
import emitCsv, { csvTables } from './csv.js';
import emitHistoryData from './history-data.js';
import emitHistoryGeo from './history-geo.js';
import emitJson from './json.js';
import emitJsonSchema from './json-schema.js';
import emitLpf from './lpf.js';
import { tableSchema } from './table.js';

/** The generators whose files ship as data, and which files of theirs are resources. */
const shippedEmitters: readonly Emitter[] = [emitJson, emitCsv, emitHistoryData, emitHistoryGeo, emitLpf, emitBorder, emitJsonSchema];
/** Every work cited by a shipped file: the main bibliography and the one of `./history`. */
const sources = [...mainSources, ...historySources];

/** Media type by file name: Linked Places Format is JSON-LD. */
export function mediatype(path: string): string {
  if (path.endsWith('.lpf.json')) return 'application/ld+json';
  if (path.endsWith('.geo.json')) return 'application/geo+json';
  if (path.endsWith('.schema.json')) return 'application/schema+json';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.csv')) return 'text/csv';
  throw new Error(`emit-datapackage: no media type for ${path}`);
}

/** A resource name (lowercase, `-._` only) from a path: `data/events.csv` → `events-csv`. */
export const resourceName = (path: string): string =>
  path
    .replace(/^data\//, '')
    .replace(/^schemas\/(.*)\.schema\.json$/, 'schema-$1')
    .replaceAll('.', '-')
    .toLowerCase();

/** `sha256:<hex>` of the UTF-8 bytes of a text. */
export const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** The bibliography entries a file rests on, as Data Package sources. A CSV, GeoJSON or LPF file of a collection rests on the collection's JSON file. */
function resourceSources(file: GeneratedFile, byPath: ReadonlyMap<string, string>): { title: string; path?: string }[] {
  if (file.path.startsWith('schemas/')) return [];
  const collection = rawFile(file.path)?.collection;
  const json = rawFiles.find((candidate) => candidate.collection === collection && candidate.format === 'json');
  const jsonText = json === undefined ? file.content : byPath.get(json.path);
  if (jsonText === undefined) throw new Error(`emit-datapackage: no JSON file behind ${file.path}`);
  const ids = citedSourceIds(JSON.parse(jsonText));
  return sources.filter((source) => ids.has(source.id)).map((source) => ({ title: source.title, ...(source.url ? { path: source.url } : {}) }));
}

/** What a CSV resource adds (Frictionless v2): `type: table`, its dialect and its typed Table Schema with keys. */
function tabular(path: string): Record<string, unknown> {
  const table = csvTables.find((candidate) => candidate.path === path);
  if (table === undefined) throw new Error(`emit-datapackage: no table behind ${path}`);
  return {
    type: 'table',
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
    schema: tableSchema(table, resourceName),
  };
}

/** Fails when the generators and the list of raw files disagree: a file written but not listed, or listed but not written. */
function checkListed(files: readonly GeneratedFile[]): void {
  const written = new Set(files.map((file) => file.path).filter((path) => path.startsWith('data/')));
  const unlisted = [...written].filter((path) => rawFile(path) === undefined);
  const missing = rawFiles.map((file) => file.path).filter((path) => !written.has(path));
  if (unlisted.length > 0 || missing.length > 0)
    throw new Error(
      `emit-datapackage: src/internal/raw-files.ts and the generators disagree: not listed ${unlisted.join(', ') || '—'}; not written ${missing.join(', ') || '—'}`,
    );
}

/** The Data Package v2 descriptor for the files the other emitters produce (computed in memory, never read from disk). */
export async function dataPackage(): Promise<Record<string, unknown>> {
  const manifest = await readManifest();
  const dataset = datasetWork(manifest);
  const files: GeneratedFile[] = [];
  for (const emit of shippedEmitters) files.push(...(await emit()));
  checkListed(files);
  const shipped = files.filter((file) => isDataFile(file.path)).sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(shipped.map((file) => [file.path, file.content]));
  const license = { name: DATA_LICENSE, path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };
  const allSources = sources.map((source) => ({ title: source.title, ...(source.url ? { path: source.url } : {}) }));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: manifest.name,
    id: manifest.homepage,
    title: dataset.title,
    description: manifest.description,
    version: manifest.version,
    created: `${manifest.released}T00:00:00Z`,
    homepage: manifest.homepage,
    keywords: [...manifest.keywords],
    licenses: [license],
    contributors: dataset.authors.map((title) => ({ title, roles: ['creator'] })),
    sources: allSources,
    resources: shipped.map((file) => {
      const resourceSourceList = resourceSources(file, byPath);
      return {
        name: resourceName(file.path),
        path: file.path,
        ...(rawFile(file.path) ? { description: rawFile(file.path)?.description } : {}),
        mediatype: mediatype(file.path),
        encoding: 'utf-8',
        format: file.path.endsWith('.csv') ? 'csv' : file.path.endsWith('.geo.json') ? 'geojson' : file.path.endsWith('.lpf.json') ? 'jsonld' : 'json',
        bytes: Buffer.byteLength(file.content, 'utf8'),
        hash: sha256(file.content),
        licenses: [license],
        ...(resourceSourceList.length > 0 ? { sources: resourceSourceList } : {}),
        ...(file.path.endsWith('.csv') ? tabular(file.path) : {}),
      };
    }),
  };
}

/** Emits `datapackage.json`. */
const emitDatapackage: Emitter = async () => [{ path: 'datapackage.json', content: toJsonText(await dataPackage()) }];

export default emitDatapackage;
