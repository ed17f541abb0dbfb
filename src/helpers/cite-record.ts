import { describeValue } from '../internal/describe-value.js';
import { type CitedRecordKind, findRecord, RECORD_KINDS } from './citation/find-record.js';
import { formats } from './citation/formats.js';
import { pickOption } from './citation/pick-option.js';
import { recordWork } from './citation/record-work.js';

/** Options of {@link citeRecord}. */
export interface CiteRecordOptions {
  /**
   * Output format:
   * - `'text'` (default): one footnote of plain text;
   * - `'bibtex'`: one BibTeX `@incollection` entry (the record inside the dataset);
   * - `'csl-json'`: CSL-JSON text (an array with one `chapter` item), for Zotero (a Book Section), Pandoc and citeproc;
   * - `'ris'`: one RIS `CHAP` record, for Zotero, EndNote and Mendeley.
   */
  readonly format?: 'text' | 'bibtex' | 'csl-json' | 'ris';
  /**
   * The kind of record, where one id names two (the place `pastavy` and the
   * border waypoint `pastavy`). Without it the first kind in this order is
   * cited: treaty, event, signatory, article, party, place, ratification,
   * registration, source, waypoint, segment (so the place).
   */
  readonly kind?: CitedRecordKind;
}

export type { CitedRecordKind };

/**
 * Cites one fact: the record with this id, of any kind — the treaty, an
 * event, signatory, article, party, place, ratification, the registration, a
 * source, or a waypoint or segment of the border — as the footnote a
 * historian pastes: what it says in the title (its title and value, no
 * machine id), the dataset and its version, the record's page in the site
 * of that version (`…/v/<version>/records/<kind>/<id>.html`, so the version
 * survives every style), and the record's own sources, strongest tier
 * first, with their locators and quotes (in the note). Border records are
 * cited without coordinates (those are in `lt-ru-1920/border`).
 *
 * Throws a `RangeError` naming an unknown id or format, and a `TypeError`
 * when the id, options or format have the wrong type. It is an export of its
 * own because it reads every record; {@link cite} does not.
 *
 * @example
 * ```ts
 * citeRecord('treaty-signed');
 * //=> 'Signing of the peace treaty, 12 July 1920. In lt-ru-1920 contributors, lt-ru-1920: … (Version 0.1.0; npm, 2026), https://lt-ru-1920.github.io/lt-ru-1920/v/0.1.0/records/event/treaty-signed.html. Sources (the 3 strongest of …): …'
 * citeRecord('adolf-joffe', { format: 'bibtex' }).startsWith('@incollection{'); //=> true
 * citeRecord('pastavy', { kind: 'waypoint' }); // the border waypoint, not the place
 * citeRecord('no-such-id'); // throws RangeError: citeRecord: unknown id "no-such-id"; expected the id of a record (…)
 * ```
 */
export function citeRecord(id: string, options: CiteRecordOptions = {}): string {
  if (typeof id !== 'string') throw new TypeError(`citeRecord: id must be a string, received ${describeValue(id)}`);
  if (options === null || typeof options !== 'object') throw new TypeError(`citeRecord: options must be an object, received ${describeValue(options)}`);
  const format = pickOption('citeRecord', formats, options.format ?? 'text', 'format');
  const kind = options.kind === undefined ? undefined : pickOption('citeRecord', RECORD_KINDS, options.kind, 'kind');
  const record = findRecord(id, kind);
  if (record === undefined) {
    throw new RangeError(
      kind === undefined
        ? `citeRecord: unknown id ${describeValue(id)}; expected the id of a record (event, signatory, article, party, place, source, waypoint, segment, …)`
        : `citeRecord: no ${kind} has the id ${describeValue(id)}`,
    );
  }
  return format(recordWork(record));
}
