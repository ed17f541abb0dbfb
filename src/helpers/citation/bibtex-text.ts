import { splitKeepCase } from './keep-case.js';

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '—': '---',
  '–': '--',
};

/**
 * Escapes text for a BibTeX field value: LaTeX special characters get a
 * backslash and dashes become `--` / `---`, so the value compiles under
 * BibTeX and biber alike.
 *
 * @internal
 * @example
 * ```ts
 * bibtexText('R&D 1918–1920'); //=> 'R\\&D 1918--1920'
 * ```
 */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^—–]/g, (char) => SPECIAL[char] ?? char);
}

/**
 * Escapes a title for BibTeX and braces what must keep its case: every word
 * with a capital (our titles are in sentence case, so those are names) and
 * every `keepCase` stretch. BibTeX styles, pandoc and citation-js lower-case
 * the rest of an English title when a style asks for sentence case.
 *
 * @internal
 * @example
 * ```ts
 * bibtexTitle('lt-ru-1920: the Soviet–Lithuanian treaty', ['lt-ru-1920']); //=> '{lt-ru-1920}: the {Soviet--Lithuanian} treaty'
 * ```
 */
export function bibtexTitle(title: string, keepCase: readonly string[] = []): string {
  return splitKeepCase(title, keepCase)
    .map(({ text, keep }) =>
      keep ? `{${bibtexText(text)}}` : text.replace(/[^\s]+/g, (word) => (/\p{Lu}/u.test(word) ? `{${bibtexText(word)}}` : bibtexText(word))),
    )
    .join('');
}
