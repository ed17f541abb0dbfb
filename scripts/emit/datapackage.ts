import { createHash } from 'node:crypto';
import { isDataFile } from '../release/check.js';
import { historySources } from '../../src/history/records/sources.js';
import { sources as mainSources } from '../../src/data/sources.js';
import { datasetWork } from '../../src/helpers/citation/dataset-work.js';
import emitBorder from './border.js';
import emitCsv, { csvColumnDescription } from './csv.js';
import emitHistoryData from './history-data.js';
import emitJson from './json.js';
import emitJsonSchema from './json-schema.js';
import { DATA_LICENSE } from './citation-cff.js';
import { readManifest } from '../manifest.js';
import { citedSourceIds } from '../lint/cited-source-ids.js';
import { toJsonText, type Emitter, type GeneratedFile } from '../emitter.js';

/** The generators whose files ship as data, and which files of theirs are resources. */
const shippedEmitters: readonly Emitter[] = [emitJson, emitCsv, emitHistoryData, emitBorder, emitJsonSchema];
/** Every work cited by a shipped file: the main bibliography and the one of `./history`. */
const sources = [...mainSources, ...historySources];

/** Media type by file name. */
export function mediatype(path: string): string {
  if (path.endsWith('.geo.json')) return 'application/geo+json';
  if (path.endsWith('.schema.json')) return 'application/schema+json';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.csv')) return 'text/csv';
  throw new Error(`emit-datapackage: no media type for ${path}`);
}

/** A resource name (lowercase, `-._` only) from a path: `data/events.csv` → `events-csv`. */
export const resourceName = (path: string): string =>
  path.replace(/^data\//, '').replace(/^schemas\/(.*)\.schema\.json$/, 'schema-$1').replaceAll('.', '-').toLowerCase();

/** `sha256:<hex>` of the UTF-8 bytes of a text. */
export const sha256 = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** The bibliography entries a file rests on, as Data Package sources. A CSV rests on the JSON file of the same name. */
function resourceSources(file: GeneratedFile, byPath: ReadonlyMap<string, string>): { title: string; path?: string }[] {
  if (file.path.startsWith('schemas/')) return [];
  const jsonText = file.path.endsWith('.csv') ? byPath.get(file.path.replace(/\.csv$/, '.json')) : file.content;
  if (jsonText === undefined) throw new Error(`emit-datapackage: no JSON file behind ${file.path}`);
  const ids = citedSourceIds(JSON.parse(jsonText));
  return sources.filter((source) => ids.has(source.id)).map((source) => ({ title: source.title, ...(source.url ? { path: source.url } : {}) }));
}

/** Table Schema and dialect of a generated CSV: its header row, every field a string, described. */
function tableSchema(path: string, content: string): Record<string, unknown> {
  const header = content.slice(0, content.indexOf('\r\n')).split(',');
  const field = (name: string): Record<string, string> => {
    const description = csvColumnDescription(path, name);
    return { name, type: 'string', ...(description ? { description } : {}) };
  };
  return {
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
    schema: { fields: header.map(field) },
  };
}

/** The Data Package v2 descriptor for the files the other emitters produce (computed in memory, never read from disk). */
export async function dataPackage(): Promise<Record<string, unknown>> {
  const manifest = await readManifest();
  const dataset = datasetWork(manifest);
  const files: GeneratedFile[] = [];
  for (const emit of shippedEmitters) files.push(...(await emit()));
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
        mediatype: mediatype(file.path),
        encoding: 'utf-8',
        format: file.path.endsWith('.csv') ? 'csv' : file.path.endsWith('.geo.json') ? 'geojson' : 'json',
        bytes: Buffer.byteLength(file.content, 'utf8'),
        hash: sha256(file.content),
        licenses: [license],
        ...(resourceSourceList.length > 0 ? { sources: resourceSourceList } : {}),
        ...(file.path.endsWith('.csv') ? tableSchema(file.path, file.content) : {}),
      };
    }),
  };
}

/** Emits `datapackage.json`. */
const emitDatapackage: Emitter = async () => [{ path: 'datapackage.json', content: toJsonText(await dataPackage()) }];

export default emitDatapackage;
