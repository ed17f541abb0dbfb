import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Manifest, repositoryWebUrl } from '../../scripts/manifest.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

/** The README without its code blocks and inline code (what npm renders as links). */
const prose = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
/** Every link and picture target of the README: `[text](target)`, `![alt](target)`, `<img src>`, `<a href>`. */
const targets = [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<(?:img|a)\s[^>]*(?:src|href)="([^"]+)"/g)].map(
  (match) => match[1] ?? match[2] ?? '',
);
/** GitHub's heading anchors. */
const anchors = new Set(
  [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
    (match[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-'),
  ),
);
/** The addresses package.json gives the project: every absolute link must start with one of them. */
const homes = [manifest.homepage, repositoryWebUrl(manifest.repository), manifest.bugs, `https://www.npmjs.com/package/${manifest.name}`];

describe('README links (as the npm package page shows them)', () => {
  it('has links and pictures to check', () => {
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => /\.(svg|png)$/.test(target)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(targets)(
    "%s resolves: a heading, a file of the repository (npm rewrites it through `repository`), an https address (the project's own from package.json)",
    (target) => {
      if (target.startsWith('#')) {
        expect(anchors.has(target.slice(1)), target).toBe(true);
      } else if (/^[a-z]+:/i.test(target)) {
        expect(target.startsWith('https://'), target).toBe(true);
        // A link to the project itself is built from package.json; other sites are cited as they are.
        if (/lt-ru-1920/.test(target))
          expect(
            homes.some((home) => target.startsWith(home)),
            `${target} is not under ${homes.join(', ')}`,
          ).toBe(true);
      } else {
        expect(existsSync(join(root, target.split('#')[0] ?? '')), target).toBe(true);
      }
    },
  );

  it('sends data corrections to the tracker named by package.json `bugs`', () => {
    expect(targets).toContain(`${manifest.bugs}/new?template=data-correction.yml`);
    expect(existsSync(join(root, '.github/ISSUE_TEMPLATE/data-correction.yml'))).toBe(true);
  });

  it('package.json names the repository, the tracker and the site once, and they agree', () => {
    expect(repositoryWebUrl(manifest.repository)).toBe('https://github.com/lt-ru-1920/lt-ru-1920');
    expect(manifest.bugs).toBe(`${repositoryWebUrl(manifest.repository)}/issues`);
    expect(manifest.homepage).toBe('https://lt-ru-1920.github.io/lt-ru-1920/');
  });
});
