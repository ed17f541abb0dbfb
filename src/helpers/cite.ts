import { describeValue } from '../internal/describe-value.js';
import { datasetWork } from './citation/dataset-work.js';
import { formats } from './citation/formats.js';
import { pickOption } from './citation/pick-option.js';
import { treatyWork } from './citation/treaty-work.js';
import type { CitationWork } from './citation/work.js';

/** Options of {@link cite}. */
export interface CiteOptions {
  /**
   * Output format:
   * - `'text'` (default): one line of APA-style plain text;
   * - `'bibtex'`: one classic BibTeX entry (`@misc` for the dataset, `@article` for the treaty);
   * - `'csl-json'`: CSL-JSON text (an array with one item: a `dataset`, or the treaty as an
   *   `article-journal`), for Zotero (a Dataset), Pandoc and citeproc;
   * - `'ris'`: one RIS record (`DATA`, or `JOUR` for the treaty), for Zotero, EndNote and Mendeley.
   */
  readonly format?: 'text' | 'bibtex' | 'csl-json' | 'ris';
  /**
   * What to cite:
   * - `'dataset'` (default): this version of the package and its data;
   * - `'treaty'`: the treaty itself as printed in the League of Nations Treaty Series (vol. 3, 1921, pp. 106–137).
   */
  readonly target?: 'dataset' | 'treaty';
}

const targets: Readonly<Record<NonNullable<CiteOptions['target']>, () => CitationWork>> = {
  dataset: datasetWork,
  treaty: treatyWork,
};

/**
 * Cites this dataset (its version, with the npm page of that version, so that
 * readers can install exactly the data you used) or the treaty itself (as
 * printed in the League of Nations Treaty Series, dated by that volume, 1921,
 * with both parties). Every format returns a string; CSL-JSON comes as JSON
 * text. Throws a `RangeError` for an unknown format or target, and a
 * `TypeError` when options, format or target have the wrong type.
 *
 * @example
 * ```ts
 * cite();
 * //=> 'lt-ru-1920 contributors. (2026). lt-ru-1920: The Soviet–Lithuanian Peace Treaty of 12 July 1920 as a sourced dataset (Version 0.1.0) [Data set]. npm. https://www.npmjs.com/package/lt-ru-1920/v/0.1.0'
 * cite({ target: 'treaty' });
 * //=> 'Lithuanian Democratic Republic & Russian Socialist Federated Soviet Republic. (1921). Treaty of Peace between Lithuania and Russia, signed at Moscow, 12 July 1920. League of Nations Treaty Series, 3, 106–137. Registered with the League of Nations on 8 March 1921.'
 * cite({ format: 'bibtex' }).startsWith('@misc{'); //=> true
 * JSON.parse(cite({ format: 'csl-json' }))[0].type; //=> 'dataset'
 * ```
 *
 * Every format and target, as this version produces them, and what the
 * common citation styles print from them, is shown in the Citing guide
 * (docs/citing.md). To cite one fact, use {@link citeRecord}.
 */
export function cite(options: CiteOptions = {}): string {
  if (options === null || typeof options !== 'object') throw new TypeError(`cite: options must be an object, received ${describeValue(options)}`);
  const format = pickOption('cite', formats, options.format ?? 'text', 'format');
  const work = pickOption('cite', targets, options.target ?? 'dataset', 'target');
  return format(work());
}
