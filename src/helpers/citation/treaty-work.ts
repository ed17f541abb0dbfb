import { places } from '../../data/places.js';
import { registration } from '../../data/registration.js';
import { treaty } from '../../data/treaty.js';
import type { CitationWork } from './work.js';

/**
 * The treaty itself as a citable work: its English title, date and place of
 * signature from the treaty record, and its volume and pages in the League
 * of Nations Treaty Series from the registration record.
 *
 * @internal
 * @example
 * ```ts
 * treatyWork().printedIn?.volume; //=> registration.volume
 * ```
 */
export function treatyWork(): CitationWork {
  const english = treaty.names.filter((name) => name.language === 'en');
  const title = (english.find((name) => name.kind === 'title') ?? english[0])?.name;
  if (title === undefined) throw new Error('cite: the treaty record has no English name');
  const place = places.find((candidate) => candidate.id === treaty.signedAt)?.name.en;
  return {
    kind: 'treaty',
    key: treaty.id,
    title,
    authors: [],
    issued: treaty.signedOn,
    ...(place === undefined ? {} : { place }),
    printedIn: {
      series: registration.series,
      volume: registration.volume,
      pages: { first: registration.pages.first, last: registration.pages.last },
    },
    registeredOn: registration.registeredOn,
  };
}
