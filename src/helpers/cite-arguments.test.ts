import { describe, expect, it } from 'vitest';
import { cite } from './cite.js';
import { citeRecord } from './cite-record.js';

describe('cite and citeRecord arguments', () => {
  it('default to plain text of the dataset', () => {
    expect(cite()).toBe(cite({ format: 'text', target: 'dataset' }));
    expect(cite({})).toBe(cite({ format: 'text' }));
    expect(cite({ format: 'bibtex' })).toBe(cite({ format: 'bibtex', target: 'dataset' }));
    expect(cite({ target: 'treaty' })).toBe(cite({ format: 'text', target: 'treaty' }));
    expect(citeRecord('treaty-signed')).toBe(citeRecord('treaty-signed', { format: 'text' }));
    expect(citeRecord('treaty-signed', {})).toBe(citeRecord('treaty-signed', { format: 'text' }));
  });
  it('reject options that are not an object with a TypeError naming the function', () => {
    expect(() => cite(null as unknown as object)).toThrow(new TypeError('cite: options must be an object, received null'));
    expect(() => cite('bibtex' as unknown as object)).toThrow(new TypeError('cite: options must be an object, received "bibtex"'));
    expect(() => citeRecord('treaty-signed', null as unknown as object)).toThrow(new TypeError('citeRecord: options must be an object, received null'));
    expect(() => citeRecord('treaty-signed', 3 as unknown as object)).toThrow(new TypeError('citeRecord: options must be an object, received 3'));
  });
  it('name the function and the option in an unknown choice', () => {
    expect(() => cite({ format: 'xml' as 'text' })).toThrow(/^cite: unknown format "xml"; expected one of 'text', 'bibtex', 'csl-json', 'ris'$/);
    expect(() => cite({ target: 'article' as 'treaty' })).toThrow(/^cite: unknown target "article"; expected one of 'dataset', 'treaty'$/);
    expect(() => citeRecord('treaty-signed', { format: 'xml' as 'text' })).toThrow(/^citeRecord: unknown format "xml"/);
  });
});
