import { versionedSiteRoot } from './versioned-site-root.js';

/**
 * The page of one record on the documentation site, in the copy of the site
 * kept for one release (`<homepage>v/<version>/records/<kind>/<id>.html`), so
 * that a citation of a record keeps pointing at what that version said.
 *
 * @internal
 * @example
 * ```ts
 * recordPageUrl('https://lt-ru-1920.github.io/lt-ru-1920/', '0.1.0', 'event', 'ratification-lithuania');
 * //=> 'https://lt-ru-1920.github.io/lt-ru-1920/v/0.1.0/records/event/ratification-lithuania.html'
 * ```
 */
export function recordPageUrl(homepage: string, version: string, kind: string, id: string): string {
  return `${versionedSiteRoot(homepage, version)}records/${encodeURIComponent(kind)}/${encodeURIComponent(id)}.html`;
}
