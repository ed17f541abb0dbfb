import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('the source tree (`npm run lint`: Biome, configured in biome.json)', () => {
  it('is formatted and has no lint error (`npm run format` fixes what it can)', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/biome'), ['check', '.', '--colors=off', '--max-diagnostics=50'], { cwd: root, encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
