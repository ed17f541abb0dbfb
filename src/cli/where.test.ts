import { describe, expect, it } from 'vitest';
import { containsPoint, distanceToLineKm, nearestSegment, nearestSide } from '../border/index.js';
import { historyPlaces } from '../history/index.js';
import { run } from './run.js';

interface WhereAnswer {
  position: [number, number];
  query?: string;
  swapped: boolean;
  place?: { id: string; name: string; distanceKm: number };
  answer: 'inside' | 'outside' | 'undetermined' | 'undecided';
  inside: boolean | null;
  basis: 'geometry' | 'sources' | 'none';
  inDrawnTerritory: boolean;
  distanceToLineKm?: number;
  nearestSegment?: { id: string; basis: string; feature: string; accuracyKm: number };
  withinAccuracy?: boolean;
  nearestSide: { id: string; side: string; basis: string; accuracyKm: number | null; distanceKm: number };
  explanation: string;
  notes: string[];
}

/** `where … --json`, parsed. */
async function whereJson(...args: string[]): Promise<WhereAnswer> {
  const { code, stdout, stderr } = await run(['where', ...args, '--json']);
  expect({ code, stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as WhereAnswer;
}

describe('lt-ru-1920 where', () => {
  it('--json gives the distance to the line rounded to metres and the nearest segment’s properties, for points decided by the line', async () => {
    for (const [lon, lat] of [
      ['25.2798', '54.6892'],
      ['27.5667', '53.9'],
      ['26.83263', '55.11676'],
      ['23.9', '54.9'],
    ] as const) {
      const answer = await whereJson(lon, lat);
      const position: [number, number] = [Number(lon), Number(lat)];
      expect(answer.distanceToLineKm).toBe(Math.round(distanceToLineKm(position) * 1000) / 1000);
      const { id, basis, feature, accuracyKm } = nearestSegment(position).segment.properties;
      expect(answer.nearestSegment).toEqual({ id, basis, feature, accuracyKm });
      expect(answer.withinAccuracy).toBe(distanceToLineKm(position) <= accuracyKm);
      expect(answer.inDrawnTerritory).toBe(containsPoint(position));
      expect(answer.nearestSide.id).toBe(nearestSide(position).side.id);
    }
  });
  it('agrees with lt-ru-1920/history on every place it follows, by name and by coordinates, and says the basis', async () => {
    for (const place of historyPlaces) {
      const byName = await whereJson(place.id);
      const byPosition = await whereJson(String(place.position[0]), String(place.position[1]));
      for (const answer of [byName, byPosition]) {
        expect(answer.place?.id, place.id).toBe(place.id);
        expect(answer.inside, place.id).toBe(place.inTreatyTerritory);
        expect(answer.basis, place.id).toBe(place.inTreatyBasis === 'sources' ? 'sources' : 'geometry');
      }
    }
  });
  it('Pastavy: inside, by the sources, though the line runs through the town and the drawing alone puts it outside', async () => {
    const { stdout } = await run(['where', 'Pastavy']);
    expect(stdout).toBe(
      [
        'position   26.83263, 55.11676 (longitude, latitude)',
        'place      Pastavy (pastavy), its GeoNames position',
        'inside     yes, inside the territory recognised as Lithuanian in 1920',
        "basis      the sources, as lt-ru-1920/history says for Pastavy (syb-1921, w-be-x-old, geonames-cities500): the point is within the line's accuracy, so the geometry cannot decide (the schematic drawing alone would put it outside)",
        'distance   0.0 km to the Article II line',
        'nearest    segment myadzelka-pastavy: river, basis treaty-text, accuracy ±3 km',
        '',
      ].join('\n'),
    );
    // By coordinates it names the place by its id, without loading the names of lt-ru-1920 (start-up); --lang names it.
    expect((await run(['where', '26.83263', '55.11676'])).stdout).toBe(
      stdout.replace('Pastavy (pastavy)', 'pastavy (a place of lt-ru-1920/history)').replace('says for Pastavy', 'says for pastavy'),
    );
    expect((await run(['where', '26.83263', '55.11676', '--lang', 'en'])).stdout).toBe(stdout);
  });
  it('a point within the line’s accuracy that no source speaks for is not decided, and says what the drawing alone shows', async () => {
    const answer = await whereJson('26.9', '55.2');
    expect(answer).toMatchObject({ answer: 'undecided', inside: null, basis: 'none', withinAccuracy: true });
    expect(answer.explanation).toMatch(/^neither: 3\.0 km from the line, within this segment's accuracy of ±3 km; the schematic drawing puts it outside/);
    const inside = await whereJson('26.79', '55.08'); // inside the drawing, 3.0 km from the line (±3 km there)
    expect(inside).toMatchObject({ answer: 'undecided', inside: null, inDrawnTerritory: true, withinAccuracy: true });
    expect(inside.explanation).toMatch(/the schematic drawing puts it inside, which the sources do not confirm$/);
  });
  it('Suwałki, Sejny and Augustów: beyond the Polish side the treaty left undetermined, with no distance to the Article II line', async () => {
    for (const name of ['Suwałki', 'sejny', 'Augustów']) {
      const answer = await whereJson(name);
      expect(answer).toMatchObject({
        answer: 'undetermined',
        inside: false,
        inDrawnTerritory: false,
        nearestSide: { side: 'Poland (undetermined)', accuracyKm: null },
      });
      expect(answer.distanceToLineKm).toBeUndefined();
      const { stdout } = await run(['where', name]);
      expect(stdout).toContain(
        '\ninside     not in the territory recognised as Lithuanian in 1920, but not on the far side of a treaty line either: beyond a side the treaty left undetermined (Art. II note 1)\n',
      );
      expect(stdout).toMatch(
        /\nside {7}Poland \(undetermined\), \d+\.\d km beyond the drawn edge \(closure-[78], drawn along .*, not a treaty line\): Undetermined by the treaty \(Art\. II note 1/,
      );
      expect(stdout).not.toContain('Article II line');
    }
  });
  it('finds places by any name, in any case, with or without accents; a place with no position is not found, and says why', async () => {
    const vilnius = await whereJson('vilnius');
    for (const name of ['Vilnius', 'Wilno', 'ВИЛЬНО']) expect(await whereJson(name), name).toEqual({ ...vilnius, query: name });
    expect((await whereJson('Гродно')).place?.id).toBe('hrodna');
    expect(await run(['where', 'Moskwa'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^lt-ru-1920: Moscow \(moscow\) has no position in the data: where knows the 17 places of lt-ru-1920\/history/),
    });
    expect(await run(['where', 'Wilnoo'])).toMatchObject({ code: 1, stderr: 'lt-ru-1920: no place "Wilnoo"; did you mean "Wilno" (vilnius)?\n' });
  });
  it('reads a pasted "LAT, LON" as one argument, and answers as for LON LAT', async () => {
    const expected = await whereJson('25.2798', '54.6892');
    for (const pasted of [['54.6892, 25.2798'], ['54.6892,25.2798'], ['54.6892,', '25.2798']])
      expect(await whereJson(...pasted), pasted.join(' ')).toEqual(expected);
  });
  it('says so when the numbers lie in the treaty’s region only the other way round, and answers for the swapped point; --as-given does not swap', async () => {
    const swapped = await whereJson('54.6892', '25.2798');
    expect(swapped).toMatchObject({ position: [25.2798, 54.6892], swapped: true, answer: 'inside' });
    const { stdout } = await run(['where', '54.6892', '25.2798']);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'position   25.2798, 54.6892 (longitude, latitude)',
      'place      vilnius (a place of lt-ru-1920/history), its GeoNames position',
      "note       read in the order given (longitude, latitude) the numbers lie outside the treaty's region (20.04401–28.44333° E, 52.4122–57.44294° N); the other way round they lie in it: this answer is for longitude 25.2798, latitude 54.6892 (--as-given answers for the order given)",
      'inside     yes, inside the territory recognised as Lithuanian in 1920',
    ]);
    expect((await whereJson('25.2798,54.6892')).swapped).toBe(true);
    expect(await whereJson('54.6892', '25.2798', '--as-given')).toMatchObject({ position: [54.6892, 25.2798], swapped: false, answer: 'outside' });
    expect((await whereJson('-0.1276', '51.5072')).swapped).toBe(false);
  });
  it('outside beyond a side drawn from a frontier, names that side and its accuracy instead of the Article II line', async () => {
    const { stdout } = await run(['where', 'Klaipėda']);
    expect(stdout).toContain('\ninside     no, outside the territory recognised as Lithuanian in 1920\n');
    expect(stdout).toContain('\nside       Memel Territory (Allied administration), 11.3 km beyond the edge (closure-5, pre-1914-frontier, accuracy ±6 km)\n');
  });
  it('takes negative numbers written with a leading point; numbers out of range are usage errors', async () => {
    expect((await whereJson('-.5', '-.25')).position).toEqual([-0.5, -0.25]);
    expect(await run(['where', '200', '54'])).toEqual({ code: 2, stdout: '', stderr: 'lt-ru-1920: longitude 200 is out of range −180…180\n' });
    expect(await run(['where', '25.2.7'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lt-ru-1920: "25.2.7" is neither LON LAT, a pasted "LAT, LON" nor a place name\n',
    });
  });
});

describe('lt-ru-1920 where: a place Article II names', () => {
  it('finds a located waypoint by a modern name or its bracketed form, and answers by the geometry', async () => {
    const { stdout } = await run(['where', 'Mosty']);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'position   24.5387, 53.4122 (longitude, latitude)',
      'waypoint   Masty (Mosty) (mosty), a place Article II names (located by method town-on-line, accuracy ±2 km)',
      'inside     not decided: the point lies within the line’s accuracy, and neither the geometry nor a source for this point says which side it is on',
    ]);
    expect((await whereJson('Маладзечна')).position).toEqual((await whereJson('molodechno')).position);
    expect((await whereJson('Lake Narach')).answer).toBe('undecided');
  });
  it('a place of the data comes first (Pastavy is a place and a waypoint)', async () => {
    expect((await whereJson('Pastavy')).place?.id).toBe('pastavy');
  });
});
