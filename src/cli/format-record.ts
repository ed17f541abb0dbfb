/** A scalar as it prints: strings bare unless they would read as something else. */
function scalar(value: unknown): string {
  if (typeof value === 'string') return value === '' || /^[\s\-[{]|: |\n/.test(value) ? JSON.stringify(value) : value;
  return String(value);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The lines of `value`, indented by `depth` levels of two spaces. */
function lines(value: unknown, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first = '', ...rest] = isPlainObject(item) || Array.isArray(item) ? lines(item, depth + 1) : [`${pad}  ${scalar(item)}`];
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => {
      if (Array.isArray(item) && item.length === 0) return [`${pad}${key}: []`];
      if (Array.isArray(item) || isPlainObject(item)) return [`${pad}${key}:`, ...lines(item, depth + 1)];
      return [`${pad}${key}: ${scalar(item)}`];
    });
  }
  return [`${pad}${scalar(value)}`];
}

/**
 * A record as indented `key: value` lines (YAML-like) under a heading: what
 * `event`, `signatory` and `article` print without `--json`.
 *
 * @example
 * ```ts
 * formatRecord('Treaty signed', { id: 'treaty-signed', date: '1920-07-12' });
 * //=> 'Treaty signed\n\nid: treaty-signed\ndate: 1920-07-12\n'
 * ```
 */
export function formatRecord(heading: string, record: unknown): string {
  return `${heading}\n\n${lines(record, 0).join('\n')}\n`;
}
