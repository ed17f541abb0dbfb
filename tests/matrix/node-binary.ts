import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

/** Upper bound for fetching one Node binary from the registry (first run ≈ 6 s, cached < 1 s). */
const fetchTimeoutMs = 180_000;

/**
 * Path of a Node binary of the given major version: the running one when it
 * matches, otherwise the `node-<platform>-<arch>` npm package (which ships
 * the official binaries) fetched into npm's exec cache with `npm exec`.
 * Throws when the registry cannot provide it within the time limit.
 */
export function nodeBinary(major: number): string {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const spec = `node-${process.platform}-${process.arch}@${major}`;
  const output = execFileSync('npm', ['exec', '--yes', `--package=${spec}`, '--', 'node', '-p', 'process.execPath'], {
    cwd: tmpdir(),
    encoding: 'utf8',
    timeout: fetchTimeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = output.trim().split('\n').at(-1);
  if (!path) throw new Error(`npm exec ${spec} printed no path`);
  return path;
}
