/**
 * How the pictures of `lt-ru-1920/history` (docs/history.svg and the map
 * page) colour each holder, and the name they show for it. One place, so
 * that both pictures agree.
 */
import { parties } from '../../../src/data/parties.js';
import { holders } from '../../../src/history/index.js';

/** Fill colour per holder id, in legend order; a holder not listed here fails loudly so that no new holder is drawn in a guessed colour. */
const COLORS: Readonly<Record<string, string>> = {
  lithuania: '#2e8b57',
  poland: '#d6604d',
  'central-lithuania': '#fdb863',
  rsfsr: '#8073ac',
  ussr: '#542788',
  germany: '#5a5a5a',
  'allied-administration': '#4393c3',
};

/** How a stretch with no known controller (`controller: null`) is drawn. */
export const UNKNOWN_STYLE = { color: '#ffffff', stroke: '#555555', label: 'not known from the sources' } as const;

/** Holder ids in the order legends list them. */
export const HOLDER_ORDER: readonly string[] = Object.keys(COLORS);

/**
 * The fill colour of a holder, or of an unknown controller (`null`).
 *
 * @example
 * ```ts
 * holderColor('lithuania'); //=> '#2e8b57'
 * ```
 */
export function holderColor(id: string | null): string {
  if (id === null) return UNKNOWN_STYLE.color;
  const color = COLORS[id];
  if (color === undefined) throw new Error(`holder-style: no colour for holder "${id}"; add one to scripts/site/history-picture/holder-style.ts`);
  return color;
}

/**
 * The English short name of a holder: its `holders` record, else the treaty party of `.`.
 *
 * @example
 * ```ts
 * holderName('rsfsr'); //=> 'Russia'
 * ```
 */
export function holderName(id: string | null): string {
  if (id === null) return UNKNOWN_STYLE.label;
  const record = holders.find((holder) => holder.id === id) ?? parties.find((party) => party.id === id);
  if (record === undefined) throw new Error(`holder-style: unknown holder "${id}"`);
  return 'shortName' in record && record.shortName ? record.shortName.en : record.name.en;
}
