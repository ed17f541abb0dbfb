/**
 * Levenshtein distance between two short strings (insertions, deletions and
 * substitutions of UTF-16 code units, each counting one).
 *
 * @example
 * ```ts
 * editDistance('wilnoo', 'wilno'); //=> 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The not-found message for `what` (e.g. `event`) and `id`, with the closest
 * known ids (at most three edits away, or containing `id`) as suggestions.
 *
 * @example
 * ```ts
 * notFoundMessage('event', 'treaty-signd', ['treaty-signed']); //=> 'no event "treaty-signd"; did you mean "treaty-signed"?'
 * ```
 */
export function notFoundMessage(what: string, id: string, known: readonly string[]): string {
  const close = known
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ candidate, distance }) => distance <= 3 || (id.length >= 3 && candidate.includes(id)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => `"${candidate}"`);
  const hint = close.length > 0 ? `; did you mean ${close.join(' or ')}?` : `; known ids: ${known.join(', ')}`;
  return `no ${what} "${id}"${hint}`;
}
