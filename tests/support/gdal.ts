import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findTool, missingTool } from './find-tool.js';

/**
 * GDAL's command-line tools from the system (Debian `gdal-bin`), found on
 * PATH. Without them the GDAL tests are skipped with a notice outside CI,
 * and fail to load with `CI=true` (`.ci/run` installs them).
 */
export const ogrinfoPath = findTool('ogrinfo', { env: process.env });
export const ogr2ogrPath = findTool('ogr2ogr', { env: process.env });
const notice = missingTool(
  ogrinfoPath && ogr2ogrPath,
  { tool: 'GDAL (ogrinfo, ogr2ogr)', needed: 'the GDAL tests (tests/files/)', install: 'apt-get install -y gdal-bin' },
  process.env,
);
if (notice !== null) console.warn(notice);

/** Whether the GDAL tools were found. */
export const hasGdal = ogrinfoPath !== null && ogr2ogrPath !== null;

const run = promisify(execFile);

/** Runs a GDAL tool; resolves with its stdout and stderr, rejects on a non-zero exit. */
export async function gdal(tool: 'ogrinfo' | 'ogr2ogr', args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  const path = tool === 'ogrinfo' ? ogrinfoPath : ogr2ogrPath;
  if (path === null) throw new Error(`${tool}: not found (the suite should have been skipped)`);
  return run(path, [...args], { maxBuffer: 16 * 1024 * 1024 });
}

/** What `ogrinfo -ro -al -so` says of a one-layer file: geometry type, feature count, and field types by name. */
export interface LayerSummary {
  readonly geometry: string;
  readonly featureCount: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Parses the summary `ogrinfo -ro -al -so` prints for a file with one layer.
 *
 * @example
 * ```ts
 * parseSummary('Layer name: x\nGeometry: Point\nFeature Count: 17\nLayer SRS WKT:\n(unknown)\nid: String (0.0)\n');
 * //=> { geometry: 'Point', featureCount: 17, fields: { id: 'String' } }
 * ```
 */
export function parseSummary(text: string): LayerSummary {
  const geometry = /^Geometry: (.+)$/m.exec(text)?.[1] ?? '';
  const featureCount = Number(/^Feature Count: (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
  const fields: Record<string, string> = {};
  for (const match of text.matchAll(/^([A-Za-z_][\w:]*): ([A-Za-z]+(?:\([A-Za-z]+\))?) \(\d+\.\d+\)$/gm)) fields[match[1] as string] = match[2] as string;
  return { geometry, featureCount, fields };
}

/** `ogrinfo -ro -al -so` on a file (with open options), parsed. */
export async function summary(path: string, openOptions: readonly string[] = []): Promise<LayerSummary> {
  const { stdout } = await gdal('ogrinfo', ['-ro', '-al', '-so', ...openOptions.flatMap((option) => ['-oo', option]), path]);
  return parseSummary(stdout);
}
