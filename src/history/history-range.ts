import { SIGNED_ON } from '../generated/dates.generated.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/**
 * The stretch of time `lt-ru-1920/history` covers, both days inclusive: from
 * the signing of the treaty (`SIGNED_ON` of `lt-ru-1920`, from the event
 * `treaty-signed`) to the end of 1940. Every place's control periods
 * cover it without gap or overlap; `statusOn` answers for any day in it.
 *
 * @example
 * ```ts
 * historyRange.from; //=> '1920-07-12'
 * historyRange.to; //=> '1940-12-31'
 * ```
 */
export const historyRange = deepFreeze({ from: SIGNED_ON, to: '1940-12-31' } as const);
