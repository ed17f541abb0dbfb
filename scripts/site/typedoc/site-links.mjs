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
 * `html` with every link to one of `paths` (written relative to the site
 * root: the navigation links, in the toolbar and in the sidebar TypeDoc shows
 * on small screens) prefixed by `prefix`, the way from the page to the root.
 *
 * @param {string} html
 * @param {readonly string[]} paths
 * @param {string} prefix
 */
export function rootLinks(html, paths, prefix) {
  if (prefix === '') return html;
  return paths.reduce((text, path) => text.replaceAll(`href="${path}"`, `href="${prefix}${path}"`), html);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const paths = Object.values(app.options.getValue('navigationLinks')).filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url));
    const depth = page.url.split('/').length - 1;
    page.contents = rootLinks(page.contents, paths, '../'.repeat(depth));
  });
  app.renderer.hooks.on('content.begin', (context) => {
    if (context.page.url !== 'index.html') return JSX.createElement(JSX.Fragment, null);
    const items = FRONT_PAGE_LINKS.map(([label, path, what]) => `<li><a href="${path}"><strong>${label}</strong></a>: ${what}</li>`).join('');
    return JSX.createElement(JSX.Raw, {
      html: `<nav class="tsd-panel tsd-typography front-links" aria-label="For readers"><p>For readers who do not code:</p><ul>${items}</ul></nav>`,
    });
  });
}
