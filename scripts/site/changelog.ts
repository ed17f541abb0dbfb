import { generatedBy } from './markdown.js';

/**
 * Renders `docs/changelog.md`: the changelog that `changeset version` writes
 * to CHANGELOG.md, under a title for the documentation site, or a note on
 * where it will be before the first release.
 */
export function changelogDoc(changelog: string | undefined): string {
  const head = `---
title: Changelog
---

`;
  const body =
    changelog === undefined
      ? `# Changelog

${generatedBy('scripts/site/guides.ts from CHANGELOG.md')}

No release yet. \`changeset version\` writes \`CHANGELOG.md\` at each release from the pending
changesets (\`.changeset/*.md\`), and this page shows it. Every entry that changes data starts with
\`data:\` and names the record ids and the source (see the version policy).
`
      : changelog.replace(/^# .*\n/, `# Changelog\n\n${generatedBy('scripts/site/guides.ts from CHANGELOG.md')}\n`);
  return head + body;
}
