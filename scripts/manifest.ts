import { readFile } from 'node:fs/promises';

/** The fields of package.json that the generators read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dataVersion: string;
  readonly dataReleased: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly license: string;
  readonly homepage: string;
}

/**
 * Reads package.json: the one place release facts are written. Generators
 * read it rather than `meta`, which may be regenerated in the same run.
 *
 * @example
 * ```ts
 * (await readManifest()).dataVersion; //=> '0.1.0'
 * ```
 */
export async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
}
