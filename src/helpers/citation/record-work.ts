import { meta } from '../../meta.js';
import { datasetWork, type DatasetRelease } from './dataset-work.js';
import type { CitedRecord } from './find-record.js';
import { sourceLines } from './source-line.js';
import type { CitationWork } from './work.js';

/** How many sources a record citation names: a footnote, not the whole record. */
export const MAX_SOURCES = 3;

/**
 * One record as a citable part of the dataset: titled by the record (with
 * its kind and id, printed as written), inside the dataset at its data
 * version, carrying the record's value and its {@link MAX_SOURCES} strongest
 * sources (by tier).
 *
 * @internal
 * @example
 * ```ts
 * recordWork(findRecord('treaty-signed')!).title; //=> 'Signing of the peace treaty (event treaty-signed)'
 * ```
 */
export function recordWork(record: CitedRecord, release: DatasetRelease = meta): CitationWork {
  const dataset = datasetWork(release);
  const label = `${record.kind} ${record.id}`;
  return {
    ...dataset,
    kind: 'record',
    key: `${release.name}-${release.dataVersion}-${record.id}`,
    title: `${record.title} (${label})`,
    keepCase: [...(dataset.keepCase ?? []), label],
    container: dataset.title,
    ...(record.value === undefined ? {} : { value: record.value }),
    sources: sourceLines(record.sources).slice(0, MAX_SOURCES),
    sourceCount: record.sources.length,
  };
}
