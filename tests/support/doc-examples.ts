import ts from 'typescript';

/** What one example line claims: the value of its expression, or the error it throws. */
export type Claim =
  | { readonly kind: 'value'; readonly expected: string; readonly note?: string }
  | { readonly kind: 'prefix'; readonly digits: string; readonly note?: string }
  | { readonly kind: 'throws'; readonly error: string; readonly message: string };

/** One checked line of a doc-comment example: `expression; //=> value` or `expression; // throws RangeError: …`. */
export interface DocCheck {
  /** 1-based line of the claim in the source file. */
  readonly line: number;
  /** The expression whose value is claimed, as written (TypeScript). */
  readonly expression: string;
  /** Index of its statement in the example. */
  readonly statement: number;
  readonly claim: Claim;
}

/** One `@example` of a doc comment: its code, the checks in it and the `//=>` lines it could not read (with the reason). */
export interface DocExample {
  /** 1-based line where the example's code starts in the source file. */
  readonly line: number;
  /** The example's code, comment stars removed. */
  readonly code: string;
  readonly checks: readonly DocCheck[];
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
}

/** A `//=>` claim: everything after the marker to the end of the line. */
const valueMarker = /\/\/=>(.*)$/;
/** A thrown-error claim: `// throws RangeError: message` or `// UsageError: message`. */
const throwsMarker = /\/\/\s*(?:throws\s+)?([A-Z]\w*Error):\s*(.*)$/;
/** A number written with its tail elided: `111.19…`. */
const elidedNumber = /^(-?\d+(?:\.\d+)?)…$/;

/** True when `text` parses as one JavaScript expression. */
function isExpression(text: string): boolean {
  try {
    new Function(`return (${text}\n);`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the claim after `//=>`: a JavaScript expression, optionally followed
 * by a note in parentheses (`//=> true (Vilnius)`), or a number with an
 * elided tail (`//=> 111.19… (one degree north)`). Returns the reason when
 * it is neither.
 */
export function readClaim(text: string): Claim | { readonly reason: string } {
  const trimmed = text.trim();
  const [, head = '', parenthesised] = /^(.+?)\s+\(([^()]*)\)$/.exec(trimmed) ?? [];
  const [value, note] = parenthesised !== undefined && (isExpression(head) || elidedNumber.test(head)) ? [head, parenthesised] : [trimmed, undefined];
  const digits = elidedNumber.exec(value)?.[1];
  if (digits !== undefined) return note === undefined ? { kind: 'prefix', digits } : { kind: 'prefix', digits, note };
  if (!isExpression(value)) return { reason: `not a JavaScript expression: ${value}` };
  return note === undefined ? { kind: 'value', expected: value } : { kind: 'value', expected: value, note };
}

/** The `@example` bodies of one doc comment (comment stars removed), with the 0-based line each starts on within the comment. */
function exampleBodies(comment: string): { code: string; offset: number }[] {
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/\s*$/, ''));
  const bodies: { code: string; offset: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^@example\b/.test(lines[i] ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && !/^@\w/.test(lines[end] ?? '')) end++;
    const body = lines.slice(i + 1, end);
    const fenceStart = body.findIndex((line) => /^```(ts|typescript|js)?\s*$/.test(line));
    if (fenceStart >= 0) {
      // Every fenced block of the tag, each its own example.
      for (let start = fenceStart; start >= 0 && start < body.length; ) {
        const close = body.findIndex((line, index) => index > start && /^```\s*$/.test(line));
        const stop = close < 0 ? body.length : close;
        bodies.push({ code: body.slice(start + 1, stop).join('\n'), offset: i + 2 + start });
        start = body.findIndex((line, index) => index > stop && /^```(ts|typescript|js)?\s*$/.test(line));
      }
    } else {
      bodies.push({ code: body.join('\n'), offset: i + 1 });
    }
    i = end - 1;
  }
  return bodies;
}

/** Splits one example into checks: each claim belongs to the last statement that ends before it. */
function readExample(code: string, firstLine: number): DocExample {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: DocCheck[] = [];
  const skipped: { line: number; reason: string }[] = [];
  const lines = code.split('\n');
  let offset = 0;
  lines.forEach((text, index) => {
    const line = firstLine + index;
    const value = valueMarker.exec(text);
    const thrown = value ? null : throwsMarker.exec(text);
    const at = offset + (value?.index ?? thrown?.index ?? 0);
    offset += text.length + 1;
    if (!value && !thrown) return;
    let statementIndex = -1;
    source.statements.forEach((candidate, position) => {
      if (candidate.end <= at) statementIndex = position;
    });
    const statement = source.statements[statementIndex];
    if (!statement || !ts.isExpressionStatement(statement)) {
      skipped.push({ line, reason: 'no expression statement before the claim' });
      return;
    }
    const expression = statement.expression.getText(source);
    if (thrown) {
      const [, error = '', message = ''] = thrown;
      checks.push({ line, expression, statement: statementIndex, claim: { kind: 'throws', error, message: message.trim() } });
      return;
    }
    const claim = readClaim(value?.[1] ?? '');
    if ('reason' in claim) skipped.push({ line, reason: claim.reason });
    else checks.push({ line, expression, statement: statementIndex, claim });
  });
  return { line: firstLine, code, checks, skipped };
}

/**
 * The examples in the doc comments of one source file, with the line of
 * every claim.
 *
 * @example
 * ```ts
 * const [example] = docExamples(readFileSync('src/meta.ts', 'utf8'));
 * example.checks[0].expression; // 'meta.dataVersion'
 * ```
 */
export function docExamples(text: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const match of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const commentLine = text.slice(0, match.index).split('\n').length;
    for (const { code, offset } of exampleBodies(match[0])) examples.push(readExample(code, commentLine + offset));
  }
  return examples;
}

/**
 * The example's code as a function body: `import { a } from 'lt-ru-1920/x'`
 * becomes `const { a } = __entry('lt-ru-1920/x')`, every checked expression
 * `__check(i, () => (expression))` (awaited when it awaits); every other statement stays. Still
 * TypeScript (transpile before running).
 */
export function exampleProgram(example: DocExample): string {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checked = new Map(example.checks.map((check, index) => [check.statement, index]));
  return source.statements
    .map((statement, position) => {
      if (ts.isImportDeclaration(statement)) {
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) throw new Error(`only named imports are supported: ${statement.getText(source)}`);
        const names = bindings.elements
          .filter((element) => !element.isTypeOnly)
          .map((element) => (element.propertyName ? `${element.propertyName.text}: ${element.name.text}` : element.name.text));
        return `const { ${names.join(', ')} } = __entry(${JSON.stringify(specifier)});`;
      }
      if (ts.isExpressionStatement(statement)) {
        const index = checked.get(position);
        const expression = statement.expression.getText(source);
        if (index !== undefined && /\bawait\b/.test(expression)) return `await __check(${index}, async () => (${expression}));`;
        if (index !== undefined) return `__check(${index}, () => (${expression}));`;
      }
      return statement.getText(source);
    })
    .join('\n');
}
