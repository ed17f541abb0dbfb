import { meta } from '../meta.js';

/** Options of `cite`. */
export interface CiteOptions {
  /** Output format; only `'text'` (APA-like plain text) so far. */
  readonly format?: 'text';
}

/** Title of the dataset as cited. */
export const DATASET_TITLE = 'The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset';

/**
 * A plain-text (APA-like) citation of this dataset that names the data
 * version, so that readers can install exactly the data you used.
 *
 * @example
 * ```ts
 * cite();
 * //=> 'lt-ru-1920 contributors. (2026). lt-ru-1920 (dataset 0.1.0): The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset [Data set]. npm. https://www.npmjs.com/package/lt-ru-1920'
 * ```
 */
export function cite(options: CiteOptions = {}): string {
  const format = options.format ?? 'text';
  if (format !== 'text') throw new RangeError(`cite: unknown format ${JSON.stringify(format)}; expected 'text'`);
  const year = meta.released.slice(0, 4);
  return `lt-ru-1920 contributors. (${year}). ${meta.name} (dataset ${meta.dataVersion}): ${DATASET_TITLE} [Data set]. npm. ${meta.homepage}`;
}
