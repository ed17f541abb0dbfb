import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './pack.js';

describe('dist/cli.js (built by npm run build)', () => {
  const code = readFileSync(join(root, 'dist/cli.js'), 'utf8');
  it('starts with the node shebang and is an ES module', () => {
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(code).not.toMatch(/\brequire\(/);
  });
  it('loads the records only through the public entries, lazily, and bundles none of them', () => {
    const specifiers = [...code.matchAll(/import\(['"]([^'"]+)['"]\)/g)].map((match) => match[1]);
    expect(new Set(specifiers)).toEqual(new Set(['lt-ru-1920', 'lt-ru-1920/border', 'lt-ru-1920/history']));
    expect(code).not.toMatch(/from ['"]lt-ru-1920/); // no static import: each command loads only its entry
    for (const record of ['Chicherin', 'Narusevicius', 'svislach-mouth', 'bfsp-1121']) expect(code).not.toContain(record);
  });
});
