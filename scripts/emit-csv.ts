import { events } from '../src/data/events.js';
import { signatories } from '../src/data/signatories.js';
import type { Emitter } from './emitter.js';

/** Quotes one CSV field per RFC 4180 when it needs quoting. */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders rows (the first one the header) as RFC 4180 CSV with CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Source ids of a record, joined by `;`. */
const sourceIds = (refs: readonly { source: string }[]): string => [...new Set(refs.map((ref) => ref.source))].join(';');

/** Emits `data/events.csv` and `data/signatories.csv`: flat tables for spreadsheets. */
const emitCsv: Emitter = () => [
  {
    path: 'data/events.csv',
    content: toCsv([
      ['id', 'date', 'end_date', 'kind', 'place', 'title_en', 'title_lt', 'title_ru', 'confidence', 'date_variants', 'sources'],
      ...events.map((event) => [
        event.id,
        event.date,
        event.endDate,
        event.kind,
        event.place,
        event.title.en,
        event.title.lt,
        event.title.ru,
        event.confidence,
        event.variants?.map((variant) => variant.value).join(';'),
        sourceIds(event.sources),
      ]),
    ]),
  },
  {
    path: 'data/signatories.csv',
    content: toCsv([
      ['id', 'side', 'order', 'name_printed', 'name_native', 'name_russian', 'name_polish', 'head_of_delegation', 'office', 'born', 'died', 'sources'],
      ...signatories.map((person) => [
        person.id,
        person.side,
        person.order,
        person.names.printed,
        person.names.native,
        person.names.russian,
        person.names.polish,
        person.headOfDelegation ?? false,
        person.office,
        person.born?.date,
        person.died?.date,
        sourceIds(person.sources),
      ]),
    ]),
  },
];

export default emitCsv;
