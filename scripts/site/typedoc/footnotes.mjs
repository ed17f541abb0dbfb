// @ts-check
/**
 * TypeDoc plugin: renders Markdown footnotes (`[^n]` marks and `[^n]: …`
 * definitions, as GitHub renders them) in the documents of the site, so that
 * each mark of docs/fact-sheet.md is one click from its note and back.
 * Listed in typedoc.json "plugin"; needs nothing beyond TypeDoc's own markdown-it.
 */
import { RendererEvent } from 'typedoc';

const MARK = /\[\^([\w-]+)\]/g;
const DEFINITION = /^\[\^([\w-]+)\]:\s*/;

/**
 * markdown-it plugin: a paragraph that starts with `[^n]: ` becomes the note
 * `n` (with a link back to its first mark); every other `[^n]` becomes a
 * superscript link to the note.
 *
 * @param {import('markdown-it').default} md
 */
export function footnotes(md) {
  md.core.ruler.push('footnotes', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const inline = tokens[i];
      if (inline?.type !== 'inline' || !inline.children) continue;
      const first = inline.children[0];
      const definition = first?.type === 'text' ? DEFINITION.exec(first.content) : null;
      if (definition && first && tokens[i - 1]?.type === 'paragraph_open') {
        const id = definition[1];
        first.content = first.content.slice(definition[0].length);
        const open = new state.Token('html_inline', '', 0);
        open.content = `<span class="footnote" id="fn-${id}"><a href="#fnref-${id}">${id}.</a></span> `;
        inline.children.unshift(open);
        tokens[i - 1]?.attrSet('class', 'footnote-definition');
      }
      const children = [];
      const seen = new Set();
      for (const child of inline.children) {
        if (child.type !== 'text' || !child.content.includes('[^')) {
          children.push(child);
          continue;
        }
        let last = 0;
        for (const match of child.content.matchAll(MARK)) {
          const before = new state.Token('text', '', 0);
          before.content = child.content.slice(last, match.index);
          const mark = new state.Token('html_inline', '', 0);
          const id = match[1];
          const anchor = seen.has(id) ? '' : ` id="fnref-${id}"`;
          seen.add(id);
          mark.content = `<sup class="footnote-ref"><a href="#fn-${id}"${anchor}>[${id}]</a></sup>`;
          children.push(before, mark);
          last = (match.index ?? 0) + match[0].length;
        }
        const after = new state.Token('text', '', 0);
        after.content = child.content.slice(last);
        children.push(after);
      }
      inline.children = children;
    }
  });
}

/**
 * TypeDoc entry point: adds the footnote rule once the renderer has made its markdown-it parser.
 *
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  app.renderer.on(
    RendererEvent.BEGIN,
    () => {
      footnotes(app.renderer.markedPlugin.parser);
    },
    -100,
  );
}
