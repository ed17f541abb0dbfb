import { describe, expect, it } from 'vitest';
import { getArticle, getEvent, getSignatory } from '../index.js';
import { formatRecord } from './format-record.js';
import { run } from './run.js';

describe('lt-ru-1920 event, signatory, article', () => {
  it('print the record under a heading: date and title, printed name and side, article number and kind', async () => {
    const event = getEvent('treaty-signed');
    expect(await run(['event', 'treaty-signed'])).toEqual({ code: 0, stdout: formatRecord(`${event.date}  ${event.title.en}`, event), stderr: '' });
    expect((await run(['signatory', 'adolf-joffe'])).stdout).toBe(
      formatRecord(`${getSignatory('adolf-joffe').names.printed} (${getSignatory('adolf-joffe').side})`, getSignatory('adolf-joffe')),
    );
    expect((await run(['article', 'article-1'])).stdout).toBe(formatRecord('Article I', getArticle('article-1')));
    expect((await run(['article', 'article-2-secret-supplement'])).stdout).toMatch(/^Article II \(secret-supplement\)\n\n/);
  });
  it('--json prints the record as indented JSON', async () => {
    for (const [command, record] of [
      ['event', getEvent('treaty-signed')],
      ['signatory', getSignatory('adolf-joffe')],
      ['article', getArticle('article-1')],
    ] as const) {
      expect((await run([command, record.id, '--json'])).stdout).toBe(`${JSON.stringify(record, null, 2)}\n`);
    }
  });
  it('an unknown id exits 1, naming what was looked for', async () => {
    expect(await run(['article', 'article-99'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^lt-ru-1920: no article "article-99"; /),
    });
    expect(await run(['signatory', 'adolf-jofe'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lt-ru-1920: no signatory "adolf-jofe"; did you mean "adolf-joffe"?\n',
    });
  });
});

describe('lookups by name', () => {
  it('article: by number, Roman or Arabic, any case', async () => {
    const expected = await run(['article', 'article-2']);
    for (const query of ['2', 'II', 'ii', 'Article 2', 'article II']) expect(await run(['article', query]), query).toEqual(expected);
    expect((await run(['article', 'XIX'])).stdout).toMatch(/^Article XIX\n/);
  });
  it('signatory: by any form of the name or the surname, accents optional', async () => {
    const expected = await run(['signatory', 'tomas-narusevicius']);
    for (const query of ['Naruševičius', 'narusevicius', 'Tomas Naruševičius', 'Нарушевичиус'])
      expect(await run(['signatory', query]), query).toEqual(expected);
    expect((await run(['signatory', 'Иоффе'])).stdout).toMatch(/^Adolf Abramovitch Joffe \(rsfsr\)\n/);
  });
  it('event: by its title in any language', async () => {
    const expected = await run(['event', 'ratifications-exchanged']);
    expect(await run(['event', 'Exchange of ratifications'])).toEqual(expected);
    expect(await run(['event', 'apsikeitimas ratifikaciniais raštais'])).toEqual(expected);
  });
});
