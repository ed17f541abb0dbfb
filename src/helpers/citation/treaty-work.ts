import { SIGNED_ON } from '../../data/dates.generated.js';
import { registration } from '../../data/registration.js';
import { treatyCitation } from './treaty-citation.generated.js';
import type { CitationWork } from './work.js';

/**
 * The treaty itself as a citable work: its English title, date and place of
 * signature (read from the treaty record through a generated table, so that
 * a citation does not load the whole record) and its volume and pages in the
 * League of Nations Treaty Series from the registration record.
 *
 * @internal
 * @example
 * ```ts
 * treatyWork().printedIn?.volume; //=> registration.volume
 * ```
 */
export function treatyWork(): CitationWork {
  return {
    kind: 'treaty',
    key: treatyCitation.id,
    title: treatyCitation.title,
    authors: [],
    issued: SIGNED_ON,
    ...(treatyCitation.signedAt === undefined ? {} : { place: treatyCitation.signedAt }),
    printedIn: {
      series: registration.series,
      volume: registration.volume,
      pages: { first: registration.pages.first, last: registration.pages.last },
    },
    registeredOn: registration.registeredOn,
  };
}
