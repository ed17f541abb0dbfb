import { describe, expect, it } from 'vitest';
import { recordNote, sentence, sourcesSentence } from './record-note.js';

describe('sentence', () => {
  it('adds a full stop unless the text already ends a sentence (before closing quotes or brackets)', () => {
    expect(sentence('signed')).toBe('signed.');
    expect(sentence('signed.')).toBe('signed.');
    expect(sentence('signed?')).toBe('signed?');
    expect(sentence('“Moscow, July 12, 1920.”')).toBe('“Moscow, July 12, 1920.”');
    expect(sentence('(as printed.)')).toBe('(as printed.)');
    expect(sentence('“Moscow”')).toBe('“Moscow”.');
    expect(sentence('1920-07-12.5 km')).toBe('1920-07-12.5 km.');
  });
});

describe('sourcesSentence', () => {
  it('lists the sources, strongest first, and says how many it leaves out', () => {
    expect(sourcesSentence({ sources: ['A, p. 1', 'B, p. 2'] })).toBe('Sources, strongest first: A, p. 1; B, p. 2.');
    expect(sourcesSentence({ sources: ['A, p. 1', 'B, p. 2'], sourceCount: 2 })).toBe('Sources, strongest first: A, p. 1; B, p. 2.');
    expect(sourcesSentence({ sources: ['A, p. 1'], sourceCount: 5 })).toBe('Sources (the 1 strongest of 5): A, p. 1.');
  });
  it('is empty when there are no sources', () => {
    expect(sourcesSentence({})).toBe('');
    expect(sourcesSentence({ sources: [], sourceCount: 3 })).toBe('');
  });
});

describe('recordNote', () => {
  it('says what the record says, then its sources', () => {
    expect(recordNote({ value: '12 July 1920', sources: ['BFSP, p. 1121'] })).toBe('12 July 1920. Sources, strongest first: BFSP, p. 1121.');
    expect(recordNote({ value: '12 July 1920' })).toBe('12 July 1920.');
    expect(recordNote({ sources: ['BFSP, p. 1121'] })).toBe('Sources, strongest first: BFSP, p. 1121.');
    expect(recordNote({})).toBe('');
  });
});
