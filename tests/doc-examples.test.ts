import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocCheck, type DocExample, docExamples, exampleProgram } from './support/doc-examples.js';

/**
 * Every `expression; //=> value` (and `expression; // throws RangeError: …`)
 * line in the doc comments of src/ is run against the source modules and
 * its claim compared with what the code returns. A claim is read in the
 * scope of the file that documents it: the file's own exports, then what it
 * imports, then the public entries, then any other module's export of that
 * name; an `import … from 'lt-ru-1920/…'` line in the example binds the
 * entry's exports. A string with `…` elides text (and the spaces around it): the rest must match.
 */

const root = resolve(import.meta.dirname, '..');

/**
 * The public entries an example may import, by their package specifier, with
 * their source module: the `paths` with which the type check
 * (tsconfig.typecheck.json) reads the package's own names from `src/`.
 */
const entries: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    (JSON.parse(readFileSync(resolve(root, 'tsconfig.typecheck.json'), 'utf8')) as { compilerOptions: { paths: Record<string, [string]> } }).compilerOptions
      .paths,
  ).map(([specifier, [path]]) => [specifier, path.replace(/^\.\//, '')]),
);

/** Modules that do something when imported, so are never loaded for their exports. */
const runsOnImport = new Set(['src/cli/bin.ts']);

/** Every source module of src/ (tests aside), as a path relative to the root. */
const modules = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  .filter((path) => !runsOnImport.has(path))
  .sort();

/** The examples of every module that has one, with their checks. */
const documented = modules
  .map((path) => ({ path, examples: docExamples(readFileSync(join(root, path), 'utf8')) }))
  .filter(({ examples }) => examples.some((example) => example.checks.length > 0 || example.skipped.length > 0));

type Namespace = Readonly<Record<string, unknown>>;

/** Loaded modules, by path relative to the root. */
const loaded = new Map<string, Namespace>();

/** The runtime names a module imports from other modules of src/: local name → [module path, exported name or `*`]. */
function importsOf(path: string): Map<string, [string, string]> {
  const source = ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = new Map<string, [string, string]>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!specifier.startsWith('.')) continue;
    const target = relative(root, resolve(root, dirname(path), specifier.replace(/\.js$/, '.ts')));
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    if (clause?.name) names.set(clause.name.text, [target, 'default']);
    if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, [target, '*']);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (!element.isTypeOnly) names.set(element.name.text, [target, (element.propertyName ?? element.name).text]);
      }
    }
  }
  return names;
}

/** Names that are no parameter name of a function. */
const unusable = new Set(['default', 'arguments', 'eval']);

/** The names an example of `path` sees, the nearer scopes winning: any module's unique export < public entries < the file's imports < its own exports. */
function scopeOf(path: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  const owners = new Map<string, Set<unknown>>();
  for (const namespace of loaded.values()) {
    for (const [name, value] of Object.entries(namespace)) owners.set(name, (owners.get(name) ?? new Set()).add(value));
  }
  for (const [name, values] of owners) if (values.size === 1) scope[name] = [...values][0];
  for (const entry of Object.values(entries)) Object.assign(scope, loaded.get(entry));
  for (const [local, [target, name]] of importsOf(path)) {
    const namespace = loaded.get(target);
    if (namespace) scope[local] = name === '*' ? namespace : namespace[name];
  }
  Object.assign(scope, loaded.get(path));
  for (const name of unusable) delete scope[name];
  return scope;
}

/** What running a checked expression gave. */
type Outcome = { readonly value: unknown } | { readonly error: unknown };

/** Outcomes by `path:line` of the claim; the claimed values likewise. */
const outcomes = new Map<string, Outcome>();
const claimed = new Map<string, Outcome>();
/** Errors of examples that stopped before a claim, by `path:line` of the claim. */
const broken = new Map<string, unknown>();

/** The constructor of async functions, so that an example may `await`. */
const AsyncFunction = (async () => undefined).constructor as new (...parameters: string[]) => (...values: unknown[]) => Promise<void>;

/** Runs one example in the scope of its file, recording each claimed value and the outcome of each checked expression. */
async function runExample(path: string, example: DocExample): Promise<void> {
  const scope = scopeOf(path);
  const names = Object.keys(scope);
  const values = names.map((name) => scope[name]);
  for (const { line, claim } of example.checks) {
    if (claim.kind !== 'value') continue;
    try {
      claimed.set(`${path}:${line}`, { value: new Function(...names, `return (${claim.expected}\n);`)(...values) as unknown });
    } catch (error) {
      claimed.set(`${path}:${line}`, { error });
    }
  }
  const entry = (specifier: string) => {
    const target = entries[specifier];
    if (target === undefined) throw new Error(`unknown entry ${specifier}`);
    return loaded.get(target);
  };
  const check = (index: number, run: () => unknown) => {
    const key = `${path}:${example.checks[index]?.line}`;
    try {
      const value = run();
      if (!(value instanceof Promise)) return void outcomes.set(key, { value });
      return value.then(
        (resolved: unknown) => void outcomes.set(key, { value: resolved }),
        (error: unknown) => void outcomes.set(key, { error }),
      );
    } catch (error) {
      outcomes.set(key, { error });
    }
  };
  // In a block of its own, so that an example's `import` may rebind a name of the scope.
  const code = transformSync(`{\n${exampleProgram(example)}\n}`, { loader: 'ts' }).code;
  await new AsyncFunction('__entry', '__check', ...names, code)(entry, check, ...values);
}

