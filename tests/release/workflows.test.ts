import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, '.github/workflows');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.yml'))
  .sort();
const validator = join(root, 'node_modules/@action-validator/cli/cli.mjs');
const validate = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });
/** A parsed workflow or part of one: the tests walk it by the keys GitHub documents. */
// biome-ignore lint/suspicious/noExplicitAny: YAML parsed at run time, read by known keys; a wrong key fails the test that reads it
type Yaml = Record<string, any>;
const workflow = (name: string) => parse(readFileSync(join(dir, name), 'utf8')) as Yaml;

describe('GitHub Actions workflows', () => {
  it('are the three release-as-code workflows', () => {
    expect(files).toEqual(['ci.yml', 'pages.yml', 'release.yml']);
  });

  it.each(files)('%s is valid against the GitHub Actions workflow schema (action-validator)', (file) => {
    const run = validate(join(dir, file));
    expect(run.stdout + run.stderr, file).toBe('');
    expect(run.status).toBe(0);
  });

  it('the validator rejects a broken workflow (so the check can fail)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'lt-ru-1920-wf-'));
    try {
      const bad = join(scratch, 'bad.yml');
      writeFileSync(bad, 'name: x\non:\n  pushh:\njobs:\n  a:\n    steps:\n      - run: true\n');
      const run = validate(bad);
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toContain("Additional property 'pushh' is not allowed");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('ci.yml runs .ci/run on Node 20 for every push and pull request', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(['push', 'pull_request']);
    const steps = ci.jobs.test.steps as Yaml[];
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with['node-version']).toBe(20);
    expect(steps.at(-1)?.run).toBe('bash .ci/run');
  });

  it('release.yml versions and publishes with changesets and npm trusted publishing: OIDC and provenance, no stored token', () => {
    const release = workflow('release.yml');
    expect(release.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
    const steps = release.jobs.release.steps as Yaml[];
    const changesets = steps.find((step) => step.uses?.startsWith('changesets/action'));
    expect(changesets?.with).toMatchObject({ version: 'npm run version', publish: 'npm run release' });
    expect(changesets?.env.NPM_CONFIG_PROVENANCE).toBe('true');
    const npm = /npm@(\d+)\.(\d+)\.(\d+)/.exec(steps.map((step) => step.run ?? '').join('\n'));
    expect(Number(npm?.[1]) * 1000 + Number(npm?.[2])).toBeGreaterThanOrEqual(11005); // npm >= 11.5
    const text = readFileSync(join(dir, 'release.yml'), 'utf8');
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN|secrets\.(?!GITHUB_TOKEN)/);
    expect(release.jobs.pages.uses).toBe('./.github/workflows/pages.yml');
  });

  it('pages.yml builds the site and deploys it at the root and under v/<version>/, keeping older versions', () => {
    const pages = workflow('pages.yml');
    const steps = pages.jobs.deploy.steps as Yaml[];
    expect(steps.some((step) => step.run === 'npm run docs')).toBe(true);
    const deploys = steps.filter((step) => step.uses?.startsWith('peaceiris/actions-gh-pages'));
    expect(deploys.map((step) => step.with.destination_dir)).toEqual(['v/${{ steps.version.outputs.version }}', undefined]);
    for (const step of deploys) expect(step.with).toMatchObject({ publish_dir: './site', keep_files: true });
  });
});
