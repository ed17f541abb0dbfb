import * as z from 'zod';
import * as borderSchemas from '../../src/schemas/border.js';
import * as schemas from '../../src/schemas/index.js';
import { recordSchemas } from '../../src/schemas/record-schemas.js';
import type { Emitter } from '../emitter.js';

/** The part of a JSON Schema node the dictionary reads. */
interface Node {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly title?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly items?: Node | boolean;
  readonly prefixItems?: readonly Node[];
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly additionalProperties?: Node | boolean;
}

/** Largest safe integer: zod's default bound for `z.int()`, not worth printing. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Every exported zod schema of `./schemas` (and the border schemas), by name without the `Schema` suffix. */
export function namedSchemas(): Map<string, z.ZodType> {
  const named = new Map<string, z.ZodType>();
  for (const [name, value] of Object.entries({ ...schemas, ...borderSchemas })) {
    if (name.endsWith('Schema') && value instanceof z.ZodType) named.set(name.slice(0, -'Schema'.length), value);
  }
  return named;
}

/** Markdown anchor of a section heading. */
const anchor = (id: string): string => id.toLowerCase();
/** Text safe inside a Markdown table cell. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
/** Inline code, safe inside a table cell. */
const code = (text: string): string => `\`${cell(text)}\``;

/** Bounds and sizes worth telling a reader, such as `≥ 1 item` or `−90…90`. */
function constraints(node: Node): string[] {
  const out: string[] = [];
  const { minimum, maximum, minItems, maxItems } = node;
  if (minimum !== undefined && maximum !== undefined && maximum !== MAX_SAFE) out.push(`${minimum}…${maximum}`);
  else if (minimum !== undefined) out.push(`≥ ${minimum}`);
  if (minItems !== undefined && minItems === maxItems) out.push(`exactly ${minItems} items`);
  else if (minItems !== undefined && minItems > 0) out.push(`≥ ${minItems} item${minItems === 1 ? '' : 's'}`);
  if (node.format !== undefined) out.push(`format ${node.format}`);
  else if (node.pattern !== undefined && node.pattern.length <= 60) out.push(`pattern ${code(node.pattern)}`);
  return out;
}

/** The type of a node in words, with links to the sections of named schemas. */
export function typeText(node: Node): string {
  const base = baseType(node);
  const extra = node.$ref === undefined ? constraints(node) : [];
  return extra.length > 0 ? `${base} (${extra.join(', ')})` : base;
}

function baseType(node: Node): string {
  if (node.$ref !== undefined) return `[${node.$ref}](#${anchor(node.$ref)})`;
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum !== undefined) return node.enum.map((value) => code(JSON.stringify(value))).join(' \\| ');
  const union = node.anyOf ?? node.oneOf;
  if (union !== undefined) return union.map(typeText).join(' or ');
  if (node.prefixItems !== undefined) return `[${node.prefixItems.map((item) => item.title ?? typeText(item)).join(', ')}]`;
  if (node.type === 'array') return typeof node.items === 'object' ? `list of ${typeText(node.items)}` : 'list';
  if (node.type === 'object' && typeof node.additionalProperties === 'object') return `map of ${typeText(node.additionalProperties)}`;
  const tag = node.properties?.type?.const;
  if (node.type === 'object' && typeof tag === 'string') return `${code(tag)} object`;
  if (Array.isArray(node.type)) return node.type.join(' or ');
  return typeof node.type === 'string' ? node.type : 'any';
}

/** The description cell: `**Title.** Description.`, from the referenced schema when the field has none of its own. */
function describe(node: Node, named: Readonly<Record<string, Node>>): string {
  const source = node.title === undefined && node.description === undefined && node.$ref !== undefined ? (named[node.$ref] ?? node) : node;
  const text = [source.title === undefined ? '' : `**${source.title}.**`, source.description ?? ''].filter(Boolean).join(' ');
  return text === '' ? '—' : cell(text);
}

