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
