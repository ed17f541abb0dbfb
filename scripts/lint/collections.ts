import { border } from '../../src/border/index.js';
import { articles } from '../../src/data/articles.js';
import { events } from '../../src/data/events.js';
import { parties } from '../../src/data/parties.js';
import { places } from '../../src/data/places.js';
import { ratifications } from '../../src/data/ratifications.js';
import { registration } from '../../src/data/registration.js';
import { signatories } from '../../src/data/signatories.js';
import { treaty } from '../../src/data/treaty.js';
import { controlPeriods } from '../../src/history/records/control-periods.js';
import { figures } from '../../src/history/records/figures.js';
import { holders } from '../../src/history/records/holders.js';
import { historyPlaces } from '../../src/history/records/places.js';
import { titles } from '../../src/history/records/titles.js';

/**
 * Every record collection of `.`, `./border` and `./history`, by the name
 * users import; the bibliographies are not among them. Each is read from its
 * own module, not through an entry's index, which would also load the
 * generated bibliographies: `emit/sources.ts` writes those from these records,
 * and a module loaded before it is rewritten stays stale for the rest of the run.
 *
 * @example
 * ```ts
 * Object.keys(collections()).includes('controlPeriods'); //=> true
 * ```
 */
export function collections(): Readonly<Record<string, readonly unknown[]>> {
  return {
    events,
    signatories,
    parties,
    ratifications,
    registration: [registration],
    articles,
    places,
    treaty: [treaty],
    border: border.features.map((feature) => feature.properties),
    holders,
    historyPlaces,
    controlPeriods,
    titles,
    figures,
  };
}
