import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installedPackage, root } from './pack.js';

let project = '';

beforeAll(() => {
  project = installedPackage('consumer').folder;
});

/** Runs a file with the machine's node; returns exit code, stdout and stderr. */
function node(file: string, source: string) {
  writeFileSync(join(project, file), source);
  const result = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Type-checks the project with the repository's TypeScript under a given resolution mode. */
function typecheck(files: readonly string[], compilerOptions: Record<string, unknown>) {
  const config = `tsconfig.${String(compilerOptions.moduleResolution)}.json`;
  writeFileSync(
    join(project, config),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', types: [], ...compilerOptions }, files }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  return spawnSync(process.execPath, [tsc, '-p', config], { cwd: project, encoding: 'utf8' });
}

const esmSource = `
import { treaty, SIGNED_ON, meta, cite, getEvent, timeline } from 'lt-ru-1920';
import { TreatySchema, SignatorySchema, validate } from 'lt-ru-1920/schemas';
import { containsPoint, territory } from 'lt-ru-1920/border';
import { statusOn, controlPeriods } from 'lt-ru-1920/history';
import treatyJson from 'lt-ru-1920/data/treaty.json' with { type: 'json' };
import treatySchemaJson from 'lt-ru-1920/schemas/Treaty.schema.json' with { type: 'json' };
import pkg from 'lt-ru-1920/package.json' with { type: 'json' };
console.log(JSON.stringify({
  SIGNED_ON, version: meta.version, cite: cite(), frozen: Object.isFrozen(treaty.signatories[0].names),
  signed: getEvent('treaty-signed').date, events: timeline().length,
  treatyValid: TreatySchema.safeParse(treaty).success, signatoryInvalid: SignatorySchema.safeParse({}).success,
  validate: validate('Event', { id: 'x' }).ok, vilnius: containsPoint([25.2798, 54.6892]), territory: territory.type,
  vilnius1930: statusOn('vilnius', '1930-06-01').controller, periodsFrozen: Object.isFrozen(controlPeriods[0]),
  jsonEqual: JSON.stringify(treatyJson) === JSON.stringify(treaty), schemaId: treatySchemaJson.$id, version: pkg.version,
}));
`;

const cjsSource = `
const { treaty, SIGNED_ON, meta, cite } = require('lt-ru-1920');
const { TreatySchema, validate } = require('lt-ru-1920/schemas');
const { containsPoint } = require('lt-ru-1920/border');
const { statusOn } = require('lt-ru-1920/history');
const treatyJson = require('lt-ru-1920/data/treaty.json');
console.log(JSON.stringify({
  SIGNED_ON, version: meta.version, cite: cite(), treatyValid: TreatySchema.safeParse(treaty).success,
  validate: validate('Treaty', treaty).ok, minsk: containsPoint([27.5667, 53.9]), kaunas1939: statusOn('kaunas', '1939-11-15').controller, jsonEqual: JSON.stringify(treatyJson) === JSON.stringify(treaty),
}));
`;

const typesSource = `
import { treaty, SIGNED_ON, getSignatory, type Signatory, type Event } from 'lt-ru-1920';
import { SignatorySchema, validate, type ValidationResult } from 'lt-ru-1920/schemas';
import { containsPoint, territory } from 'lt-ru-1920/border';
import { statusOn, periodsOf, type PlaceStatus } from 'lt-ru-1920/history';
const signed: '1920-07-12' = SIGNED_ON;
const person: Signatory | undefined = SignatorySchema.safeParse(getSignatory('adolf-joffe')).data;
const result: ValidationResult<Event> = validate('Event', {});
const inside: boolean = containsPoint([25.28, 54.69]);
const kind: 'Feature' = territory.type;
const status: PlaceStatus = statusOn('vilnius', '1921-01-01');
const controller: string | null = status.controller;
const firstFrom: string | undefined = periodsOf('hrodna')[0]?.from;
// @ts-expect-error exported data is readonly
treaty.signedOn = '1920-06-12';
// @ts-expect-error history records are readonly too
status.period.from = '1920-01-01';
export { signed, person, result, inside, kind, controller, firstFrom };
`;

describe('the packed tarball, installed in an empty project', () => {
  it('imports every entry and JSON subpath from ESM without warnings', () => {
    const result = node('esm.mjs', esmSource);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      SIGNED_ON: '1920-07-12',
      frozen: true,
      signed: '1920-07-12',
      treatyValid: true,
      signatoryInvalid: false,
      validate: false,
      vilnius: true,
      territory: 'Feature',
      jsonEqual: true,
      vilnius1930: 'poland',
      periodsFrozen: true,
      schemaId: 'https://unpkg.com/lt-ru-1920/schemas/Treaty.schema.json',
    });
    expect(out.cite).toContain(`(Version ${String(out.version)})`);
  });
  it('requires every entry from CommonJS without warnings', () => {
    const result = node('cjs.cjs', cjsSource);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      SIGNED_ON: '1920-07-12',
      treatyValid: true,
      validate: true,
      minsk: false,
      kaunas1939: 'lithuania',
      jsonEqual: true,
    });
  });
  it('type-checks .mts and .cts files under node16 resolution', () => {
    writeFileSync(join(project, 'check.mts'), typesSource);
    writeFileSync(join(project, 'check.cts'), typesSource);
    const result = typecheck(['check.mts', 'check.cts'], { module: 'node16', moduleResolution: 'node16' });
    expect(result.stdout + result.stderr).toBe('');
  });
  it('type-checks under bundler resolution', () => {
    writeFileSync(join(project, 'check.ts'), typesSource);
    const result = typecheck(['check.ts'], { module: 'esnext', moduleResolution: 'bundler' });
    expect(result.stdout + result.stderr).toBe('');
  });
  it('rejects a deep import of dist files that the exports map does not offer', () => {
    const result = node('deep.mjs', "import('lt-ru-1920/dist/index.js').then(() => console.log('resolved'), (error) => console.log(error.code));");
    expect(result.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
