import type { Source } from '../../schemas/source.js';
import { copiesAndDerivatives } from './copies-and-derivatives.js';
import { documentsOfTheTime } from './documents-of-the-time.js';
import { mapsAndGazetteers } from './maps-and-gazetteers.js';
import { referenceWorks } from './reference-works.js';
import { scholarship } from './scholarship.js';
import { wikis } from './wikis.js';

/**
 * The bibliography, written once: every work any record of `lt-ru-1920`,
 * `lt-ru-1920/border` or `lt-ru-1920/history` cites, one record per work,
 * in one hand-written file per kind of work. Where a new work goes is
 * decided by what the work is (its tier, by the rule in
 * docs/sources-and-method.md), never by when or for which entry it was found:
 *
 * - `documents-of-the-time.ts` — tier `primary`: treaties, laws, notes,
 *   official gazettes and collections, the press and yearbooks of the time;
 * - `scholarship.ts` — tier `scholarly`: academic monographs and articles,
 *   critical editions of documents;
 * - `reference-works.ts` — tier `reference`: encyclopaedias, biographical
 *   dictionaries, museum, archive and library information pages;
 * - `maps-and-gazetteers.ts` — tier `reference`: maps, gazetteers, geodata sets;
 * - `wikis.ts` — tier `wiki`: Wikipedia and other open wikis read at the wiki;
 * - `copies-and-derivatives.ts` — tier `derivative`: mirrors, retyped or
 *   machine-translated copies, summaries, popular retellings.
 *
 * Inside a file, works stand in the order of their ids. A work that is
 * re-tiered moves to the file of its new tier (tests/sources checks that
 * every file holds only its tier). The two bibliographies users import are
 * generated from these files by scripts/emit/sources.ts: `sources` of `.`
 * (src/generated/sources.generated.ts) and `historySources` of `./history`
 * (src/generated/history-sources.generated.ts), so that `.` never bundles a work only the
 * history cites.
 *
 * @example
 * ```ts
 * works.find((work) => work.id === 'bfsp-1121')?.tier; //=> 'primary'
 * ```
 */
export const works: readonly Source[] = [...documentsOfTheTime, ...scholarship, ...referenceWorks, ...mapsAndGazetteers, ...wikis, ...copiesAndDerivatives];

/**
 * Each hand-written file of the bibliography with the tier its works have.
 *
 * @example
 * ```ts
 * worksByFile.find((file) => file.file === 'wikis')?.tier; //=> 'wiki'
 * ```
 */
export const worksByFile: readonly { readonly file: string; readonly tier: Source['tier']; readonly works: readonly Source[] }[] = [
  { file: 'documents-of-the-time', tier: 'primary', works: documentsOfTheTime },
  { file: 'scholarship', tier: 'scholarly', works: scholarship },
  { file: 'reference-works', tier: 'reference', works: referenceWorks },
  { file: 'maps-and-gazetteers', tier: 'reference', works: mapsAndGazetteers },
  { file: 'wikis', tier: 'wiki', works: wikis },
  { file: 'copies-and-derivatives', tier: 'derivative', works: copiesAndDerivatives },
];
