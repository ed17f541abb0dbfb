/**
 * What a citation says about a work, independent of the output format.
 * The format builders (`format-*.ts`) render it; the work builders
 * (`dataset-work.ts`, `treaty-work.ts`) fill it from `meta` and the records.
 *
 * @internal
 */
export interface CitationWork {
  /** `dataset`: this package's data; `treaty`: the treaty as printed in a treaty series. */
  readonly kind: 'dataset' | 'treaty';
  /** Citation key (BibTeX) and item id (CSL-JSON). */
  readonly key: string;
  /** Title of the work. */
  readonly title: string;
  /** Corporate authors, written as literal names; empty when the work has none. */
  readonly authors: readonly string[];
  /** Date of the work (ISO 8601 `YYYY-MM-DD`): the release of the data, or the signature of the treaty. */
  readonly issued: string;
  /** Version of the dataset. */
  readonly version?: string;
  /** Publisher or distributor. */
  readonly publisher?: string;
  /** Where the work can be obtained. */
  readonly url?: string;
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
}
