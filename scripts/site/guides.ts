import { readFile } from 'node:fs/promises';
import type { Emitter } from '../emitter.js';
import { readManifest } from '../manifest.js';
import { borderMethodDoc } from './border-method.js';
import { changelogDoc } from './changelog.js';
import { citingDoc } from './citing.js';
import { sourcesAndMethodDoc } from './sources-and-method.js';

/**
 * Emits the generated guides of the documentation site: `docs/citing.md`
 * (the exact strings `cite()` returns), `docs/sources-and-method.md` (the
 * bibliography and every disputed value) and `docs/border-method.md` (the
 * segments, accuracy and closure of the border), from the records; and
 * `docs/changelog.md` from CHANGELOG.md, which changesets writes at release.
 */
const emitDocs: Emitter = async () => {
  const manifest = await readManifest();
  const changelog = await readFile(new URL('../../CHANGELOG.md', import.meta.url), 'utf8').catch(() => undefined);
  return [
    { path: 'docs/citing.md', content: citingDoc(manifest) },
    { path: 'docs/sources-and-method.md', content: sourcesAndMethodDoc() },
    { path: 'docs/border-method.md', content: borderMethodDoc() },
    { path: 'docs/changelog.md', content: changelogDoc(changelog) },
  ];
};

export default emitDocs;
