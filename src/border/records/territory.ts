/**
 * What the territory polygon of `lt-ru-1920/border` is, in words: the
 * hand-written properties of the one territory record. Its outline is built
 * from the line and the closing stretches (`closure.ts`).
 */
import type { Territory } from '../../schemas/border.js';

/**
 * The territory record's own properties, without `kind`, `areaKm2` and `closure`, which the generator computes.
 *
 * @example
 * ```ts
 * territoryInput.id; //=> 'territory-1920'
 * ```
 */
export const territoryInput: Omit<Territory['properties'], 'kind' | 'areaKm2' | 'closure'> = {
  id: 'territory-1920',
  name: 'Territory recognised as Lithuanian by the Soviet–Lithuanian Peace Treaty of 12 July 1920 (schematic)',
  status:
    'Recognised by the RSFSR on 12 July 1920 (ratifications exchanged in Moscow on 14 October 1920); the de jure claim of interwar Lithuania, never fully under its control.',
  precision: 'schematic',
  excludes:
    'The Memel (Klaipėda) Territory: detached from Germany by the Treaty of Versailles (Art. 99), under Allied administration in July 1920 and joined to Lithuania only in 1923.',
  sources: [
    { source: 'syb-1921', locator: 'p. 1248 (summary of Art. II)' },
    { source: 'bfsp-1121', locator: 'p. 1121, heading', quote: 'Ratifications exchanged at Moscow, October 14, 1920.' },
    { source: 'w-pl', locator: 'Art. II, uwaga 1', quote: 'Traktat nie regulował granicy między Litwą a Polską' },
    { source: 'tfdd', locator: 'Art. II (LNTS English translation)' },
  ],
};