/** A claimed string with `…` as a pattern: the elided parts match anything. */
function elision(expected: string): RegExp {
  const parts = expected.split(/\s*…\s*/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}

/** Decimals written in a number literal (`18.669` → 3), or undefined for a literal that is not a decimal number. */
function decimalsOf(literal: string): number | undefined {
  return /^-?\d+\.(\d+)$/.exec(literal.trim())?.[1]?.length;
}

/** package.json's version: 0.0.0 until the first release, which is 0.1.0 (DECISIONS). */
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/**
 * Before the first release (version 0.0.0) the examples already show the
 * version they document, 0.1.0: read this checkout's version in a result
 * as 0.1.0. From the release on, this changes nothing.
 */
function releaseVersion(value: unknown): unknown {
  return version === '0.0.0' && typeof value === 'string' ? value.replaceAll(version, '0.1.0') : value;
}

/** Compares one outcome with its claim, failing with the example's file and line. */
function expectClaim(path: string, check: DocCheck): void {
  const where = `${path}:${check.line}: ${check.expression}`;
  if (broken.has(`${path}:${check.line}`)) throw new Error(`${where}: the example stopped before this line`, { cause: broken.get(`${path}:${check.line}`) });
  const outcome = outcomes.get(`${path}:${check.line}`);
  expect(outcome, `${where} never ran`).toBeDefined();
  const { claim } = check;
  if (claim.kind === 'throws') {
    expect(outcome && 'error' in outcome, `${where} should throw ${claim.error}`).toBe(true);
    const error = (outcome as { error: Error }).error;
    expect(error.name, where).toBe(claim.error);
    if (error.message !== claim.message) expect(error.message, where).toMatch(elision(claim.message));
    return;
  }
  if (outcome && 'error' in outcome) throw new Error(`${where} threw`, { cause: outcome.error });
  const actual = releaseVersion((outcome as { value: unknown }).value);
  if (claim.kind === 'prefix') {
    expect(typeof actual, where).toBe('number');
    expect(String(actual), where).toMatch(new RegExp(`^${claim.digits.replace('.', '\\.')}`));
    return;
  }
  const expectation = claimed.get(`${path}:${check.line}`);
  if (expectation && 'error' in expectation) throw new Error(`${where}: the claimed value ${claim.expected} does not evaluate`, { cause: expectation.error });
  const expected = releaseVersion((expectation as { value: unknown }).value);
  const decimals = decimalsOf(claim.expected);
  if (typeof expected === 'string' && typeof actual === 'string' && expected.includes('…') && actual !== expected) {
    expect(actual, where).toMatch(elision(expected));
  } else if (decimals !== undefined && typeof actual === 'number') {
    expect(Math.abs(actual - (expected as number)), `${where}: ${actual} is not ${claim.expected} to ${decimals} decimals`).toBeLessThanOrEqual(
      0.5 * 10 ** -decimals,
    );
  } else {
    expect(actual, where).toEqual(expected);
  }
}

beforeAll(async () => {
  for (const path of modules) loaded.set(path, (await import(pathToFileURL(join(root, path)).href)) as Namespace);
  for (const { path, examples } of documented) {
    for (const example of examples) {
      try {
        await runExample(path, example);
      } catch (error) {
        // A statement outside the checks threw: every check of the example not yet run fails with it.
        for (const { line } of example.checks) if (!outcomes.has(`${path}:${line}`)) broken.set(`${path}:${line}`, error);
      }
    }
  }
});

describe.each(documented)('the examples of $path', ({ path, examples }) => {
  const checks = examples.flatMap((example) => example.checks);
  it.each(checks.map((check) => [`line ${check.line}: ${check.expression}`, check] as const))('%s', (_name, check) => {
    expectClaim(path, check);
  });
});

describe('doc examples as a whole', () => {
  const checks = documented.flatMap(({ examples }) => examples.flatMap((example) => example.checks));
  const skipped = documented.flatMap(({ path, examples }) => examples.flatMap((example) => example.skipped.map((skip) => ({ path, ...skip }))));
  it('every `//=>` line in a doc comment of src/ is checked, or skipped with a reason', () => {
    let markers = 0;
    for (const path of modules) {
      for (const comment of readFileSync(join(root, path), 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? []) markers += comment.match(/\/\/=>/g)?.length ?? 0;
    }
    const valueChecks = checks.filter((check) => check.claim.kind !== 'throws').length;
    expect(valueChecks + skipped.length).toBe(markers);
    for (const skip of skipped) expect(skip.reason, `${skip.path}:${skip.line}`).not.toBe('');
  });
  it('knows every code entry of package.json `exports` by its name, from the type check’s paths', () => {
    const exportsMap = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> }).exports;
    const codeEntries = Object.keys(exportsMap).filter((subpath) => !subpath.includes('*') && !subpath.endsWith('.json'));
    expect(Object.keys(entries).sort()).toEqual(codeEntries.map((subpath) => `lt-ru-1920${subpath.slice(1)}`).sort());
  });
  it('finds at least the 109 runnable examples the review counted', () => {
    expect(checks.filter((check) => check.claim.kind !== 'throws').length).toBeGreaterThanOrEqual(109);
  });
});
