import { HOMEPAGE, PACKAGE_NAME, RELEASED, VERSION } from '../../generated/meta.generated.js';
import { packagePageUrl } from './package-page-url.js';
import type { CitationWork } from './work.js';

/** Title of the dataset as cited, after the package name. */
const DATASET_TITLE = 'The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset';

/** The fields of `meta` (or of package.json) a dataset citation reads. */
export interface DatasetRelease {
  readonly name: string;
  readonly version: string;
  readonly released: string;
  readonly homepage: string;
}

/**
 * This release as the citations read it, from the generated constants: a
 * plain object, not the frozen `meta`, so that the citation code shared by
 * `.` and `./history` leaves `meta` (and its `deepFreeze`) in the `.` entry.
 *
 * @internal
 */
export const RELEASE: DatasetRelease = { name: PACKAGE_NAME, version: VERSION, released: RELEASED, homepage: HOMEPAGE };

/**
 * This package's data as a citable work: its version (the one version of the
 * package and its data) and release date, from `meta` (or, for generators
 * that run before `meta` is regenerated, from package.json), with the npm
 * page of that version as its URL, so that the version survives even a style
 * that prints no `version`.
 *
 * @internal
 * @example
 * ```ts
 * datasetWork().url; //=> 'https://www.npmjs.com/package/lt-ru-1920/v/' + meta.version
 * ```
 */
export function datasetWork(release: DatasetRelease = RELEASE): CitationWork {
  return {
    kind: 'dataset',
    key: `${release.name}-${release.version}`,
    title: `${release.name}: ${DATASET_TITLE}`,
    keepCase: [release.name],
    authors: [`${release.name} contributors`],
    issued: release.released,
    version: release.version,
    publisher: 'npm',
    url: packagePageUrl(release.name, release.version),
  };
}
