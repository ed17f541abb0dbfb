import { readFile } from 'node:fs/promises';

/** The fields of package.json that the generators read. */
export interface Manifest {
  readonly name: string;
  /** The one version: what `npm install lt-ru-1920@X` installs and what people cite. */
  readonly version: string;
  /** Date `version` was released (ISO 8601), set by `npm run version`. */
  readonly released: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly license: string;
  /** The documentation site (GitHub Pages). */
  readonly homepage: string;
  readonly repository: { readonly type: string; readonly url: string };
  /** The issue tracker. */
  readonly bugs: string;
}

/**
 * Reads package.json: the one place release facts and the project's addresses
 * are written. Generators read it rather than `meta`, which may be
 * regenerated in the same run.
 *
 * @example
 * ```ts
 * (await readManifest()).version; //=> '0.1.0'
 * ```
 */
export async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
}

/**
 * The web address of the repository from package.json `repository.url`
 * (`git+https://github.com/o/r.git` → `https://github.com/o/r`).
 *
 * @example
 * ```ts
 * repositoryWebUrl({ type: 'git', url: 'git+https://github.com/o/r.git' }); //=> 'https://github.com/o/r'
 * ```
 */
export function repositoryWebUrl(repository: Manifest['repository']): string {
  const url = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  if (!/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(url)) throw new Error(`package.json repository.url is not a GitHub https URL: ${repository.url}`);
  return url;
}
