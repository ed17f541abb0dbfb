import { deepFreeze } from '../internal/deep-freeze.js';

/**
 * The stretch of time `lt-ru-1920/history` covers, both days inclusive: from
 * the signing of the treaty to the end of 1940. Every place's control periods
 * cover it without gap or overlap; `statusOn` answers for any day in it.
 *
 * @example
 * ```ts
 * historyRange.from; //=> '1920-07-12'
 * historyRange.to; //=> '1940-12-31'
 * ```
 */
export const historyRange = deepFreeze({ from: '1920-07-12', to: '1940-12-31' } as const);
