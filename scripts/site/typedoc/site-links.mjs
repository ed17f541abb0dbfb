// @ts-check
/**
 * TypeDoc plugin: the pages `npm run docs` adds beside the API reference (the
 * map, the record pages, the fact sheets) in the site's navigation and on the
 * front page. TypeDoc writes `navigationLinks` as given; a link written
 * relative to the site root ("map.html") is made relative to each page here,
 * so that it works at the root, under `v/<version>/` and from a local copy.
 * Listed in typedoc.json "plugin".
 */
import { JSX, PageEvent } from 'typedoc';

/** The front page's links to the pages for readers, relative to the site root. */
const FRONT_PAGE_LINKS = [
  ['Map', 'map.html', 'the treaty line and who held each place on any day, 1920–1940'],
  ['Fact sheet', 'documents/Fact_sheet.html', 'the treaty on one page'],
  ['Annotated fact sheet', 'documents/Annotated_fact_sheet.html', 'every statement with all its sources'],
  ['Records', 'records/index.html', 'a page for every record, with its sources and how to cite it'],
];

/**
 * `html` with every relative link of the toolbar (`#tsd-toolbar-links`)
 * prefixed by `prefix` (the way from the page to the site root).
 *
 * @param {string} html
 * @param {string} prefix
 */
export function rootLinks(html, prefix) {
  return html.replace(/(<div id="tsd-toolbar-links">)(.*?)(<\/div>)/s, (_all, open, links, close) => {
    const fixed = links.replace(/href="(?![a-z][a-z0-9+.-]*:|\/|#)([^"]*)"/gi, (_match, path) => `href="${prefix}${path}"`);
    return `${open}${fixed}${close}`;
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const depth = page.url.split('/').length - 1;
    page.contents = rootLinks(page.contents, '../'.repeat(depth));
  });
  app.renderer.hooks.on('content.begin', (context) => {
    if (context.page.url !== 'index.html') return JSX.createElement(JSX.Fragment, null);
    const items = FRONT_PAGE_LINKS.map(([label, path, what]) => `<li><a href="${path}"><strong>${label}</strong></a>: ${what}</li>`).join('');
    return JSX.createElement(JSX.Raw, {
      html: `<nav class="tsd-panel tsd-typography front-links" aria-label="For readers"><p>For readers who do not code:</p><ul>${items}</ul></nav>`,
    });
  });
}
