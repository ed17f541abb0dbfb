import type { Named } from './find-by-name.js';

/**
 * The places the CLI can find by name: every record of `places` (names in
 * every language the data holds) and, for the 17 places of
 * `lt-ru-1920/history`, their position and whether the treaty put them
 * inside its line. Loads both entries.
 *
 * @example
 * ```ts
 * const places = await placeCatalogue();
 * places.find((place) => place.id === 'hrodna')?.names; //=> ['Hrodna', 'Gardinas', 'Гродно', 'Grodno', 'Гродна']
 * ```
 */
export async function placeCatalogue() {
  const [{ places }, { historyPlaces }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
  return places.map((place) => ({
    id: place.id,
    name: place.name,
    names: [...new Set(Object.values(place.name) as string[])],
    history: historyPlaces.find((candidate) => candidate.id === place.id),
  })) satisfies Named[];
}

/** One place of {@link placeCatalogue}. */
export type CataloguePlace = Awaited<ReturnType<typeof placeCatalogue>>[number];

/**
 * The name of a power (a holder of `lt-ru-1920/history` or a treaty party of
 * `lt-ru-1920`, by short name) in each language the data holds, by id.
 *
 * @example
 * ```ts
 * (await powerNames()).get('ussr')?.en; //=> 'Soviet Union'
 * (await powerNames()).get('rsfsr')?.en; //=> 'Russia'
 * ```
 */
export async function powerNames() {
  const [{ parties }, { holders }] = await Promise.all([import('../index.js'), import('../history/index.js')]);
  return new Map([...parties.map((party) => [party.id, party.shortName] as const), ...holders.map((holder) => [holder.id, holder.name] as const)]);
}
