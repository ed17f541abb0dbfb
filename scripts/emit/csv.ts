import { events } from '../../src/data/events.js';
import { signatories } from '../../src/data/signatories.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import { rawPath } from '../../src/internal/raw-files.js';
import type { Event as EventRecord } from '../../src/schemas/event.js';
import type { Signatory as SignatoryRecord } from '../../src/schemas/signatory.js';
import type { Emitter } from '../emitter.js';
import { controlPeriodTable, historyPlaceTable } from './history-tables.js';
import { type Column, renderTable, SOURCES, sourceIds, type Table, VARIANTS, variantValues } from './table.js';

export { csvField, toCsv } from './table.js';

type Event = DeepReadonly<EventRecord>;
type Signatory = DeepReadonly<SignatoryRecord>;

export const eventTable: Table<Event> = {
  path: rawPath('events', 'csv'),
  records: events,
  primaryKey: 'id',
  columns: [
    { name: 'id', description: 'Stable id of the event.', value: (event) => event.id },
    { name: 'date', type: 'date', description: 'Preferred date (ISO 8601).', value: (event) => event.date },
    { name: 'end_date', type: 'date', description: 'Last day, for an event of several days.', value: (event) => event.endDate },
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

export const signatoryTable: Table<Signatory> = {
  path: rawPath('signatories', 'csv'),
  records: signatories,
  primaryKey: 'id',
  columns: [
    { name: 'id', description: 'Stable id of the person.', value: (person) => person.id },
    { name: 'side', description: 'Id of the party whose government appointed them.', value: (person) => person.side },
    { name: 'order', type: 'integer', description: 'Position in the preamble list of plenipotentiaries.', value: (person) => person.order },
    { name: 'name_printed', description: 'Name as printed in the 1920 English translation.', value: (person) => person.names.printed },
    { name: 'name_native', description: 'Name in the person’s own language.', value: (person) => person.names.native },
    { name: 'name_russian', description: 'Russian form with patronymic, as in the Russian text.', value: (person) => person.names.russian },
    { name: 'name_polish', description: 'Polish form, where a source gives one.', value: (person) => person.names.polish },
    { name: 'head_of_delegation', type: 'boolean', description: 'true for the head of a delegation.', value: (person) => person.headOfDelegation ?? false },
    { name: 'office', description: 'Office in July 1920 (the dataset’s wording).', value: (person) => person.office },
    { name: 'born', description: 'Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.', value: (person) => person.born?.date },
    {
      name: 'born_approximate',
      type: 'boolean',
      description: 'true when the source gives the birth date only approximately.',
      value: (person) => person.born?.approximate ?? false,
    },
    { name: 'born_place', description: 'Place of birth.', value: (person) => person.born?.place },
    { name: 'born_variants', description: `Birth dates: ${VARIANTS}.`, value: (person) => variantValues(person.born?.variants) },
    { name: 'died', description: 'Date of death: YYYY, YYYY-MM or YYYY-MM-DD.', value: (person) => person.died?.date },
    {
      name: 'died_approximate',
      type: 'boolean',
      description: 'true when the source gives the death date only approximately (“about 1956”).',
      value: (person) => person.died?.approximate ?? false,
    },
    { name: 'died_place', description: 'Place of death.', value: (person) => person.died?.place },
    { name: 'died_variants', description: `Death dates: ${VARIANTS}.`, value: (person) => variantValues(person.died?.variants) },
    { name: 'died_place_variants', description: `Places of death: ${VARIANTS}.`, value: (person) => variantValues(person.died?.placeVariants) },
    { name: 'sources', description: SOURCES, value: (person) => sourceIds(person.sources) },
  ],
};

/** Every CSV the package ships, each described by its columns (types, keys) in one place. */
export const csvTables: readonly Table<unknown>[] = [eventTable, signatoryTable, historyPlaceTable, controlPeriodTable];

/**
 * What a column of a generated CSV holds; `undefined` for an unknown file or column.
 *
 * @example
 * ```ts
 * csvColumnDescription('data/signatories.csv', 'died_approximate'); // 'true when the source gives …'
 * ```
 */
export const csvColumnDescription = (path: string, column: string): string | undefined =>
  csvTables.find((table) => table.path === path)?.columns.find((candidate: Column<unknown>) => candidate.name === column)?.description;

/**
 * Emits the CSVs (`data/events.csv`, `data/signatories.csv`,
 * `data/history-places.csv`, `data/control-periods.csv`): flat tables for
 * spreadsheets, one row per record. A fact with variants gives the
 * preferred value in its own column and the others in a `…_variants`
 * column, joined by `;`.
 */
const emitCsv: Emitter = () => csvTables.map((table) => ({ path: table.path, content: renderTable(table) }));

export default emitCsv;
