/**
 * `lt-ru-1920/schemas`: a zod 4 schema for every record type of the dataset,
 * with `.meta({ title, description })` on every field, and `validate(kind,
 * value)`, which never throws. The same schemas ship as JSON Schema 2020-12
 * under `lt-ru-1920/schemas/*.json`.
 *
 * @example
 * ```ts
 * import { validate } from 'lt-ru-1920/schemas';
 * validate('Event', { id: 'x' }).ok; //=> false
 * ```
 * @module lt-ru-1920/schemas
 */

export * from './article.js';
export * from './border.js';
export * from './common.js';
export * from './dated-fact.js';
export * from './event.js';
export * from './history.js';
export * from './league-registration.js';
export * from './localized-text.js';
export * from './party.js';
export * from './place.js';
export * from './ratification.js';
export * from './record-schemas.js';
export * from './signatory.js';
export * from './source.js';
export * from './source-ref.js';
export * from './treaty.js';
export * from './treaty-name.js';
export * from './validate.js';
export * from './variant.js';
