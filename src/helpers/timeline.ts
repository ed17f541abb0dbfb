import { events } from '../data/events.js';
import type { DeepReadonly } from '../internal/deep-freeze.js';
import { assertIsoDate } from '../internal/iso-date.js';
import type { Event, EventKind } from '../schemas/event.js';

/** Filters for `timeline`: an inclusive date range and event kinds. */
export interface TimelineOptions {
  /** Earliest date to include, ISO `YYYY-MM-DD` (inclusive). */
  readonly from?: string;
  /** Latest date to include, ISO `YYYY-MM-DD` (inclusive). */
  readonly to?: string;
  /** One kind or a list of kinds to keep. */
  readonly kind?: EventKind | readonly EventKind[];
}

/**
 * The events in chronological order, optionally filtered. Returns a new
 * frozen array on every call; the records in it are the shared frozen ones.
 * Throws a `RangeError` for a date that is not a calendar day written
 * `YYYY-MM-DD` (`1920-02-30` included) and a `TypeError` for a date that is
 * not a string, options that are not an object or a `kind` that is not a
 * string or string array.
 *
 * @example
 * ```ts
 * timeline({ from: '1920-07-01', to: '1920-10-31', kind: 'ratification' }).map((e) => e.date);
 * //=> ['1920-08-06', '1920-09-09']
 * ```
 */
export function timeline(options: TimelineOptions = {}): readonly DeepReadonly<Event>[] {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`timeline: options must be an object, received ${options === null ? 'null' : typeof options}`);
  }
  const { from, to, kind } = options;
  if (from !== undefined) assertIsoDate('timeline', 'options.from', from);
  if (to !== undefined) assertIsoDate('timeline', 'options.to', to);
  if (kind !== undefined && typeof kind !== 'string' && !(Array.isArray(kind) && kind.every((item) => typeof item === 'string'))) {
    throw new TypeError('timeline: options.kind must be an event kind or an array of event kinds');
  }
  const kinds = kind === undefined ? undefined : new Set<string>(typeof kind === 'string' ? [kind] : kind);
  const selected = events.filter(
    (event) => (from === undefined || event.date >= from) && (to === undefined || event.date <= to) && (kinds === undefined || kinds.has(event.kind)),
  );
  selected.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return Object.freeze(selected);
}
