/**
 * The schema.org `Dataset` description of the front page (JSON-LD), so that
 * search engines and dataset catalogues (Google Dataset Search) find the
 * dataset: name, description, version, licence, creator, address, the years
 * and the region it covers, every raw file (from datapackage.json) and how
 * to cite it. Every value is read from package.json, datapackage.json and
 * the data; nothing is written twice.
 */
import { borderLine, territory } from '../../src/border/index.js';
import { versionedSiteRoot } from '../../src/helpers/citation/versioned-site-root.js';
import { historyPlaces, historyRange } from '../../src/history/index.js';
import { cite } from '../../src/index.js';
import type { Manifest } from '../manifest.js';

/** The parts of datapackage.json the description reads. */
export interface DataPackage {
  readonly title?: string;
  readonly licenses?: readonly { readonly name: string; readonly path?: string }[];
  readonly resources: readonly {
    readonly name: string;
    readonly path: string;
    readonly mediatype?: string;
    readonly format?: string;
    readonly bytes?: number;
    readonly title?: string;
    readonly description?: string;
  }[];
}

/** South, west, north and east bounds of the territory, the line and the history places. */
function bounds(): [number, number, number, number] {
  const positions: number[][] = [
    ...(territory.geometry.type === 'Polygon' ? territory.geometry.coordinates.flat() : territory.geometry.coordinates.flat(2)),
    ...borderLine.features.flatMap((feature) => feature.geometry.coordinates),
    ...historyPlaces.map((place) => [...place.position]),
  ] as number[][];
  const lons = positions.map((p) => p[0] as number);
  const lats = positions.map((p) => p[1] as number);
  const round = (value: number): number => Math.round(value * 100) / 100;
  return [round(Math.min(...lats)), round(Math.min(...lons)), round(Math.max(...lats)), round(Math.max(...lons))];
}

/**
 * The JSON-LD object.
 *
 * @example
 * ```ts
 * datasetJsonLd(manifest, datapackage).temporalCoverage; //=> '1920-07-12/1940-12-31'
 * ```
 */
export function datasetJsonLd(manifest: Manifest, datapackage: DataPackage): Record<string, unknown> {
  const files = versionedSiteRoot(manifest.homepage, manifest.version);
  const [south, west, north, east] = bounds();
  const license = datapackage.licenses?.find((entry) => entry.path !== undefined)?.path;
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: datapackage.title ?? manifest.name,
    alternateName: manifest.name,
    description: manifest.description,
    version: manifest.version,
    ...(license ? { license } : {}),
    creator: { '@type': 'Organization', name: (manifest as Manifest & { author?: string }).author ?? `${manifest.name} contributors` },
    url: manifest.homepage,
    keywords: manifest.keywords,
    isAccessibleForFree: true,
    temporalCoverage: `${historyRange.from}/${historyRange.to}`,
    spatialCoverage: {
      '@type': 'Place',
      name: 'Lithuania and the Vilnius and Grodno regions (the territory of the Soviet–Lithuanian Peace Treaty of 1920)',
      geo: { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` },
    },
    distribution: datapackage.resources.map((resource) => ({
      '@type': 'DataDownload',
      name: resource.title ?? resource.name,
      encodingFormat: resource.mediatype ?? resource.format ?? 'application/octet-stream',
      contentUrl: `${files}${resource.path}`,
      ...(resource.bytes === undefined ? {} : { contentSize: `${resource.bytes} B` }),
    })),
    citation: cite(),
  };
}

/** `html` with the JSON-LD as a script element at the end of its head. */
export function withJsonLd(html: string, jsonLd: unknown): string {
  if (!html.includes('</head>')) throw new Error('withJsonLd: no </head> in the page');
  const script = `<script type="application/ld+json">${JSON.stringify(jsonLd).replaceAll('</', '<\\/')}</script>`;
  return html.replace('</head>', `${script}</head>`);
}
