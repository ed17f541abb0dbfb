import { describe, expect, it } from 'vitest';
import { signatories } from '../data/signatories.js';
import { getSignatory } from './get-signatory.js';

describe('getSignatory', () => {
  it('finds every signatory by its id', () => {
    for (const person of signatories) expect(getSignatory(person.id)).toBe(person);
  });
  it('returns the name as printed in 1920', () => {
    expect(getSignatory('tomas-narusevicius')?.names.printed).toBe('Thomas Narusevicius');
  });
  it('returns undefined for an unknown id and throws a TypeError for a non-string', () => {
    expect(getSignatory('nobody')).toBeUndefined();
    expect(() => getSignatory(undefined as unknown as string)).toThrow(TypeError);
  });
});
