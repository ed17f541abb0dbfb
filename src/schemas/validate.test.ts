import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../internal/iso-date.js';
import { IsoDateSchema } from './common.js';
import { type RecordKind, recordSchemas } from './record-schemas.js';
import { validate } from './validate.js';

const kinds = Object.keys(recordSchemas) as RecordKind[];

describe('validate', () => {
  it('accepts a good record and returns the parsed value', () => {
    const event = {
      id: 'treaty-signed',
      date: '1920-07-12',
      kind: 'signing',
      title: { en: 'Treaty signed', lt: 'Sutartis pasirašyta', ru: 'Договор подписан' },
      confidence: 'high',
      sources: [{ source: 'bfsp-1121', locator: 'p. 1121, heading' }],
    };
    expect(validate('Event', event)).toEqual({ ok: true, value: event });
  });
  it('explains each problem with a path and a sentence', () => {
    const result = validate('Event', { id: 'Treaty Signed', date: '12 July 1920', kind: 'signing', sources: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byPath.id).toBe('id: must be a kebab-case id such as "treaty-signed"');
    expect(byPath.date).toBe('date: must be an ISO calendar date YYYY-MM-DD, received "12 July 1920"');
    expect(byPath.sources).toBe('sources: must cite at least one source');
    expect(byPath.title).toMatch(/^title: /);
  });
  it('refuses a day the calendar does not have, in the wording of timeline and statusOn', () => {
    const event = {
      id: 'x',
      date: '1930-02-29',
      kind: 'signing',
      title: { en: 'x', lt: 'x', ru: 'x' },
      confidence: 'high',
      sources: [{ source: 'w-en', locator: 'lead' }],
    };
    expect(validate('Event', event)).toEqual({
      ok: false,
      issues: [{ path: ['date'], message: 'date: must be an ISO calendar date YYYY-MM-DD, received "1930-02-29"' }],
    });
    expect(validate('Event', { ...event, date: '1924-02-29' }).ok).toBe(true);
  });
  it('holds dates to the same rule as the helpers: IsoDateSchema agrees with isIsoDate on every day-shaped string', () => {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(IsoDateSchema.safeParse(text).success, text).toBe(isIsoDate(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('gives array indexes in the path as numbers and joins the path with dots', () => {
    const result = validate('Event', {
      id: 'treaty-signed',
      date: '1920-07-12',
      kind: 'signing',
      title: { en: 'Treaty signed' },
      confidence: 'high',
      sources: [{ source: 'bfsp-1121', locator: '' }],
    });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((each) => each.path[0] === 'sources');
    expect(issue?.path).toEqual(['sources', 0, 'locator']);
    expect(issue?.message).toMatch(/^sources\.0\.locator: /);
  });
  it('rejects a value that is not an object at the root', () => {
    const result = validate('Event', 'treaty-signed');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([{ path: [], message: expect.stringMatching(/^\(root\): ./) }]);
  });
  it('rejects unknown keys (strict objects)', () => {
    const result = validate('SourceRef', { source: 'w-en', locator: 'lead', page: 3 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual(['(root): Unrecognized key: "page"']);
  });
  it('answers an unknown kind with an issue instead of throwing', () => {
    const result = validate('Nope' as RecordKind, {});
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], message: `unknown record kind "Nope"; expected one of ${kinds.join(', ')}` }],
    });
    expect(kinds).toContain('Event');
    expect(validate(7 as unknown as RecordKind, {})).toEqual({ ok: false, issues: [{ path: [], message: expect.stringMatching(/^unknown record kind 7;/) }] });
    expect(validate('__proto__' as RecordKind, {}).ok).toBe(false);
    expect(validate({ toString: () => 'SourceRef' } as unknown as RecordKind, { source: 'w-en', locator: 'lead' })).toEqual({
      ok: false,
      issues: [{ path: [], message: expect.stringMatching(/^unknown record kind a value of type object;/) }],
    });
    expect(validate('toString' as RecordKind, {}).ok).toBe(false);
  });
  it('never throws and always gives readable issues with paths, whatever the input', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.anything(),
      fc.constantFrom(NaN, Infinity, -Infinity, '', 'x'.repeat(100_000), null, undefined),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'sources'), fc.anything()),
    );
    fc.assert(
      fc.property(fc.constantFrom(...kinds), hostile, (kind, value) => {
        const result = validate(kind, value);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message.length).toBeGreaterThan(3);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
