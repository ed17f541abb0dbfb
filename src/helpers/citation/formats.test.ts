import { describe, expect, it } from 'vitest';
import { citationNote } from './citation-note.js';
import { formats } from './formats.js';
import { treatyNote } from './treaty-note.js';
import type { CitationWork } from './work.js';

/** A dataset, the treaty and a record with every field the formats read. */
const treaty: CitationWork = {
  kind: 'treaty',
  key: 't-1',
  title: 'Treaty of Peace, signed at Moscow, 12 July 1920',
  authors: ['Lithuania', 'Russia'],
  issued: '1921',
  signedOn: '1920-07-12',
  place: 'Moscow',
  printedIn: { series: 'League of Nations Treaty Series', volume: 3, pages: { first: 106, last: 137 } },
  registeredOn: '1921-03-08',
};
const dataset: CitationWork = {
  kind: 'dataset',
  key: 'd-1',
  title: 'pkg: The data & more',
  keepCase: ['pkg'],
  authors: ['pkg contributors', 'R&D Group'],
  issued: '2026-11-27',
  version: '0.2.0',
  publisher: 'npm',
  url: 'https://example.org/pkg/v/0.2.0',
};
const record: CitationWork = {
  ...dataset,
  kind: 'record',
  key: 'd-1-event-x',
  title: 'Signing, 12 July 1920',
  url: 'https://example.org/site/v/0.2.0/records/event/x.html',
  recordId: { kind: 'event', id: 'x' },
  container: 'pkg: The data & more',
  value: '12 July 1920',
  sources: ['A, p. 1', 'B, p. 2'],
  sourceCount: 3,
};

describe('the notes', () => {
  it('say when a treaty was registered, and what a record says with its sources; nothing for the dataset', () => {
    expect(treatyNote(treaty)).toBe('Registered with the League of Nations on 8 March 1921.');
    expect(citationNote(treaty)).toBe(treatyNote(treaty));
    expect(citationNote(record)).toBe('12 July 1920. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.');
    expect(citationNote(dataset)).toBe('');
  });
});

describe('formats["text"]', () => {
  it('writes the dataset', () => {
    expect(formats['text'](dataset)).toBe(
      'pkg contributors & R&D Group. (2026). pkg: The data & more (Version 0.2.0) [Data set]. npm. https://example.org/pkg/v/0.2.0',
    );
  });
  it('writes the treaty', () => {
    expect(formats['text'](treaty)).toBe(
      'Lithuania & Russia. (1921). Treaty of Peace, signed at Moscow, 12 July 1920. League of Nations Treaty Series, 3, 106–137. Registered with the League of Nations on 8 March 1921.',
    );
  });
  it('writes the record', () => {
    expect(formats['text'](record)).toBe(
      'Signing, 12 July 1920. In pkg contributors & R&D Group, pkg: The data & more (Version 0.2.0; npm, 2026), https://example.org/site/v/0.2.0/records/event/x.html. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.',
    );
  });
});

describe('formats["bibtex"]', () => {
  it('writes the dataset', () => {
    expect(formats['bibtex'](dataset)).toBe(
      '@misc{d-1,\n  author = {{pkg contributors} and {R\\&D Group}},\n  title = {{pkg}: {The} data \\& more},\n  year = {2026},\n  month = nov,\n  date = {2026-11-27},\n  version = {0.2.0},\n  howpublished = {npm},\n  url = {https://example.org/pkg/v/0.2.0}\n}\n',
    );
  });
  it('writes the treaty', () => {
    expect(formats['bibtex'](treaty)).toBe(
      '@article{t-1,\n  author = {{Lithuania} and {Russia}},\n  title = {{Treaty} of {Peace,} signed at {Moscow,} 12 {July} 1920},\n  journal = {{League} of {Nations} {Treaty} {Series}},\n  volume = {3},\n  pages = {106--137},\n  year = {1921},\n  note = {Registered with the League of Nations on 8 March 1921.}\n}\n',
    );
  });
  it('writes the record', () => {
    expect(formats['bibtex'](record)).toBe(
      '@incollection{d-1-event-x,\n  author = {{pkg contributors} and {R\\&D Group}},\n  title = {{Signing,} 12 {July} 1920},\n  booktitle = {{pkg}: {The} data \\& more},\n  year = {2026},\n  month = nov,\n  date = {2026-11-27},\n  version = {0.2.0},\n  publisher = {npm},\n  url = {https://example.org/site/v/0.2.0/records/event/x.html},\n  note = {12 July 1920. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.}\n}\n',
    );
  });
});

