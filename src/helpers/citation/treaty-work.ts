import { treatyCitation } from '../../generated/treaty-citation.generated.js';
import type { CitationWork } from './work.js';

/**
 * The treaty itself as a citable work: its English title, date and place of
 * signature from the treaty record, and its volume and pages in the League
 * of Nations Treaty Series from the registration record, read through a
 * generated table so that a citation loads neither record.
 *
 * @internal
 * @example
 * ```ts
 * treatyWork().printedIn?.volume; //=> registration.volume
 * ```
 */
export function treatyWork(): CitationWork {
  const { id, title, signedOn, signedAt, series, volume, pages, registeredOn } = treatyCitation;
  return {
    kind: 'treaty',
    key: id,
    title,
    authors: [],
    issued: signedOn,
    ...(signedAt === undefined ? {} : { place: signedAt }),
    printedIn: { series, volume, pages: { first: pages.first, last: pages.last } },
    registeredOn,
  };
}
