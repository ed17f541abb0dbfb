/** A file a generator writes: a path relative to the repository root and its full text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** A generator of derived files. It reads sources (src/, package.json) and never the files it writes. */
export type Emitter = () => GeneratedFile[] | Promise<GeneratedFile[]>;

/** JSON as every generated JSON file is written: two-space indent, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
