/**
 * The address under which the documentation site keeps the copy of one
 * release (`<homepage>v/<version>/`), with or without a slash at the end of the
 * homepage: record pages, raw files and LPF terms of that version live under it.
 *
 * @internal
 * @example
 * ```ts
 * versionedSiteRoot('https://lt-ru-1920.github.io/lt-ru-1920', '0.1.0');
 * //=> 'https://lt-ru-1920.github.io/lt-ru-1920/v/0.1.0/'
 * ```
 */
export function versionedSiteRoot(homepage: string, version: string): string {
  return `${homepage.endsWith('/') ? homepage : `${homepage}/`}v/${encodeURIComponent(version)}/`;
}
