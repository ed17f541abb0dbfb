import { describe, expect, it } from 'vitest';
import { generateAll, staleFiles } from '../scripts/generate.js';

describe('generated files', () => {
  it('every generated file is up to date (run `npm run generate` to refresh)', async () => {
    const files = await generateAll();
    expect(files.length).toBeGreaterThan(10);
    expect(await staleFiles(files)).toEqual([]);
  });
  it('no two emitters write the same path', async () => {
    const paths = (await generateAll()).map((file) => file.path);
    expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  });
});
