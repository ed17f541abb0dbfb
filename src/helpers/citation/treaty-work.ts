import { treatyCitation } from '../../generated/treaty-citation.generated.js';
import { readableDate } from './dates.js';
import type { CitationWork } from './work.js';

/**
 * The treaty itself as a citable work, dated as the source that prints it:
 * the League of Nations Treaty Series, vol. 3, which printed it after its
 * registration on 8 March 1921, so the citation's date is that year, while
 * the title carries the place and date of signature. Both parties are its
 * authors, in the order its title names them. Everything is read through a
 * generated table, so that a citation loads none of the records.
 *
 * @internal
 * @example
 * ```ts
 * treatyWork().title; //=> 'Treaty of Peace between Lithuania and Russia, signed at Moscow, 12 July 1920'
 * treatyWork().issued; //=> '1921'
 * ```
 */
export function treatyWork(): CitationWork {
  const { id, title, parties, signedOn, signedAt, series, volume, pages, registeredOn } = treatyCitation;
  const signed = `signed${signedAt === undefined ? '' : ` at ${signedAt}`}, ${readableDate(signedOn)}`;
  return {
    kind: 'treaty',
    key: id,
    title: `${title}, ${signed}`,
    authors: [...parties],
    issued: registeredOn.slice(0, 4),
    signedOn,
    ...(signedAt === undefined ? {} : { place: signedAt }),
    printedIn: { series, volume, pages: { first: pages.first, last: pages.last } },
    registeredOn,
  };
}
