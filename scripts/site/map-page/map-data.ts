import { readFile } from 'node:fs/promises';
import { borderLine, territory, waypoints } from '../../../src/border/index.js';
import { sources } from '../../../src/generated/sources.generated.js';
import { recordPageUrl } from '../../../src/helpers/citation/record-page-url.js';
import { BorderBasisSchema } from '../../../src/schemas/border.js';
import { citedSourceIds } from '../../lint/cited-source-ids.js';
import { readManifest } from '../../manifest.js';
import { LINE_STYLE, TERRITORY_STYLE } from '../colour-scheme.js';
import { mapHistory } from '../history-picture/map-history.js';

/** The Natural Earth context, as copied into the repository with its provenance (data-src/SOURCE.md). */
export const CONTEXT_FILE = new URL('../../../data-src/ne_10m_admin0_baltic_clip.geojson', import.meta.url);

/** One entry of the legend: a basis, its colour and what it means (from the schema's description). */
export interface BasisLegend {
  readonly basis: string;
  readonly color: string;
  readonly dashArray?: string;
  readonly meaning: string;
  readonly segments: number;
}

/** The legend of the line, read from `BorderBasisSchema`: its values and the meaning its description gives each. */
export function basisLegend(): BasisLegend[] {
  const description = BorderBasisSchema.meta()?.description ?? '';
  return BorderBasisSchema.options.map((basis) => {
    const meaning = new RegExp(`(?:^|; )${basis}: ([^;]+)`).exec(description)?.[1]?.trim();
    const style = LINE_STYLE[basis];
    if (meaning === undefined || style === undefined) throw new Error(`build-site-map: no meaning or colour for basis "${basis}"`);
    const segments = borderLine.features.filter((feature) => feature.properties.basis === basis).length;
    return { basis, ...style, meaning: meaning.replace(/\.$/, ''), segments };
  });
}

/** Everything the map page shows, inlined into it as JSON: no request leaves the page. */
export async function mapData(): Promise<Record<string, unknown>> {
  const context = JSON.parse(await readFile(CONTEXT_FILE, 'utf8')) as unknown;
  const cited = citedSourceIds([waypoints, borderLine, territory]);
  const manifest = await readManifest();
  // Record pages are linked at the site's copy of this version (DECISIONS: versioned URLs), ending in `<kind>/`.
  const recordBase = recordPageUrl(manifest.homepage, manifest.version, 'KIND', 'ID').replace(/KIND\/ID\.html$/, '');
  return {
    recordBase,
    territoryStyle: TERRITORY_STYLE,
    context,
    territory,
    borderLine,
    waypoints,
    legend: basisLegend(),
    sources: Object.fromEntries(
      sources.filter((source) => cited.has(source.id)).map((source) => [source.id, { title: source.title, ...(source.url ? { url: source.url } : {}) }]),
    ),
    attribution: waypoints.attribution,
    note: borderLine.note,
    history: mapHistory(),
  };
}
