import { describe, expect, it } from 'vitest';
import { formatRecord } from './format-record.js';

describe('formatRecord', () => {
  it('prints a heading, then nested key: value lines', () => {
    const record = { id: 'x', title: { en: 'A', lt: 'B' }, tags: ['one', 'two'], sources: [{ source: 's', locator: 'p. 1' }], none: [] };
    expect(formatRecord('Heading', record)).toBe(
      ['Heading', '', 'id: x', 'title:', '  en: A', '  lt: B', 'tags:', '  - one', '  - two', 'sources:', '  - source: s', '    locator: p. 1', 'none: []', ''].join('\n'),
    );
  });
  it('quotes strings that would read as structure, and prints numbers and booleans as they are', () => {
    expect(formatRecord('H', { a: '', b: '- x', c: 'k: v', d: 'two\nlines', e: 3, f: true })).toBe(
      'H\n\na: ""\nb: "- x"\nc: "k: v"\nd: "two\\nlines"\ne: 3\nf: true\n',
    );
  });
});
