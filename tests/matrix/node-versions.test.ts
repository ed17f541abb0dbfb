import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installedPackage } from '../package/pack.js';
import { cjsScript, esmScript, expectedOutput } from './consumer-scripts.js';
import { nodeBinary } from './node-binary.js';

/** The Node majors the package supports (`engines.node` is `>=20`): the oldest and every later LTS. */
const majors = [20, 22, 24] as const;

/** Upper bound for one consumer script (it imports four entries; normally < 1 s). */
const scriptTimeoutMs = 30_000;

let project = '';

beforeAll(() => {
  project = installedPackage('node-versions').folder;
  writeFileSync(join(project, 'esm.mjs'), esmScript);
  writeFileSync(join(project, 'cjs.cjs'), cjsScript);
});

/** Runs one of the consumer scripts with the given Node binary. */
function runWith(binary: string, file: string) {
  const result = spawnSync(binary, [file], { cwd: project, encoding: 'utf8', timeout: scriptTimeoutMs });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

describe.each(majors)('the packed tarball on Node %i', (major) => {
  let binary = '';
  beforeAll(() => {
    binary = nodeBinary(major);
  });
  it.each([
    ['ESM import', 'esm.mjs'],
    ['CJS require', 'cjs.cjs'],
  ])('%s of every entry works without warnings', (_name, file) => {
    const result = runWith(binary, file);
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { node: string };
    expect(output.node.split('.')[0]).toBe(String(major));
    expect(output).toMatchObject(expectedOutput);
  });
});
