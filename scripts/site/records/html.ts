/**
 * The frame every hand-built page of the site shares (record pages and their
 * indexes): a header naming the dataset and its version, the navigation
 * (home, fact sheet, map, records) and one small stylesheet.
 */
import { escapeMarkup } from '../escape-markup.js';

/** Where the pages of the site are, relative to the site root. */
export const SITE_PATHS = {
  home: 'index.html',
  factSheet: 'documents/Fact_sheet.html',
  annotatedFactSheet: 'documents/Annotated_fact_sheet.html',
  map: 'map.html',
  records: 'records/index.html',
  stylesheet: 'assets/records.css',
} as const;

/** What a page needs to know to draw its frame. */
export interface Frame {
  readonly title: string;
  /** The dataset's name and the one version (package.json). */
  readonly name: string;
  readonly version: string;
  /** From this page to the site root: `../../` for `records/event/x.html`. */
  readonly root: string;
}

/**
 * The whole HTML document of one page.
 *
 * @example
 * ```ts
 * page({ title: 'Events', name: 'lt-ru-1920', version: '0.1.0', root: '../../' }, '<h1>Events</h1>').startsWith('<!doctype html>'); //=> true
 * ```
 */
export function page(frame: Frame, body: string, head = ''): string {
  const { root } = frame;
  const nav = [
    ['Home', SITE_PATHS.home],
    ['Fact sheet', SITE_PATHS.factSheet],
    ['Map', SITE_PATHS.map],
    ['Records', SITE_PATHS.records],
  ]
    .map(([label, path]) => `<a href="${root}${path}">${label}</a>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(frame.title)} — ${escapeMarkup(frame.name)} ${escapeMarkup(frame.version)}</title>
<link rel="stylesheet" href="${root}${SITE_PATHS.stylesheet}">
${head}</head>
<body>
<header class="site">
<p class="dataset"><a href="${root}${SITE_PATHS.home}">${escapeMarkup(frame.name)}</a> <span class="version">version ${escapeMarkup(frame.version)}</span> — the Soviet–Lithuanian Peace Treaty of 12 July 1920, a sourced dataset</p>
<nav aria-label="Site">
${nav}
</nav>
</header>
<main>
${body}
</main>
<footer class="site"><p>Data CC BY 4.0, code MIT · ${escapeMarkup(frame.name)} ${escapeMarkup(frame.version)}</p></footer>
</body>
</html>
`;
}

/** The one stylesheet of the record pages: plain, readable, and printable. */
export const RECORDS_CSS = `body { font: 16px/1.5 Georgia, "DejaVu Serif", serif; color: #1f1f1f; margin: 0 auto; max-width: 52rem; padding: 0 1rem; }
header.site { border-bottom: 1px solid #ccc; padding: .5rem 0; font-family: system-ui, "Liberation Sans", Arial, sans-serif; font-size: 14px; }
header.site .dataset { margin: 0 0 .25rem; }
header.site .version { color: #555; }
nav a { margin-right: 1rem; }
a { color: #1a4f8b; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #eee; }
.kind { color: #555; font-family: system-ui, sans-serif; font-size: 14px; margin: 0; }
.value { font-size: 1.15rem; margin: .25rem 0 1rem; }
dl.fields { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .2rem 1rem; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
.citations li, .variants li { margin-bottom: .5rem; }
.tier { font-family: system-ui, sans-serif; font-size: 13px; background: #eef; padding: 0 .3rem; border-radius: 3px; }
blockquote { margin: .25rem 0 0 1rem; color: #333; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 15px; }
th, td { border-bottom: 1px solid #ddd; padding: .2rem .4rem; text-align: left; vertical-align: top; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: .5rem; font-size: 13px; }
footer.site { border-top: 1px solid #ccc; margin-top: 2rem; color: #555; font-size: 13px; }
@media print {
  nav, footer.site { display: none; }
  body { max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  pre { background: none; border: 1px solid #ccc; }
}
`;
