import { formatBibtex } from './format-bibtex.js';
import { formatCslJson } from './format-csl-json.js';
import { formatRis } from './format-ris.js';
import { formatText } from './format-text.js';
import type { CitationWork } from './work.js';

/** The output formats of `cite` and `citeRecord`. */
export type CitationFormat = 'text' | 'bibtex' | 'csl-json' | 'ris';

/**
 * Each output format and the builder that renders a work in it.
 *
 * @internal
 */
export const formats: Readonly<Record<CitationFormat, (work: CitationWork) => string>> = {
  text: formatText,
  bibtex: formatBibtex,
  'csl-json': formatCslJson,
  ris: formatRis,
};
