import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type RawFormat, rawFiles } from '../internal/raw-files.js';
import { type Command, NotFoundError, UsageError } from './command.js';

const formats = ['json', 'csv', 'geojson', 'lpf'] as const satisfies readonly RawFormat[];

/**
 * The raw file (under the package's `data/`) of each collection, by format,
 * from the one list of raw files. A collection shipped only as GeoJSON
 * gives the same text for `json`.
 */
const files: Readonly<Record<string, Readonly<Partial<Record<RawFormat, string>>>>> = (() => {
  const table: Record<string, Partial<Record<RawFormat, string>>> = {};
  for (const file of rawFiles) {
    const byFormat = table[file.collection] ?? {};
    byFormat[file.format] = file.path.replace(/^data\//, '');
    table[file.collection] = byFormat;
  }
  for (const byFormat of Object.values(table)) if (byFormat.json === undefined && byFormat.geojson !== undefined) byFormat.json = byFormat.geojson;
  return Object.fromEntries(
    Object.entries(table).map(([name, byFormat]) => [
      name,
      Object.fromEntries(formats.filter((format) => byFormat[format]).map((format) => [format, byFormat[format]])),
    ]),
  );
})();

/** `lt-ru-1920 export COLLECTION --format json|csv|geojson [--out FILE]`. */
export const exportCommand: Command = {
  usage: `COLLECTION --format ${formats.join('|')} [--out FILE]`,
  help: [
    'Prints (or with --out writes to FILE) a whole collection as the package ships it under data/.',
    ...Object.entries(files).map(([name, byFormat]) => `  ${name.padEnd(16)} ${Object.keys(byFormat).join(', ')}`),
    'GeoJSON is WGS84 [longitude, latitude]; a collection shipped only as GeoJSON gives the same text for json; lpf is Linked Places Format.',
    'Example: lt-ru-1920 export events --format csv --out events.csv',
  ].join('\n'),
  options: { format: { type: 'string' }, out: { type: 'string' } },
  positionals: ['COLLECTION'],
  async run({ values, positionals }) {
    const collection = positionals[0] as string;
    const byFormat = Object.hasOwn(files, collection) ? files[collection] : undefined;
    if (byFormat === undefined) throw new UsageError(`COLLECTION ${JSON.stringify(collection)} is not one of ${Object.keys(files).join(', ')}`);
    const format = values.format;
    if (format === undefined) throw new UsageError(`--format is required: one of ${Object.keys(byFormat).join(', ')} for ${collection}`);
    if (typeof format !== 'string' || !(formats as readonly string[]).includes(format))
      throw new UsageError(`--format ${JSON.stringify(format)} is not one of ${formats.join(', ')}`);
    const file = byFormat[format as (typeof formats)[number]];
    if (file === undefined) throw new UsageError(`--format ${format} is not available for ${collection}; use ${Object.keys(byFormat).join(' or ')}`);
    // The package's own public `./data/*` export, resolved as a user's code would resolve it.
    const text = await readFile(createRequire(import.meta.url).resolve(`lt-ru-1920/data/${file}`), 'utf8');
    const out = values.out;
    if (typeof out !== 'string') return text;
    if (out === '') throw new UsageError('--out needs a file name');
    await writeFile(out, text).catch((error: NodeJS.ErrnoException) => {
      throw new NotFoundError(`cannot write --out ${JSON.stringify(out)}: ${error.code ?? error.message}`);
    });
    return `wrote ${collection} as ${format} to ${out} (${Buffer.byteLength(text)} bytes)\n`;
  },
};
