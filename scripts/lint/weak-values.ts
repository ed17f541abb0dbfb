/**
 * Prints the research agenda: how many preferred values (variants left
 * aside) rest on `wiki` or `derivative` sources alone, which of them an
 * exported date constant reads, and the list of them by record
 * (`npx tsx scripts/lint/weak-values.ts`). tests/provenance.test.ts keeps the
 * count from growing.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateConstants } from '../emit/dates.js';
import { type SourcedValue, sourcedValues, tiers, weaklySourced } from './provenance.js';

/**
 * The exported date constants (`SIGNED_ON`…) whose event date rests on wiki
 * or derivative sources alone.
 *
 * @example
 * ```ts
 * weakConstants(); //=> ['REGISTERED_ON'] while the LNTS volume itself is not cited
 * ```
 */
export function weakConstants(weak: readonly SourcedValue[] = weaklySourced()): string[] {
  const records = new Set(weak.filter((value) => value.path === '').map((value) => value.record));
  return dateConstants.filter((constant) => records.has(`events/${constant.event}`)).map((constant) => constant.name);
}

function main(): void {
  const weak = weaklySourced();
  const preferred = sourcedValues().filter((value) => !value.variant);
  const tierOf = tiers();
  console.log(`${weak.length} of ${preferred.length} preferred values rest on wiki or derivative sources alone`);
  console.log(`exported constants among them: ${weakConstants(weak).join(', ') || 'none'}`);
  for (const value of weak) {
    const sources = value.sources.map((ref) => `${ref.source} (${tierOf.get(ref.source)})`).join(', ');
    console.log(
      `- ${value.record}${value.path ? ` ${value.path}` : ''}${value.label ? ` “${value.label}”` : ''}: ${sources}${value.confidence ? `; confidence ${value.confidence}` : ''}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
