import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where to look: the environment (PATH and the override variable). */
export interface ToolLookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** A variable naming the executable (e.g. `CHROMIUM_PATH`); when set, it is the only place looked at. */
  readonly override?: string;
}

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The path of the first of `names` found on PATH, or the path the override
 * variable names (if it is executable), or null.
 *
 * @example
 * ```ts
 * findTool(['chromium', 'chromium-browser'], { env: process.env, override: 'CHROMIUM_PATH' }); //=> '/usr/bin/chromium'
 * ```
 */
export function findTool(names: string | readonly string[], lookup: ToolLookup): string | null {
  const forced = lookup.override === undefined ? undefined : lookup.env[lookup.override];
  if (forced !== undefined && forced !== '') return executable(forced) ? forced : null;
  const dirs = (lookup.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of typeof names === 'string' ? [names] : names) {
    for (const dir of dirs) {
      if (executable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** A skip notice starts with this mark; the summary reporter repeats such lines above the summary line. */
export const NOTICE = '⚠ ';

/** What a test needs from the machine, and how to get it. */
export interface ToolNeed {
  /** The tool, as named in the notice. */
  readonly tool: string;
  /** The tests that need it. */
  readonly needed: string;
  /** The one command that installs it. */
  readonly install: string;
  /** The override variable, if any. */
  readonly override?: string;
}

/**
 * Decides what a test does without its tool: outside CI it is skipped with a
 * notice (returned, to print); with `CI=true` a missing tool is an error (thrown).
 * Returns null when the tool was found.
 *
 * @example
 * ```ts
 * const notice = missingTool(null, { tool: 'chromium', needed: 'the map-page test', install: 'apt-get install -y chromium' }, {});
 * //=> '⚠ chromium not found on PATH: skipping the map-page test. Install it with: apt-get install -y chromium'
 * ```
 */
export function missingTool(found: string | null, need: ToolNeed, env: Readonly<Record<string, string | undefined>>): string | null {
  if (found !== null) return null;
  const forced = need.override === undefined ? undefined : env[need.override];
  const message = `${need.tool} not found ${forced ? `at ${need.override}=${forced}` : 'on PATH'}`;
  if (env.CI === 'true' || env.CI === '1') throw new Error(`${message}: ${need.needed} cannot run in CI. Install it with: ${need.install}`);
  return `${NOTICE}${message}: skipping ${need.needed}. Install it with: ${need.install}`;
}