describe('formats["csl-json"]', () => {
  it('writes the dataset', () => {
    expect(formats['csl-json'](dataset)).toBe(
      '[\n  {\n    "id": "d-1",\n    "type": "dataset",\n    "title": "<span class=\\"nocase\\">pkg</span>: The data & more",\n    "author": [\n      {\n        "literal": "pkg contributors"\n      },\n      {\n        "literal": "R&D Group"\n      }\n    ],\n    "issued": {\n      "date-parts": [\n        [\n          2026,\n          11,\n          27\n        ]\n      ]\n    },\n    "version": "0.2.0",\n    "publisher": "npm",\n    "URL": "https://example.org/pkg/v/0.2.0"\n  }\n]\n',
    );
  });
  it('writes the treaty', () => {
    expect(formats['csl-json'](treaty)).toBe(
      '[\n  {\n    "id": "t-1",\n    "type": "article-journal",\n    "title": "Treaty of Peace, signed at Moscow, 12 July 1920",\n    "author": [\n      {\n        "literal": "Lithuania"\n      },\n      {\n        "literal": "Russia"\n      }\n    ],\n    "issued": {\n      "date-parts": [\n        [\n          1921\n        ]\n      ]\n    },\n    "container-title": "League of Nations Treaty Series",\n    "volume": "3",\n    "page": "106-137",\n    "note": "Registered with the League of Nations on 8 March 1921."\n  }\n]\n',
    );
  });
  it('writes the record', () => {
    expect(formats['csl-json'](record)).toBe(
      '[\n  {\n    "id": "d-1-event-x",\n    "type": "chapter",\n    "title": "Signing, 12 July 1920",\n    "container-title": "<span class=\\"nocase\\">pkg</span>: The data & more",\n    "author": [\n      {\n        "literal": "pkg contributors"\n      },\n      {\n        "literal": "R&D Group"\n      }\n    ],\n    "issued": {\n      "date-parts": [\n        [\n          2026,\n          11,\n          27\n        ]\n      ]\n    },\n    "version": "0.2.0",\n    "publisher": "npm",\n    "URL": "https://example.org/site/v/0.2.0/records/event/x.html",\n    "note": "12 July 1920. Sources (the 2 strongest of 3): A, p. 1; B, p. 2."\n  }\n]\n',
    );
  });
});

describe('formats["ris"]', () => {
  it('writes the dataset', () => {
    expect(formats['ris'](dataset)).toBe(
      'TY  - DATA\nID  - d-1\nAU  - pkg contributors\nAU  - R&D Group\nTI  - pkg: The data & more\nPY  - 2026\nDA  - 2026/11/27\nET  - 0.2.0\nPB  - npm\nUR  - https://example.org/pkg/v/0.2.0\nER  - \n',
    );
  });
  it('writes the treaty', () => {
    expect(formats['ris'](treaty)).toBe(
      'TY  - JOUR\nID  - t-1\nAU  - Lithuania\nAU  - Russia\nTI  - Treaty of Peace, signed at Moscow, 12 July 1920\nPY  - 1921\nT2  - League of Nations Treaty Series\nVL  - 3\nSP  - 106\nEP  - 137\nN1  - Registered with the League of Nations on 8 March 1921.\nER  - \n',
    );
  });
  it('writes the record', () => {
    expect(formats['ris'](record)).toBe(
      'TY  - CHAP\nID  - d-1-event-x\nAU  - pkg contributors\nAU  - R&D Group\nTI  - Signing, 12 July 1920\nT2  - pkg: The data & more\nPY  - 2026\nDA  - 2026/11/27\nPB  - npm\nUR  - https://example.org/site/v/0.2.0/records/event/x.html\nN1  - 12 July 1920. Sources (the 2 strongest of 3): A, p. 1; B, p. 2.\nER  - \n',
    );
  });
});

describe('the version', () => {
  it('is stored once in every machine format (and named again only by the URL of that version)', () => {
    for (const name of ['bibtex', 'csl-json', 'ris'] as const) {
      const text = formats[name](dataset);
      expect(text.split('0.2.0').length - 1, name).toBe(2);
      expect(text, name).not.toMatch(/edition|Version 0\.2\.0/);
    }
  });
});
