import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyRange, periodsOf, statusOn } from '../../src/history/index.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const quote = (value: string | null): string => (value === null ? 'null' : `'${value}'`);

/** The README's `lt-ru-1920/history` example shows what the data answers today. */
describe('README: the lt-ru-1920/history example', () => {
  const status = statusOn('vilnius', '1930-06-01');
  it('shows the controller and period of Vilnius on 1 June 1930', () => {
    expect(readme).toContain(`status.controller; //=> ${quote(status.controller)}`);
    const { id, from, to, event } = status.period;
    expect(readme).toContain(`{ id: '${id}', from: '${from}', to: '${to}', event: ${quote(event)},`);
  });
  it('shows every view’s title that day', () => {
    for (const claim of status.titles) {
      expect(readme).toContain(
        `{ view: '${claim.view}', holder: ${quote(claim.holder)}, leftTo: [${claim.leftTo.map(quote).join(', ')}], basis: [${claim.basis.map(quote).join(', ')}] }`,
      );
    }
  });
  it('shows the Soviet “no claim” on Hrodna after the Peace of Riga', () => {
    const soviet = statusOn('hrodna', '1930-06-01').titles.find((claim) => claim.view === 'soviet');
    expect(soviet).toBeDefined();
    if (soviet === undefined) return;
    expect(readme).toContain(
      `//=> { view: 'soviet', holder: ${quote(soviet.holder)}, leftTo: [${soviet.leftTo.map(quote).join(', ')}], basis: [${soviet.basis.map(quote).join(', ')}] }`,
    );
  });
  it('shows the controllers of Vilnius period by period', () => {
    expect(readme).toContain(
      `//=> [${periodsOf('vilnius')
        .map((period) => quote(period.controller))
        .join(', ')}]`,
    );
  });
  it('states the covered range', () => {
    expect(readme).toContain(`outside the covered range ${historyRange.from} to ${historyRange.to}`);
  });
});
