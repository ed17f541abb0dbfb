import { recordNote } from './record-note.js';
import { treatyNote } from './treaty-note.js';
import type { CitationWork } from './work.js';

/**
 * The note every machine format carries: for a record, what it says and its
 * sources; for the treaty, where and when it was signed and registered;
 * empty for the dataset.
 *
 * @internal
 * @example
 * ```ts
 * citationNote(datasetWork()); //=> ''
 * ```
 */
export function citationNote(work: CitationWork): string {
  return work.kind === 'record' ? recordNote(work) : treatyNote(work);
}
