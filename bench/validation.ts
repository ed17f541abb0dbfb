import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as Border from '../src/border/index.js';
import type * as Data from '../src/index.js';
import type * as Schemas from '../src/schemas/index.js';
import { importBuilt, readShippedJson, root } from './dist.js';
import { type Sample, samplesOf } from './samples.js';
import { now, type Spread, spread } from './stats.js';

/** What figure 3 reports. */
export interface ValidationResult {
  readonly records: number;
  readonly kinds: number;
  readonly zod: Spread;
  readonly validate: Spread;
  readonly ajv: Spread;
  readonly acceptedByZod: number;
  readonly acceptedByAjv: number;
}

/** Minimum duration of one timed run: enough passes over the records to swamp timer noise. */
const runMs = 300;

/** Validates every sample with `check` until `runMs` has passed; returns records per second. */
function recordsPerSecond(samples: readonly Sample[], check: (sample: Sample) => boolean): number {
  let done = 0;
  let accepted = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < runMs) {
    for (const sample of samples) if (check(sample)) accepted++;
    done += samples.length;
    elapsed = now() - start;
  }
  if (accepted < 0) throw new Error('unreachable'); // keeps the results alive
  return (done / elapsed) * 1000;
}

/** ajv (draft 2020-12, with formats) holding every shipped JSON Schema; one compiled validator per kind. */
function ajvValidators(): (sample: Sample) => boolean {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats.default(ajv);
  const files = readdirSync(join(root, 'schemas')).filter((file) => file.endsWith('.schema.json'));
  for (const file of files) ajv.addSchema(readShippedJson(`schemas/${file}`) as object);
  const byKind = new Map<string, (value: unknown) => boolean>();
  return ([kind, record]) => {
    let validator = byKind.get(kind);
    if (!validator) {
      const compiled = ajv.getSchema(`https://unpkg.com/lt-ru-1920/schemas/${kind}.schema.json`);
      if (!compiled) throw new Error(`no JSON Schema for ${kind}`);
      validator = (value) => compiled(value) as boolean;
      byKind.set(kind, validator);
    }
    return validator(record);
  };
}

/**
 * Figure 3: records per second validating every shipped record with the zod
 * schemas (`safeParse`), with `validate()` (zod plus issue formatting), and
 * with ajv on the generated JSON Schemas. The records go through JSON first,
 * as data read from a file or the network would.
 */
export async function measureValidation(runs: number): Promise<ValidationResult> {
  const data = await importBuilt<typeof Data>('lt-ru-1920');
  const border = await importBuilt<typeof Border>('lt-ru-1920/border');
  const { recordSchemas, validate } = await importBuilt<typeof Schemas>('lt-ru-1920/schemas');
  const samples = samplesOf(data, border).map(([kind, record]): Sample => [kind, JSON.parse(JSON.stringify(record))]);
  const ajv = ajvValidators();
  const zod = ([kind, record]: Sample) => recordSchemas[kind].safeParse(record).success;
  const wrapped = ([kind, record]: Sample) => validate(kind, record).ok;

  const acceptedByZod = samples.filter(zod).length;
  const acceptedByAjv = samples.filter(ajv).length;
  for (const check of [zod, wrapped, ajv]) recordsPerSecond(samples, check); // warm-up: let the JIT settle before timing
  const zodSamples: number[] = [];
  const validateSamples: number[] = [];
  const ajvSamples: number[] = [];
  for (let run = 0; run < runs; run++) {
    zodSamples.push(recordsPerSecond(samples, zod));
    validateSamples.push(recordsPerSecond(samples, wrapped));
    ajvSamples.push(recordsPerSecond(samples, ajv));
  }
  return {
    records: samples.length,
    kinds: new Set(samples.map(([kind]) => kind)).size,
    zod: spread(zodSamples),
    validate: spread(validateSamples),
    ajv: spread(ajvSamples),
    acceptedByZod,
    acceptedByAjv,
  };
}
