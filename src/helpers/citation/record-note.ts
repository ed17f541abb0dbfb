/**
 * What a record says and the sources it rests on, in one line: the note a
 * record citation carries in BibTeX, CSL-JSON and RIS (styles do not print
 * it; reference managers keep it).
 *
 * @internal
 * @example
 * ```ts
 * recordNote({ value: '12 July 1920', sources: ['BFSP, p. 1121'] }); //=> '12 July 1920. Sources, strongest first: BFSP, p. 1121.'
 * ```
 */
export function recordNote(work: { readonly value?: string; readonly sources?: readonly string[]; readonly sourceCount?: number }): string {
  const parts: string[] = [];
  if (work.value !== undefined) parts.push(sentence(work.value));
  const { sources = [], sourceCount = sources.length } = work;
  if (sources.length > 0) {
    const heading = sources.length < sourceCount ? `Sources (the ${sources.length} strongest of ${sourceCount})` : 'Sources, strongest first';
    parts.push(sentence(`${heading}: ${sources.join('; ')}`));
  }
  return parts.join(' ');
}

/** `text` ending in a full stop (or the punctuation it already ends in). */
export function sentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}
