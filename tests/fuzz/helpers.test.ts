import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../src/index.js';
import { EventKindSchema } from '../../src/schemas/event.js';
import { anyValue, nastyString, optionsLike } from './arbitraries.js';
import { budget } from './budget.js';
import { lookupProperty, outcome } from './errors.js';
import { captureExports, expectRecordsFrozen } from './exported-state.js';

const { articles, cite, citeRecord, events, getArticle, getEvent, getPlace, getSignatory, getSource, places, signatories, sources, timeline } = entry;

const eventKinds = EventKindSchema.options;
const isoDate = fc.date({ min: new Date('1900-01-01'), max: new Date('1950-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateLike = fc.oneof(isoDate, nastyString, anyValue, fc.constant(undefined));
const kindLike = fc.oneof(
  fc.constantFrom(...eventKinds),
  fc.array(fc.constantFrom(...eventKinds), { maxLength: 4 }),
  fc.array(fc.oneof(fc.constantFrom(...eventKinds), nastyString), { maxLength: 4 }),
  anyValue,
  fc.constant(undefined),
);

let before: Record<string, unknown> = {};
beforeAll(() => {
  before = captureExports(entry);
});

describe('fuzz: lookups by id', () => {
  const lookups: readonly (readonly [string, (id: string) => unknown, readonly { readonly id: string }[], number])[] = [
    ['getEvent', getEvent, events, budget.getEvent],
    ['getSignatory', getSignatory, signatories, budget.getSignatory],
    ['getArticle', getArticle, articles, budget.getArticle],
    ['getSource', getSource, sources, budget.getSource],
    ['getPlace', getPlace, places, budget.getPlace],
  ];
  it.each(lookups)('%s returns the record with that id or undefined, and throws a TypeError naming `id` for a non-string', (name, lookup, records, numRuns) => {
    const byId = new Map<unknown, unknown>(records.map((record) => [record.id, record]));
    fc.assert(lookupProperty(name, lookup, byId, nastyString), { numRuns });
  });
});

describe('fuzz: timeline', () => {
  it('returns a frozen, sorted selection of the shared records, or throws a TypeError/RangeError naming `options`', () => {
    const options = fc.oneof(optionsLike({ from: dateLike, to: dateLike, kind: kindLike }), fc.constant(undefined));
    fc.assert(
      fc.property(options, (value) => {
        const result = outcome(() => timeline(value as entry.TimelineOptions), /^timeline: options/);
        if (result.threw) return;
        const list = result.value;
        const { from, to } = (value ?? {}) as { from?: unknown; to?: unknown };
        const shared = new Set<unknown>(events);
        // Plain checks and one assertion per case: expect() per element would dominate the run time.
        const wrong = list.filter(
          (event, i) =>
            !shared.has(event) ||
            (i > 0 && (list[i - 1] as entry.Event).date > event.date) ||
            (typeof from === 'string' && event.date < from) ||
            (typeof to === 'string' && event.date > to),
        );
        expect({ frozen: Object.isFrozen(list), wrong }).toEqual({ frozen: true, wrong: [] });
      }),
      { numRuns: budget.timeline },
    );
  });
  it('never throws for well-formed options', () => {
    const wellFormed = fc.record(
      { from: isoDate, to: isoDate, kind: fc.oneof(fc.constantFrom(...eventKinds), fc.array(fc.constantFrom(...eventKinds))) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(wellFormed, (value) => void expect(() => timeline(value)).not.toThrow()),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: cite', () => {
  const formats = ['text', 'bibtex', 'csl-json', 'ris'] as const;
  const targets = ['dataset', 'treaty'] as const;
  it('returns a non-empty string, or throws a TypeError/RangeError of its own naming the option', () => {
    const options = fc.oneof(
      optionsLike({ format: fc.oneof(fc.constantFrom(...formats), anyValue), target: fc.oneof(fc.constantFrom(...targets), anyValue) }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(options, (value) => {
        const result = outcome(() => cite(value as entry.CiteOptions), /^cite: .*\b(options|format|target)\b/);
        if (!result.threw) expect(result.value.length).toBeGreaterThan(0);
        const { format, target } = (value ?? {}) as { format?: unknown; target?: unknown };
        const valid = (format === undefined || formats.includes(format as never)) && (target === undefined || targets.includes(target as never));
        if (value !== null && typeof value === 'object' && valid) expect(result.threw).toBe(false);
      }),
      { numRuns: budget.cite },
    );
  });
});

describe('fuzz: citeRecord', () => {
  const formats = ['text', 'bibtex', 'csl-json', 'ris'] as const;
  const known = [...events, ...signatories].map((record) => record.id);
  it('returns a non-empty string for a known id, or throws a TypeError/RangeError of its own naming the id or option', () => {
    const id = fc.oneof(fc.constantFrom(...known), nastyString);
    const options = fc.oneof(optionsLike({ format: fc.oneof(fc.constantFrom(...formats), anyValue) }), fc.constant(undefined));
    fc.assert(
      fc.property(id, options, (value, opts) => {
        const result = outcome(() => citeRecord(value as string, opts as entry.CiteRecordOptions), /^citeRecord: .*\b(id|options|format)\b/);
        if (!result.threw) expect(result.value.length).toBeGreaterThan(0);
        const { format } = (opts ?? {}) as { format?: unknown };
        const valid =
          known.includes(value as string) &&
          (opts === undefined || (opts !== null && typeof opts === 'object' && (format === undefined || formats.includes(format as never))));
        if (valid) expect(result.threw).toBe(false);
      }),
      { numRuns: budget.citeRecord },
    );
  });
});

// Last in the file, so it runs after every property above.
it('leaves every export of `lt-ru-1920` unchanged and deeply frozen', () => {
  expect(captureExports(entry)).toEqual(before);
  expectRecordsFrozen(entry);
});
