import { events } from '../../src/data/events.js';
import { signatories } from '../../src/data/signatories.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import type { Event as EventRecord } from '../../src/schemas/event.js';
import type { Signatory as SignatoryRecord } from '../../src/schemas/signatory.js';
import type { Emitter } from '../emitter.js';

/** One CSV cell before quoting. */
type Cell = string | number | boolean | undefined;

/** Quotes one CSV field per RFC 4180 when it needs quoting. */
export function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders rows (the first one the header) as RFC 4180 CSV with CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One column of a flat table: its header, what it holds, and how a record fills it. */
interface Column<T> {
  readonly name: string;
  readonly description: string;
  readonly value: (record: T) => Cell;
}

/** A flat table of records, written to `path`. */
interface Table<T> {
  readonly path: string;
  readonly records: readonly T[];
  readonly columns: readonly Column<T>[];
}

/** Source ids of a record, joined by `;`. */
const sourceIds = (refs: readonly { source: string }[]): string => [...new Set(refs.map((ref) => ref.source))].join(';');

/** The values of the variants of a fact (other dates or places some sources give), joined by `;`. */
const variantValues = (variants: readonly { value: string }[] | undefined): string | undefined =>
  variants?.map((variant) => variant.value).join(';');

const SOURCES = 'Ids of the sources the record cites (see sources.json), joined by “;”, strongest first.';
const VARIANTS = 'values other sources give instead, joined by “;” (their sources and why they are not preferred are in the JSON record)';

type Event = DeepReadonly<EventRecord>;
type Signatory = DeepReadonly<SignatoryRecord>;

const eventTable: Table<Event> = {
  path: 'data/events.csv',
  records: events,
  columns: [
    { name: 'id', description: 'Stable id of the event.', value: (event) => event.id },
    { name: 'date', description: 'Preferred date (ISO 8601).', value: (event) => event.date },
    { name: 'end_date', description: 'Last day, for an event of several days.', value: (event) => event.endDate },
    { name: 'kind', description: 'Kind of event.', value: (event) => event.kind },
    { name: 'place', description: 'Id of the place in places.json.', value: (event) => event.place },
    { name: 'title_en', description: 'Title in English (the dataset’s wording).', value: (event) => event.title.en },
    { name: 'title_lt', description: 'Title in Lithuanian (the dataset’s wording).', value: (event) => event.title.lt },
    { name: 'title_ru', description: 'Title in Russian (the dataset’s wording).', value: (event) => event.title.ru },
    { name: 'confidence', description: 'high, medium or low.', value: (event) => event.confidence },
    { name: 'date_variants', description: `Dates: ${VARIANTS}.`, value: (event) => variantValues(event.variants) },
    { name: 'sources', description: SOURCES, value: (event) => sourceIds(event.sources) },
  ],
};

const signatoryTable: Table<Signatory> = {
  path: 'data/signatories.csv',
  records: signatories,
  columns: [
    { name: 'id', description: 'Stable id of the person.', value: (person) => person.id },
    { name: 'side', description: 'Id of the party whose government appointed them.', value: (person) => person.side },
    { name: 'order', description: 'Position in the preamble list of plenipotentiaries.', value: (person) => person.order },
    { name: 'name_printed', description: 'Name as printed in the 1920 English translation.', value: (person) => person.names.printed },
    { name: 'name_native', description: 'Name in the person’s own language.', value: (person) => person.names.native },
    { name: 'name_russian', description: 'Russian form with patronymic, as in the Russian text.', value: (person) => person.names.russian },
    { name: 'name_polish', description: 'Polish form, where a source gives one.', value: (person) => person.names.polish },
    { name: 'head_of_delegation', description: 'true for the head of a delegation.', value: (person) => person.headOfDelegation ?? false },
    { name: 'office', description: 'Office in July 1920 (the dataset’s wording).', value: (person) => person.office },
    { name: 'born', description: 'Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.', value: (person) => person.born?.date },
    { name: 'born_approximate', description: 'true when the source gives the birth date only approximately.', value: (person) => person.born?.approximate ?? false },
    { name: 'born_place', description: 'Place of birth.', value: (person) => person.born?.place },
    { name: 'born_variants', description: `Birth dates: ${VARIANTS}.`, value: (person) => variantValues(person.born?.variants) },
    { name: 'died', description: 'Date of death: YYYY, YYYY-MM or YYYY-MM-DD.', value: (person) => person.died?.date },
    { name: 'died_approximate', description: 'true when the source gives the death date only approximately (“about 1956”).', value: (person) => person.died?.approximate ?? false },
    { name: 'died_place', description: 'Place of death.', value: (person) => person.died?.place },
    { name: 'died_variants', description: `Death dates: ${VARIANTS}.`, value: (person) => variantValues(person.died?.variants) },
    { name: 'died_place_variants', description: `Places of death: ${VARIANTS}.`, value: (person) => variantValues(person.died?.placeVariants) },
    { name: 'sources', description: SOURCES, value: (person) => sourceIds(person.sources) },
  ],
};

/** Renders a table: the header row, then one row per record. */
const render = <T>(table: Table<T>): string =>
  toCsv([table.columns.map((column) => column.name), ...table.records.map((record) => table.columns.map((column) => column.value(record)))]);

/** `path#column` → what the column holds. */
const describe = <T>(table: Table<T>): [string, string][] => table.columns.map((column) => [`${table.path}#${column.name}`, column.description]);
const descriptions = new Map([...describe(eventTable), ...describe(signatoryTable)]);

/**
 * What a column of a generated CSV holds, for the Data Package's table
 * schema; `undefined` for an unknown file or column.
 *
 * @example
 * ```ts
 * csvColumnDescription('data/signatories.csv', 'died_approximate'); // 'true when the source gives …'
 * ```
 */
export const csvColumnDescription = (path: string, column: string): string | undefined => descriptions.get(`${path}#${column}`);

/**
 * Emits `data/events.csv` and `data/signatories.csv`: flat tables for
 * spreadsheets. A fact with variants gives the preferred value in its own
 * column and the others in a `…_variants` column, joined by `;`.
 */
const emitCsv: Emitter = () => [
  { path: eventTable.path, content: render(eventTable) },
  { path: signatoryTable.path, content: render(signatoryTable) },
];

export default emitCsv;
