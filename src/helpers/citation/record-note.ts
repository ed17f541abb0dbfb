/** `text` ending in a full stop (or the punctuation it already ends in). */
export function sentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}

/** A record's sources as one sentence, saying how many it leaves out; empty when it names none. */
export function sourcesSentence(work: { readonly sources?: readonly string[]; readonly sourceCount?: number }): string {
  const { sources = [], sourceCount = sources.length } = work;
  if (sources.length === 0) return '';
  const heading = sources.length < sourceCount ? `Sources (the ${sources.length} strongest of ${sourceCount})` : 'Sources, strongest first';
  return sentence(`${heading}: ${sources.join('; ')}`);
}

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
  return [work.value === undefined ? '' : sentence(work.value), sourcesSentence(work)].filter((part) => part !== '').join(' ');
}
