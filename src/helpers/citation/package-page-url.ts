/**
 * The npm page of one version of a package: the address a dataset citation
 * carries, so that the version survives styles that print no `version`.
 *
 * @internal
 * @example
 * ```ts
 * packagePageUrl('lt-ru-1920', '0.1.0'); //=> 'https://www.npmjs.com/package/lt-ru-1920/v/0.1.0'
 * ```
 */
export function packagePageUrl(name: string, version: string): string {
  return `https://www.npmjs.com/package/${name}/v/${version}`;
}
