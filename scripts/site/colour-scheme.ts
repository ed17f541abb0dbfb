/**
 * How every picture (the map page, docs/history.svg, docs/map.svg) colours
 * each holder, and the name it shows for it. One place, so that they agree.
 * The colours differ in lightness as well as hue, so that every holder stays
 * distinguishable in greyscale and for readers with protanopia or
 * deuteranopia (tests/site/colour-scheme.test.ts measures it): Russia is a
 * light lavender, the Soviet Union a dark purple.
 */
import { parties } from '../../src/data/parties.js';
import { holders } from '../../src/history/index.js';

/** Fill colour per holder id, in legend order; a holder not listed here fails loudly so that no new holder is drawn in a guessed colour. */
const COLORS: Readonly<Record<string, string>> = {
  lithuania: '#539755',
  poland: '#d92429',
  'central-lithuania': '#fcdf69',
  rsfsr: '#b2b3f5',
  ussr: '#3d0764',
  germany: '#554135',
  'allied-administration': '#5dadc0',
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
 * holderColor('lithuania'); //=> '#539755'
 * ```
 */
export function holderColor(id: string | null): string {
  if (id === null) return UNKNOWN_STYLE.color;
  const color = COLORS[id];
  if (color === undefined) throw new Error(`holder-style: no colour for holder "${id}"; add one to scripts/site/colour-scheme.ts`);
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

/**
 * How the treaty line is drawn for each basis of a segment (the map page,
 * docs/map.svg; docs/history.svg draws it plain): near-black, so that no
 * holder's colour is mistaken for it; strongest evidence solid, weaker dashed.
 *
 * @example
 * ```ts
 * LINE_STYLE['treaty-text'].color; //=> '#1f1f1f'
 * ```
 */
export const LINE_STYLE: Readonly<Record<string, { readonly color: string; readonly dashArray?: string }>> = {
  'treaty-text': { color: '#1f1f1f' },
  'contemporary-summary': { color: '#1f1f1f', dashArray: '9 4' },
  interpolation: { color: '#6b6b6b', dashArray: '2 5' },
};

/**
 * The territory the treaty recognised as Lithuanian: Lithuania's colour, faint.
 * The sides the treaty left undetermined (Art. II note 1) are hatched.
 *
 * @example
 * ```ts
 * TERRITORY_STYLE.fill === holderColor('lithuania'); //=> true
 * ```
 */
export const TERRITORY_STYLE = { fill: COLORS['lithuania'] as string, fillOpacity: 0.22, undetermined: '#6b6b6b' } as const;
