import { describe, expect, it } from 'vitest';
import { places } from '../data/places.js';
import { historyPlaces } from '../history/records/places.js';
import { placeCatalogue, powerNames } from './place-catalogue.js';

describe('placeCatalogue', () => {
  it('has every place with every distinct name it holds, and the history of the 17', async () => {
    const catalogue = await placeCatalogue();
    expect(catalogue.map((place) => place.id)).toEqual(places.map((place) => place.id));
    expect(catalogue.find((place) => place.id === 'hrodna')?.names).toEqual(['Hrodna', 'Gardinas', 'Гродно', 'Grodno', 'Гродна']);
    expect(
      catalogue
        .filter((place) => place.history !== undefined)
        .map((place) => place.id)
        .sort(),
    ).toEqual(historyPlaces.map((place) => place.id).sort());
    expect(catalogue.find((place) => place.id === 'moscow')?.history).toBeUndefined();
  });
});

describe('powerNames', () => {
  it('names the treaty parties by their short names and the holders by their names', async () => {
    const names = await powerNames();
    expect(names.get('rsfsr')?.en).toBe('Russia');
    expect(names.get('lithuania')?.lt).toBe('Lietuva');
    expect(names.get('ussr')?.en).toBe('Soviet Union');
    expect((names.get('poland') as { pl?: string } | undefined)?.pl).toBe('Polska');
  });
});
