import { describe, expect, it } from 'vitest';
import { NotFoundError } from './command.js';
import { findByName } from './find-by-name.js';

const places = [
  { id: 'vilnius', names: ['Vilnius', 'Vilnius', 'Вильно', 'Wilno'] },
  { id: 'hrodna', names: ['Hrodna', 'Gardinas', 'Гродно', 'Grodno', 'Гродна'] },
  { id: 'suwalki', names: ['Suwałki', 'Suvalkai', 'Сувалки', 'Suwałki'] },
];

describe('findByName', () => {
  it('finds a record by its id or any of its names, in any case, with or without diacritics', () => {
    for (const query of ['vilnius', 'Vilnius', 'VILNIUS', 'wilno', 'Вильно', 'вильно']) expect(findByName('place', query, places).id).toBe('vilnius');
    for (const query of ['Гродно', 'Gardinas', 'Grodno', 'grodno', 'hrodna']) expect(findByName('place', query, places).id).toBe('hrodna');
    for (const query of ['Suwałki', 'suwalki', 'SUWAŁKI', 'Suvalkai']) expect(findByName('place', query, places).id).toBe('suwalki');
  });
  it('suggests the closest names of any record, with their ids', () => {
    expect(() => findByName('place', 'wilnoo', places)).toThrow(new NotFoundError('no place "wilnoo"; did you mean "Wilno" (vilnius)?'));
    expect(() => findByName('place', 'Grdno', places)).toThrow('did you mean "Grodno" (hrodna)?');
    expect(() => findByName('place', 'vilnus', places)).toThrow('did you mean "vilnius"?');
  });
  it('lists the ids when nothing is close', () => {
    expect(() => findByName('place', 'zzzzzzzz', places)).toThrow('no place "zzzzzzzz"; known: vilnius, hrodna, suwalki');
  });
  it('names every record a name fits when it fits several', () => {
    const twins = [...places, { id: 'lida', names: ['Grodno'] }];
    expect(() => findByName('place', 'grodno', twins)).toThrow('"grodno" names 2 place records: hrodna, lida; give the id');
  });
});
