import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTool, missingTool } from './find-tool.js';

describe('findTool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lt-ru-1920-tool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tool = join(dir, 'chromium-browser');
  writeFileSync(tool, '#!/bin/sh\n');
  chmodSync(tool, 0o755);
  writeFileSync(join(dir, 'chromium'), 'not executable');

  it('finds the first executable of the names on PATH', () => {
    expect(findTool(['chromium', 'chromium-browser'], { env: { PATH: ['/nonexistent', dir].join(delimiter) } })).toBe(tool);
    expect(findTool('chromium', { env: { PATH: dir } })).toBeNull();
    expect(findTool('chromium', { env: {} })).toBeNull();
  });
  it('looks only at the override variable when it is set', () => {
    const env = { PATH: dir, CHROMIUM_PATH: join(dir, 'missing') };
    expect(findTool('chromium-browser', { env, override: 'CHROMIUM_PATH' })).toBeNull();
    expect(findTool('nothing', { env: { CHROMIUM_PATH: tool }, override: 'CHROMIUM_PATH' })).toBe(tool);
    expect(findTool('chromium-browser', { env: { PATH: dir, CHROMIUM_PATH: '' }, override: 'CHROMIUM_PATH' })).toBe(tool);
  });
});

describe('missingTool', () => {
  const need = { tool: 'chromium', needed: 'the map-page test', install: 'apt-get install -y chromium', override: 'CHROMIUM_PATH' };
  it('says nothing when the tool was found', () => {
    expect(missingTool('/usr/bin/chromium', need, { CI: 'true' })).toBeNull();
  });
  it('outside CI, skips with a notice naming the tool and the command that installs it', () => {
    expect(missingTool(null, need, {})).toBe('⚠ chromium not found on PATH: skipping the map-page test. Install it with: apt-get install -y chromium');
    expect(missingTool(null, need, { CHROMIUM_PATH: '/no/such', CI: 'false' })).toBe(
      '⚠ chromium not found at CHROMIUM_PATH=/no/such: skipping the map-page test. Install it with: apt-get install -y chromium',
    );
  });
  it('in CI, fails instead of skipping', () => {
    expect(() => missingTool(null, need, { CI: 'true' })).toThrow(
      'chromium not found on PATH: the map-page test cannot run in CI. Install it with: apt-get install -y chromium',
    );
    expect(() => missingTool(null, need, { CI: '1' })).toThrow(/cannot run in CI/);
  });
});
