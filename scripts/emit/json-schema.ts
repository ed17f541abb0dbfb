import * as z from 'zod';
import { recordSchemas } from '../../src/schemas/record-schemas.js';
import { type Emitter, toJsonText } from '../emitter.js';

/** Base of the `$id` of every shipped JSON Schema; the files resolve through the package's `./schemas/*.json` export. */
export const schemaBaseUri = 'https://unpkg.com/lt-ru-1920/schemas';

/**
 * Emits `schemas/<Name>.schema.json` (JSON Schema 2020-12) for every record
 * schema, through a private registry so that nothing is written into zod's
 * global registry and cross-file `$ref`s stay absolute.
 */
const emitJsonSchema: Emitter = () => {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(recordSchemas)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `${schemaBaseUri}/${id}.schema.json`,
  });
  return Object.entries(schemas).map(([name, schema]) => ({
    path: `schemas/${name}.schema.json`,
    content: toJsonText(schema),
  }));
};

export default emitJsonSchema;
