/**
 * What a citation says about a work, independent of the output format.
 * The format builders (`format-*.ts`) render it; the work builders
 * (`dataset-work.ts`, `treaty-work.ts`, `record-work.ts`) fill it from
 * `meta` and the records.
 *
 * @internal
 */
export interface CitationWork {
  /**
   * `dataset`: this package's data; `treaty`: the treaty as printed in a
   * treaty series; `record`: one record of the dataset, cited as a part of it.
   */
  readonly kind: 'dataset' | 'treaty' | 'record';
  /** Citation key (BibTeX) and item id (CSL-JSON). */
  readonly key: string;
  /** Title of the work. */
  readonly title: string;
  /** Words of the title and container that styles must print as written (never title-cased), such as the package name. */
  readonly keepCase?: readonly string[];
  /** Corporate authors, written as literal names; empty when the work has none. */
  readonly authors: readonly string[];
  /**
   * Date of the work (ISO 8601 `YYYY-MM-DD`, or `YYYY` where only the year is
   * known): the release of the version cited, or, for the treaty, the year of
   * the League of Nations Treaty Series volume that prints it.
   */
  readonly issued: string;
  /** The package version the dataset (or record) is cited at: stored once, printed by the styles that print `version`. */
  readonly version?: string;
  /** Publisher or distributor. */
  readonly publisher?: string;
  /** Where the work can be obtained: for the dataset, the npm page of its version; for a record, its page in the site of that version. */
  readonly url?: string;
  /** For the treaty: its date of signature (ISO 8601). */
  readonly signedOn?: string;
  /** Place of signature, for a treaty. */
  readonly place?: string;
  /** The series and pages a treaty is printed in. */
  readonly printedIn?: {
    readonly series: string;
    readonly volume: number;
    readonly pages: { readonly first: number; readonly last: number };
  };
  /** Date the treaty was registered with the League of Nations (ISO 8601). */
  readonly registeredOn?: string;
  /** For a record: its kind and id (what `citeRecord` was asked for), kept out of the title. */
  readonly recordId?: { readonly kind: string; readonly id: string };
  /** For a record: the title of the dataset it is part of. */
  readonly container?: string;
  /** For a record: what it says (its value), in one line. */
  readonly value?: string;
  /** For a record: its strongest sources, strongest first, each as one line of text with its locator and quote. */
  readonly sources?: readonly string[];
  /** For a record: how many sources it has in all (`sources` may name fewer). */
  readonly sourceCount?: number;
}
