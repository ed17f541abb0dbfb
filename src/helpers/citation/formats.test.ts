import { describe, expect, it } from 'vitest';
import { citationNote } from './citation-note.js';
import { formats } from './formats.js';
import { treatyNote } from './treaty-note.js';
import type { CitationWork } from './work.js';

/** Works with every field the formats read, and a bare treaty with none of the optional ones. */
const treaty: CitationWork = {
  kind: 'treaty',
  key: 't-1',
  title: 'Treaty of Peace',
  authors: [],
  issued: '1920-07-12',
  place: 'Moscow',
  printedIn: { series: 'League of Nations Treaty Series', volume: 3, pages: { first: 106, last: 137 } },
  registeredOn: '1921-03-08',
};
const bare: CitationWork = { kind: 'treaty', key: 't-2', title: 'A treaty', authors: [], issued: '1920-01-05' };
const dataset: CitationWork = {
  kind: 'dataset',
  key: 'd-1',
  title: 'pkg: The data & more',
  keepCase: ['pkg'],
  authors: ['pkg contributors', 'R&D Group'],
  issued: '2026-11-27',
  version: '0.2.0',
  publisher: 'npm',
  url: 'https://example.org/pkg',
};
const record: CitationWork = {
  ...dataset,
  kind: 'record',
  key: 'd-1-x',
  title: 'Signing (event x)',
  keepCase: ['pkg', 'event x'],
  container: 'pkg: The data & more',
  value: '12 July 1920',
  sources: ['A, p. 1', 'B, p. 2'],
  sourceCount: 3,
};
const lines = (...all: string[]): string => `${all.join('\n')}\n`;
const treatyNoteText = 'Signed at Moscow on 12 July 1920; registered with the League of Nations on 8 March 1921.';
const recordNoteText = '12 July 1920. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.';

describe('the notes', () => {
  it('say where and when a treaty was signed and registered, and what a record says with its sources', () => {
    expect(treatyNote(treaty)).toBe(treatyNoteText);
    expect(treatyNote(bare)).toBe('Signed on 5 January 1920.');
    expect(treatyNote({ ...dataset, registeredOn: '1921-03-08' })).toBe('Registered with the League of Nations on 8 March 1921.');
    expect(treatyNote(dataset)).toBe('');
    expect(citationNote(treaty)).toBe(treatyNoteText);
    expect(citationNote(record)).toBe(recordNoteText);
    expect(citationNote(dataset)).toBe('');
  });
});

describe('formats.text', () => {
  it('writes the dataset in APA 7, the treaty in legal form, a record as a footnote', () => {
    expect(formats.text(dataset)).toBe('pkg contributors, R&D Group. (2026). pkg: The data & more (Version 0.2.0) [Data set]. npm. https://example.org/pkg');
    const { publisher: _publisher, url: _url, ...unpublished } = dataset;
    expect(formats.text(unpublished)).toBe(
      'pkg contributors, R&D Group. (2026). pkg: The data & more (Version 0.2.0) [Data set].',
    );
    expect(formats.text(treaty)).toBe(
      'Treaty of Peace, July 12, 1920, 3 League of Nations Treaty Series 106–137. Signed at Moscow; registered with the League of Nations on 8 March 1921.',
    );
    expect(formats.text(bare)).toBe('A treaty, January 5, 1920.');
    expect(formats.text({ ...bare, registeredOn: '1921-03-08' })).toBe('A treaty, January 5, 1920. Registered with the League of Nations on 8 March 1921.');
    expect(formats.text(record)).toBe(
      `Signing (event x): 12 July 1920. In pkg contributors, R&D Group, pkg: The data & more, version 0.2.0 (npm, 2026), https://example.org/pkg. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.`,
    );
    const { value: _value, sources: _sources, url: _recordUrl, publisher: _recordPublisher, ...plain } = record;
    expect(formats.text(plain)).toBe('Signing (event x). In pkg contributors, R&D Group, pkg: The data & more, version 0.2.0 (2026).');
  });
});

describe('formats.bibtex', () => {
  it('writes the dataset as a @book with its version as edition', () => {
    expect(formats.bibtex(dataset)).toBe(
      lines(
        '@book{d-1,',
        '  author = {{pkg contributors} and {R\\&D Group}},',
        '  title = {{pkg}: {The} data \\& more},',
        '  year = {2026},',
        '  month = nov,',
        '  date = {2026-11-27},',
        '  edition = {Version 0.2.0},',
        '  type = {Data set},',
        '  publisher = {npm},',
        '  url = {https://example.org/pkg}',
        '}',
      ),
    );
  });
  it('writes the treaty as an @article in its series, with volume, pages and the note', () => {
    expect(formats.bibtex(treaty)).toBe(
      lines(
        '@article{t-1,',
        '  title = {{Treaty} of {Peace}},',
        '  journal = {{League} of {Nations} {Treaty} {Series}},',
        '  volume = {3},',
        '  pages = {106--137},',
        '  year = {1920},',
        '  month = jul,',
        '  date = {1920-07-12},',
        `  note = {${treatyNoteText}}`,
        '}',
      ),
    );
    expect(formats.bibtex(bare)).toContain('  month = jan,\n');
  });
  it('writes a record as an @incollection of the dataset', () => {
    expect(formats.bibtex(record)).toBe(
      lines(
        '@incollection{d-1-x,',
        '  author = {{pkg contributors} and {R\\&D Group}},',
        '  title = {{Signing} ({event x})},',
        '  booktitle = {{pkg}: {The} data \\& more},',
        '  year = {2026},',
        '  month = nov,',
        '  date = {2026-11-27},',
        '  edition = {Version 0.2.0},',
        '  publisher = {npm},',
        '  url = {https://example.org/pkg},',
        `  note = {${recordNoteText}}`,
        '}',
      ),
    );
  });
});

