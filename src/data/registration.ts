import { eventDates } from '../generated/dates.generated.js';
import { type DeepReadonly, deepFreeze } from '../internal/deep-freeze.js';
import type { LeagueRegistration } from '../schemas/league-registration.js';

const EVENT = 'lnts-registration';

/**
 * The treaty's registration with the League of Nations and its place in the
 * League of Nations Treaty Series: vol. 3, pp. 106–137. The date comes from
 * the event `lnts-registration`; the registration number was not found.
 *
 * @example
 * registration.volume //=> 3
 * registration.pages //=> { first: 106, last: 137 }
 */
export const registration: DeepReadonly<LeagueRegistration> = deepFreeze<DeepReadonly<LeagueRegistration>>({
  id: 'league-of-nations-registration',
  registeredOn: eventDates[EVENT].date,
  event: EVENT,
  series: 'League of Nations Treaty Series',
  volume: 3,
  pages: { first: 106, last: 137 },
  confidence: 'low',
  note: 'The printed volume was not seen, and searches of the stored copies of the LNTS, the League’s Official Journal and treaty calendars (December 2026) found none. The page range rests on a reference in Portuguese Wikipedia, and every copy of the registration date seen goes back to English Wikipedia; the LNTS transcription in TFDD only shows that pp. 123–124 fall inside the range.',
  unknown: ['registrationNumber'],
  sources: [
    { source: 'w-pt', locator: 'reference 2', quote: 'League of Nations Treaty Series, vol. 3, pp. 106-137' },
    { source: 'w-en', locator: 'lead, second paragraph', quote: 'The treaty was registered in the League of Nations Treaty Series on March 8, 1921.' },
    {
      source: 'tfdd',
      locator: 'transcription note on the missing LNTS pages, which lie inside the range',
      quote: '[Missing Page from 123 –124 in the original paper document]',
    },
  ],
});
