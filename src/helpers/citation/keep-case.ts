/** A stretch of a title: text styles may re-case, or text they must print as written. */
export interface TitlePart {
  readonly text: string;
  readonly keep: boolean;
}

/**
 * Splits a title into the stretches styles may re-case and the stretches
 * (`keepCase`, such as the package name) they must print as written, so that
 * each format can protect the latter in its own way (a CSL `nocase` span,
 * BibTeX braces).
 *
 * @internal
 * @example
 * ```ts
 * splitKeepCase('lt-ru-1920: data', ['lt-ru-1920']);
 * //=> [{ text: 'lt-ru-1920', keep: true }, { text: ': data', keep: false }]
 * ```
 */
export function splitKeepCase(title: string, keepCase: readonly string[] = []): TitlePart[] {
  const parts: TitlePart[] = [];
  let rest = title;
  while (rest !== '') {
    let first: { index: number; text: string } | undefined;
    for (const text of keepCase) {
      const index = text === '' ? -1 : rest.indexOf(text);
      if (index >= 0 && (first === undefined || index < first.index)) first = { index, text };
    }
    if (first === undefined) {
      parts.push({ text: rest, keep: false });
      break;
    }
    if (first.index > 0) parts.push({ text: rest.slice(0, first.index), keep: false });
    parts.push({ text: first.text, keep: true });
    rest = rest.slice(first.index + first.text.length);
  }
  return parts;
}
