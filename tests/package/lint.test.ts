import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from './pack.js';

const bin = (name: string) => join(root, 'node_modules/.bin', name);
const runBin = (name: string, args: readonly string[]) => spawnSync(bin(name), args, { cwd: root, encoding: 'utf8' });

describe('package metadata as tools see it', () => {
  // Both linters read the tarball this run packed once (tests/support/packed-package.ts), not a pack of their own.
  it('publint --strict finds nothing', () => {
    const result = runBin('publint', ['--strict', inject('packedPackage').tarball]);
    expect(result.stdout + result.stderr).not.toMatch(/error|warning|suggestion/i);
    expect(result.status).toBe(0);
  });
  it('are-the-types-wrong finds no problem under node16 and bundler resolution', () => {
    const result = runBin('attw', [inject('packedPackage').tarball, '--profile', 'node16', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[]; types: unknown } };
    expect(report.analysis.types).not.toBe(false);
    expect(report.analysis.problems).toEqual([]);
    expect(result.status).toBe(0);
  });
  it('meets every size budget in .size-limit.json', () => {
    const output = execFileSync(bin('size-limit'), ['--json'], { cwd: root, encoding: 'utf8' });
    const checks = JSON.parse(output) as { name: string; passed: boolean; size: number }[];
    expect(checks.length).toBeGreaterThanOrEqual(4);
    expect(checks.filter((check) => !check.passed)).toEqual([]);
  });
});