describe('formats.csl-json', () => {
  const item = (work: CitationWork): unknown => {
    const text = formats['csl-json'](work);
    expect(text.endsWith(']\n')).toBe(true);
    const parsed = JSON.parse(text) as unknown[];
    expect(parsed).toHaveLength(1);
    return parsed[0];
  };
  it('writes the dataset as a book, its version as edition, the kept words in nocase spans', () => {
    expect(item(dataset)).toEqual({
      id: 'd-1',
      type: 'book',
      title: '<span class="nocase">pkg</span>: The data & more',
      author: [{ literal: 'pkg contributors' }, { literal: 'R&D Group' }],
      issued: { 'date-parts': [[2026, 11, 27]] },
      genre: 'Data set',
      edition: 'Version 0.2.0',
      publisher: 'npm',
      URL: 'https://example.org/pkg',
    });
  });
  it('writes the treaty as an article-journal in its series', () => {
    expect(item(treaty)).toEqual({
      id: 't-1',
      type: 'article-journal',
      title: 'Treaty of Peace',
      issued: { 'date-parts': [[1920, 7, 12]] },
      'container-title': 'League of Nations Treaty Series',
      volume: '3',
      page: '106-137',
      'event-place': 'Moscow',
      note: treatyNoteText,
    });
    expect(item(bare)).toEqual({ id: 't-2', type: 'article-journal', title: 'A treaty', issued: { 'date-parts': [[1920, 1, 5]] }, note: 'Signed on 5 January 1920.' });
  });
  it('writes a record as a chapter of the dataset', () => {
    expect(item(record)).toEqual({
      id: 'd-1-x',
      type: 'chapter',
      title: 'Signing (<span class="nocase">event x</span>)',
      'container-title': '<span class="nocase">pkg</span>: The data & more',
      author: [{ literal: 'pkg contributors' }, { literal: 'R&D Group' }],
      issued: { 'date-parts': [[2026, 11, 27]] },
      edition: 'Version 0.2.0',
      publisher: 'npm',
      URL: 'https://example.org/pkg',
      note: recordNoteText,
    });
  });
});

describe('formats.ris', () => {
  it('writes the dataset as DATA with its version in ET', () => {
    expect(formats.ris(dataset)).toBe(
      lines(
        'TY  - DATA',
        'ID  - d-1',
        'AU  - pkg contributors',
        'AU  - R&D Group',
        'TI  - pkg: The data & more',
        'PY  - 2026',
        'DA  - 2026/11/27',
        'ET  - 0.2.0',
        'PB  - npm',
        'UR  - https://example.org/pkg',
        'ER  - ',
      ),
    );
  });
  it('writes the treaty as GEN with series, volume and pages, and a bare one without them', () => {
    expect(formats.ris(treaty)).toBe(
      lines('TY  - GEN', 'ID  - t-1', 'TI  - Treaty of Peace', 'PY  - 1920', 'DA  - 1920/07/12', 'T2  - League of Nations Treaty Series', 'VL  - 3', 'SP  - 106', 'EP  - 137', `N1  - ${treatyNoteText}`, 'ER  - '),
    );
    expect(formats.ris(bare)).toBe(lines('TY  - GEN', 'ID  - t-2', 'TI  - A treaty', 'PY  - 1920', 'DA  - 1920/01/05', 'N1  - Signed on 5 January 1920.', 'ER  - '));
  });
  it('writes a record as CHAP with the dataset in T2, and keeps every value on its line', () => {
    expect(formats.ris(record)).toBe(
      lines(
        'TY  - CHAP',
        'ID  - d-1-x',
        'AU  - pkg contributors',
        'AU  - R&D Group',
        'TI  - Signing (event x)',
        'T2  - pkg: The data & more',
        'PY  - 2026',
        'DA  - 2026/11/27',
        'ET  - 0.2.0',
        'PB  - npm',
        'UR  - https://example.org/pkg',
        `N1  - ${recordNoteText}`,
        'ER  - ',
      ),
    );
    expect(formats.ris({ ...bare, title: 'A\n  treaty\twith breaks' }).split('\n')[2]).toBe('TI  - A treaty with breaks');
  });
});
