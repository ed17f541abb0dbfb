import { describe, expect, it } from 'vitest';
import { formatRecord } from './format-record.js';

describe('formatRecord', () => {
  it('prints a heading, then nested key: value lines', () => {
    const record = { id: 'x', title: { en: 'A', lt: 'B' }, tags: ['one', 'two'], sources: [{ source: 's', locator: 'p. 1' }], none: [] };
    expect(formatRecord('Heading', record)).toBe(
      [
        'Heading',
        '',
        'id: x',
        'title:',
        '  en: A',
        '  lt: B',
        'tags:',
        '  - one',
        '  - two',
        'sources:',
        '  - source: s',
        '    locator: p. 1',
        'none: []',
        '',
      ].join('\n'),
    );
  });
  it('quotes strings that would read as structure, and prints numbers and booleans as they are', () => {
    expect(formatRecord('H', { a: '', b: '- x', c: 'k: v', d: 'two\nlines', e: 3, f: true })).toBe(
      'H\n\na: ""\nb: "- x"\nc: "k: v"\nd: "two\\nlines"\ne: 3\nf: true\n',
    );
  });
  it('quotes only what would read as structure: a leading space, dash, [ or {, a ": " or a line break', () => {
    expect(formatRecord('H', { a: ' x', b: '[x', c: '{x', d: '\tx', e: 'treaty-signed', f: 'a:b', g: 'x [y] {z}', h: 'a - b' })).toBe(
      'H\n\na: " x"\nb: "[x"\nc: "{x"\nd: "\\tx"\ne: treaty-signed\nf: a:b\ng: x [y] {z}\nh: a - b\n',
    );
  });
  it('prints null, nested lists and a scalar record', () => {
    expect(formatRecord('H', { a: null, b: [['x', 'y'], 'z'] })).toBe('H\n\na: null\nb:\n  - - x\n    - y\n  - z\n');
    expect(formatRecord('H', 'text')).toBe('H\n\ntext\n');
  });
});
