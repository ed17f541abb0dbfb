/** One CSV cell before quoting; `undefined` is an empty cell (a missing value). */
export type Cell = string | number | boolean | undefined;

/** Table Schema field types the CSVs use (Frictionless v2). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column of a flat table: its header, type, what it holds, and how a record fills it. */
export interface Column<T> {
  readonly name: string;
  readonly description: string;
  /** Table Schema type; `string` when absent. */
  readonly type?: FieldType;
  /** Table Schema format, e.g. `uri` for a link. */
  readonly format?: 'uri';
  // A method, so that a table of any record type is a Table<unknown> (tables are only ever rendered with their own records).
  value(record: T): Cell;
}

/** A column whose values are keys into another table (Table Schema `foreignKeys`). */
export interface ForeignKey {
  readonly column: string;
  /** Path of the referenced CSV, e.g. `data/history-places.csv`. */
  readonly path: string;
  readonly references: string;
}

/** A flat table of records, written to `path` as CSV. */
export interface Table<T> {
  readonly path: string;
  readonly records: readonly T[];
  readonly columns: readonly Column<T>[];
  /** The column whose values are unique: the Table Schema `primaryKey`. */
  readonly primaryKey: string;
  readonly foreignKeys?: readonly ForeignKey[];
}

/**
 * Quotes one CSV field per RFC 4180 when it needs quoting.
 *
 * @example
 * ```ts
 * csvField('a, "b"'); //=> '"a, ""b"""'
 * ```
 */
export function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Renders rows (the first one the header) as RFC 4180 CSV with CRLF line ends.
 *
 * @example
 * ```ts
 * toCsv([['id', 'n'], ['a', 1]]); //=> 'id,n\r\na,1\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A table's CSV text: the header row, then one row per record (UTF-8, no
 * byte-order mark; see the README on opening it in Excel).
 *
 * @example
 * ```ts
 * renderTable({ path: 'data/x.csv', primaryKey: 'id', records: [{ id: 'a' }], columns: [{ name: 'id', description: 'Id.', value: (r) => r.id }] });
 * //=> 'id\r\na\r\n'
 * ```
 */
export const renderTable = <T>(table: Table<T>): string =>
  toCsv([table.columns.map((column) => column.name), ...table.records.map((record) => table.columns.map((column) => column.value(record)))]);

/**
 * The Frictionless v2 Table Schema of a table: typed, described fields, the
 * primary key, and foreign keys to the resources `resourceOf` names.
 *
 * @example
 * ```ts
 * tableSchema({ path: 'data/x.csv', primaryKey: 'id', records: [], columns: [{ name: 'id', description: 'Id.', value: () => undefined }] }, (path) => path).primaryKey;
 * //=> ['id']
 * ```
 */
export function tableSchema<T>(table: Table<T>, resourceOf: (path: string) => string): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: table.columns.map((column) => ({
      name: column.name,
      type: column.type ?? 'string',
      ...(column.format ? { format: column.format } : {}),
      description: column.description,
      ...(column.name === table.primaryKey ? { constraints: { required: true, unique: true } } : {}),
    })),
    primaryKey: [table.primaryKey],
    ...(table.foreignKeys?.length
      ? {
          foreignKeys: table.foreignKeys.map((key) => ({
            fields: [key.column],
            reference: { resource: resourceOf(key.path), fields: [key.references] },
          })),
        }
      : {}),
    missingValues: [''],
  };
}

/**
 * Source ids of a record, joined by `;`, each once.
 *
 * @example
 * ```ts
 * sourceIds([{ source: 'a' }, { source: 'b' }, { source: 'a' }]); //=> 'a;b'
 * ```
 */
export const sourceIds = (refs: readonly { source: string }[]): string => [...new Set(refs.map((ref) => ref.source))].join(';');

/**
 * The values of the variants of a fact (other dates or places some sources give), joined by `;`.
 *
 * @example
 * ```ts
 * variantValues([{ value: '1920-08-27' }, { value: '1920-08-28' }]); //=> '1920-08-27;1920-08-28'
 * ```
 */
export const variantValues = (variants: readonly { value: string }[] | undefined): string | undefined => variants?.map((variant) => variant.value).join(';');

/** The description of a `sources` column. */
export const SOURCES = 'Ids of the sources the record cites (see sources.json), joined by “;”, strongest first.';
/** How a `…_variants` column's description ends. */
export const VARIANTS = 'values other sources give instead, joined by “;” (their sources and why they are not preferred are in the JSON record)';
