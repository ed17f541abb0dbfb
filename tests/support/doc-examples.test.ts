import { describe, expect, it } from 'vitest';
import { docExamples, exampleProgram, readClaim } from './doc-examples.js';

describe('readClaim', () => {
  it('reads a value, a value with a note in parentheses and an elided number', () => {
    expect(readClaim(" 'poland'")).toEqual({ kind: 'value', expected: "'poland'" });
    expect(readClaim(' true  (Vilnius)')).toEqual({ kind: 'value', expected: 'true', note: 'Vilnius' });
    expect(readClaim(" ['a', 'b']")).toEqual({ kind: 'value', expected: "['a', 'b']" });
    expect(readClaim(' 111.19… (one degree north)')).toEqual({ kind: 'prefix', digits: '111.19', note: 'one degree north' });
  });
  it('gives a reason for a claim that is no expression', () => {
    expect(readClaim(' the id of a segment')).toEqual({ reason: 'not a JavaScript expression: the id of a segment' });
  });
});

const comment = `
/**
 * Something.
 *
 * @example
 * \`\`\`ts
 * import { statusOn } from 'lt-ru-1920/history';
 * const status = statusOn('vilnius', '1930-06-01');
 * status.controller; //=> 'poland'
 * status.titles
 *   .map((title) => title.view);
 * //=> ['lithuania']
 * statusOn('nowhere', '1930-06-01'); // throws RangeError: statusOn: unknown place "nowhere"
 * status.period; // a comment that claims nothing
 * \`\`\`
 * @internal
 */
export const x = 1;
`;

describe('docExamples', () => {
  const [example = { line: 0, code: '', checks: [], skipped: [] }] = docExamples(comment);
  it('finds each claim with its line, the statement before it and what it claims', () => {
    expect(example.line).toBe(7);
    expect(example.checks).toEqual([
      { line: 9, expression: 'status.controller', statement: 2, claim: { kind: 'value', expected: "'poland'" } },
      { line: 12, expression: 'status.titles\n  .map((title) => title.view)', statement: 3, claim: { kind: 'value', expected: "['lithuania']" } },
      {
        line: 13,
        expression: "statusOn('nowhere', '1930-06-01')",
        statement: 4,
        claim: { kind: 'throws', error: 'RangeError', message: 'statusOn: unknown place "nowhere"' },
      },
    ]);
    expect(example.skipped).toEqual([]);
  });
  it('turns the example into a program: imports from the entry, checked expressions through __check', () => {
    expect(exampleProgram(example).split('\n')).toEqual([
      'const { statusOn } = __entry("lt-ru-1920/history");',
      "const status = statusOn('vilnius', '1930-06-01');",
      '__check(0, () => (status.controller));',
      '__check(1, () => (status.titles',
      '  .map((title) => title.view)));',
      "__check(2, () => (statusOn('nowhere', '1930-06-01')));",
      'status.period;',
    ]);
  });
  it('reads an example without a fence up to the next tag', () => {
    const [plain] = docExamples('/**\n * @example\n * holders.find((h) => h.id === "ussr")?.abbreviation //=> \'USSR\'\n * @internal\n */');
    expect(plain?.checks.map((check) => check.expression)).toEqual(['holders.find((h) => h.id === "ussr")?.abbreviation']);
  });
  it('skips, with a reason, a claim after something that is no expression statement', () => {
    const [odd] = docExamples('/**\n * @example\n * ```ts\n * const a = 1; //=> 1\n * ```\n */');
    expect(odd?.checks).toEqual([]);
    expect(odd?.skipped).toEqual([{ line: 4, reason: 'no expression statement before the claim' }]);
  });
});
