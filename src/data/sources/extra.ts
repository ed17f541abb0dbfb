import type { Source } from '../../schemas/source.js';

/**
 * Sources found when the citations of the treaty, its articles and its
 * signatories were re-checked against the stored pages: a stronger or a
 * dissenting witness for a single fact. Not frozen here: `sources` spreads
 * them into the bibliography.
 *
 * @example
 * ```ts
 * extraSources.find((s) => s.id === 'w-pl-march')?.tier; //=> 'wiki'
 * ```
 */
export const extraSources: Source[] = [
  {
    id: 'w-pl-march',
    title: 'Julian Marchlewski',
    publisher: 'Wikipedia (Polish)',
    url: 'https://pl.wikipedia.org/wiki/Julian_Marchlewski',
    kind: 'secondary',
    tier: 'wiki',
    language: 'pl',
    note: 'Gives Bogliasco as the place of death, where English Wikipedia says “near Nervi”.',
  },
  {
    id: 'lituanistika-116365',
    title: 'Article on the recognition of Lithuania and the Peace Treaty of 12 July 1920 (record with abstract)',
    publisher: 'Lituanistika',
    url: 'https://www.lituanistika.lt/content/116365',
    kind: 'secondary',
    tier: 'scholarly',
    language: 'lt',
    note: 'Only the Lithuanian and English abstracts of the record were read; the article title was not recorded.',
  },
  {
    id: 'lcva-paroda',
    title: 'Valstybės archyvuose – parodos ne tik lietuvių kalba',
    publisher: 'Lietuvos vyriausiojo archyvaro tarnyba (archyvai.lt)',
    url: 'https://archyvai.lt/lt/lvat/archive/p24/valstybes-archyvuose-parodos-d5pn.html',
    kind: 'secondary',
    tier: 'reference',
    language: 'lt',
    note: 'Notice of the Lithuanian Central State Archives (LCVA) on its virtual exhibition “Lietuvos pasiuntinybei Maskvoje – 100”; names the treaty as the archive catalogues it.',
  },
];
