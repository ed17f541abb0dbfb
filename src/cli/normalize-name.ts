/** Letters that Unicode does not decompose (NFKD leaves them whole), with the base letter a reader types for them. */
const undecomposed: Readonly<Record<string, string>> = { ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ß: 'ss', ı: 'i' };

/**
 * A name as the CLI compares it: NFKD, combining marks removed, Polish `ł`
 * (and the few other letters NFKD does not decompose) replaced by their base
 * letter, lower-cased (a final ς folded to σ), runs of spaces, hyphens and apostrophes made one
 * space, trimmed. Cyrillic stays Cyrillic (`й` loses its breve, as `и`).
 *
 * @example
 * ```ts
 * normalizeName('Suwałki'); //=> 'suwalki'
 * normalizeName('  ŠVENČIONYS '); //=> 'svencionys'
 * normalizeName('Гродно'); //=> 'гродно'
 * ```
 */
export function normalizeName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[łŁđĐøØßı]/g, (letter) => undecomposed[letter] ?? letter)
      .toLowerCase()
      // Lower-casing writes a word-final Greek sigma as ς (it reads the context), which the marks removed above can change: fold it, as Unicode case folding does.
      .replace(/ς/g, 'σ')
      .replace(/[\s\-‐‑–—'’ʼ.]+/g, ' ')
      .trim()
  );
}
