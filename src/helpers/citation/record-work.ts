import type { DeepReadonly } from '../../internal/deep-freeze.js';
import type { Source } from '../../schemas/source.js';
import { type DatasetRelease, datasetWork, RELEASE } from './dataset-work.js';
import type { CitedRecord } from './find-record.js';
import { recordPageUrl } from './record-page-url.js';
import { sourceLines } from './source-line.js';
import type { CitationWork } from './work.js';

/** How many sources a record citation names: a footnote, not the whole record. */
export const MAX_SOURCES = 3;

/** The longest value a record's title carries: a date, a name, an office; a long summary stays in the note. */
export const MAX_TITLE_VALUE = 120;

/**
 * One record as a citable part of the dataset: titled by what it says (its
 * title and, when short, its value: "Ratification by Lithuania (Constituent
 * Seimas), 6 August 1920"), inside the dataset at its version, with the page
 * of the record in the site of that version as its URL, and its value and
 * {@link MAX_SOURCES} strongest sources (by tier) in the note. The kind and
 * id stay out of the title (they are in the URL and the citation key).
 * Sources are looked up in `catalogue` (default: the bibliography of `.`).
 *
 * @internal
 * @example
 * ```ts
 * recordWork(findRecord('treaty-signed')!).title; //=> 'Signing of the peace treaty, 12 July 1920'
 * ```
 */
export function recordWork(
  record: CitedRecord<string>,
  release: DatasetRelease & { readonly homepage: string } = RELEASE,
  catalogue?: readonly DeepReadonly<Source>[],
): CitationWork {
  const dataset = datasetWork(release);
  const short = record.value !== undefined && record.value.length <= MAX_TITLE_VALUE;
  return {
    ...dataset,
    kind: 'record',
    key: `${release.name}-${release.version}-${record.kind}-${record.id}`,
    title: short ? `${record.title}, ${record.value}` : record.title,
    keepCase: dataset.keepCase ?? [],
    url: recordPageUrl(release.homepage, release.version, record.kind, record.id),
    recordId: { kind: record.kind, id: record.id },
    container: dataset.title,
    ...(record.value === undefined ? {} : { value: record.value }),
    sources: sourceLines(record.sources, catalogue).slice(0, MAX_SOURCES),
    sourceCount: record.sources.length,
  };
}