/** The object schema a property holds inline (directly, as list items, or nullable), whose fields get rows of their own. */
function inlineObject(node: Node): Node | undefined {
  if (node.type === 'object' && node.properties !== undefined) return node;
  if (node.type === 'array' && typeof node.items === 'object') return inlineObject(node.items);
  const union = node.anyOf ?? node.oneOf;
  const objects = union?.map(inlineObject).filter((entry) => entry !== undefined) ?? [];
  return objects.length === 1 ? objects[0] : undefined;
}

/** One table row per field, nested inline objects flattened to `parent.child` (`parent[].child` for lists). */
export function fieldRows(node: Node, named: Readonly<Record<string, Node>>, prefix = ''): string[] {
  const rows: string[] = [];
  const required = new Set(node.required ?? []);
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    const nested = inlineObject(field);
    const type = nested !== undefined && field.type === 'object' ? 'object' : typeText(field);
    rows.push(`| ${code(path)} | ${type} | ${required.has(name) ? 'yes' : 'no'} | ${describe(field, named)} |`);
    if (nested !== undefined) rows.push(...fieldRows(nested, named, `${path}${field.type === 'array' ? '[]' : ''}.`));
  }
  return rows;
}

/** One `###` section: the schema's title and description, then its fields or its type. */
function section(id: string, node: Node, named: Readonly<Record<string, Node>>, shipped: boolean): string {
  const lines = [`### ${id}`, '', `**${node.title ?? id}.** ${node.description ?? ''}`.trim(), ''];
  const where = [`zod: \`${id}Schema\``];
  if (shipped) where.push(`JSON Schema: \`schemas/${id}.schema.json\``);
  lines.push(`${where.join(' · ')}`, '');
  if (node.properties !== undefined) {
    lines.push('| Field | Type | Required | Description |', '|---|---|---|---|', ...fieldRows(node, named), '');
  } else {
    lines.push(`Type: ${typeText(node)}`, '');
  }
  return lines.join('\n');
}

/** Renders `docs/data-dictionary.md` from the JSON Schema of every named schema. */
export function dataDictionary(): string {
  const named = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) registry.add(schema, { id });
  const json = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => id, unrepresentable: 'any' }).schemas as Record<string, Node>;
  // Sorted: module namespace objects list keys in different orders under tsx (CJS) and vitest (ESM).
  const border = Object.keys(borderSchemas)
    .filter((name) => name.endsWith('Schema'))
    .map((name) => name.slice(0, -'Schema'.length))
    .sort();
  // Each schema is listed once: the border features under "Border", even though `validate` knows them too.
  const records = Object.keys(recordSchemas)
    .filter((id) => !border.includes(id))
    .sort();
  const rest = [...named.keys()].filter((id) => !records.includes(id) && !border.includes(id)).sort();
  const shipped = (id: string): boolean => Object.hasOwn(recordSchemas, id);
  const group = (title: string, intro: string, ids: readonly string[]): string =>
    [`## ${title}`, '', intro, '', ...ids.filter((id) => json[id]).map((id) => section(id, json[id] as Node, json, shipped(id)))].join('\n');
  return [
    '---',
    'title: Data dictionary',
    '---',
    '',
    '# Data dictionary',
    '',
    '<!-- Generated by scripts/site/data-dictionary.ts from the zod schemas. Do not edit: run `npm run generate`. -->',
    '',
    'Every record type and every field the package ships, with its type, whether it is required, and',
    "its description. It is generated from the zod schemas' metadata (`.meta({ title, description })`),",
    'the same schemas that validate the data, so it cannot drift from them. Nested objects are',
    'flattened: `names.printed` is the field `printed` inside `names`; `features[].id` is `id` inside each',
    'item of the list `features`.',
    '',
    group('Records', 'The record types of the `lt-ru-1920` entry and of `data/*.json`; `validate(kind, value)` checks any of them.', records),
    group(
      'Border (GeoJSON)',
      'The features and collections of `lt-ru-1920/border` and `data/*.geo.json`; `validate(kind, value)` checks the ones with a JSON Schema file.',
      border,
    ),
    group('Shared shapes and value types', 'Building blocks the records and features use.', rest),
  ].join('\n');
}

/** Emits `docs/data-dictionary.md`. */
const emitDataDictionary: Emitter = () => [{ path: 'docs/data-dictionary.md', content: dataDictionary() }];

export default emitDataDictionary;
