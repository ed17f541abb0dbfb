import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the API documentation (TypeDoc)', () => {
  it('converts and validates with zero warnings (every export documented, no broken link)', () => {
    // --emit none: the same conversion and validation as `npm run docs`, without writing site/.
    const result = spawnSync(join(root, 'node_modules/.bin/typedoc'), ['--emit', 'none'], { cwd: root, encoding: 'utf8' });
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(result.status).toBe(0);
  });
});
