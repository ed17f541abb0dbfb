import { meta } from '../../meta.js';
import type { CitationWork } from './work.js';

/** Title of the dataset as cited, after the package name. */
const DATASET_TITLE = 'The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset';

/** The fields of `meta` a dataset citation reads. */
export interface DatasetRelease {
  readonly name: string;
  readonly dataVersion: string;
  readonly released: string;
  readonly homepage: string;
}

/**
 * This package's data as a citable work: the data version (not the package
 * version) and the date that data version was released, from `meta` (or,
 * for generators that run before `meta` is regenerated, from the manifest).
 *
 * @internal
 * @example
 * ```ts
 * datasetWork().version; //=> meta.dataVersion
 * ```
 */
export function datasetWork(release: DatasetRelease = meta): CitationWork {
  return {
    kind: 'dataset',
    key: `${release.name}-data-${release.dataVersion}`,
    title: `${release.name}: ${DATASET_TITLE}`,
    keepCase: [release.name],
    authors: [`${release.name} contributors`],
    issued: release.released,
    version: release.dataVersion,
    publisher: 'npm',
    url: release.homepage,
  };
}
