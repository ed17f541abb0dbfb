import { NotFoundError } from './command.js';
import { normalizeName } from './normalize-name.js';
import { editDistance } from './suggest.js';

/** A record the CLI can find: its id and every name the data holds for it, in any language. */
export interface Named {
  readonly id: string;
  readonly names: readonly string[];
}

/**
 * The record whose id or one of whose names is `query`, compared by
 * {@link normalizeName} (case, diacritics, `ł`, hyphens and spaces do not
 * matter). When nothing matches, a `NotFoundError` suggests the closest names
 * of any record in any language (one edit per three letters typed, at most three,
 * or containing the query), each with its id; when several records match, it names them all.
 *
 * @example
 * ```ts
 * const places = [{ id: 'vilnius', names: ['Vilnius', 'Wilno', 'Вильно'] }];
 * findByName('place', 'WILNO', places).id; //=> 'vilnius'
 * findByName('place', 'wilnoo', places); // NotFoundError: no place "wilnoo"; did you mean "Wilno" (vilnius)?
 * ```
 */
export function findByName<T extends Named>(what: string, query: string, candidates: readonly T[]): T {
  const key = normalizeName(query);
  const matches = candidates.filter((candidate) => normalizeName(candidate.id) === key || candidate.names.some((name) => normalizeName(name) === key));
  if (matches.length === 1) return matches[0] as T;
  if (matches.length > 1) {
    throw new NotFoundError(`"${query}" names ${matches.length} ${what} records: ${matches.map((match) => match.id).join(', ')}; give the id`);
  }
  // Short names are close to many others: allow one edit per three letters typed, at most three.
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const best = new Map<string, { name: string; distance: number }>();
  for (const candidate of candidates) {
    for (const name of [candidate.id, ...candidate.names]) {
      const form = normalizeName(name);
      const distance = editDistance(key, form);
      if (!(distance <= allowed || (key.length >= 3 && form.includes(key)))) continue;
      const known = best.get(candidate.id);
      if (known === undefined || distance < known.distance) best.set(candidate.id, { name, distance });
    }
  }
  const close = [...best.entries()]
    .sort(([, a], [, b]) => a.distance - b.distance)
    .slice(0, 3)
    .map(([id, { name }]) => (name === id ? `"${id}"` : `"${name}" (${id})`));
  const hint = close.length > 0 ? `did you mean ${close.join(' or ')}?` : `known: ${candidates.map((candidate) => candidate.id).join(', ')}`;
  return fail(`no ${what} "${query}"; ${hint}`);
}

function fail(message: string): never {
  throw new NotFoundError(message);
}
