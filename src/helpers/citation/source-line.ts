import { sources } from '../../generated/sources.generated.js';
import type { DeepReadonly } from '../../internal/deep-freeze.js';
import type { Source, SourceTier } from '../../schemas/source.js';
import type { SourceRef } from '../../schemas/source-ref.js';

/** Source tiers, strongest first (the order of `SourceTierSchema`, which the `.` entry does not load). */
export const TIERS: readonly SourceTier[] = ['primary', 'scholarly', 'reference', 'wiki', 'derivative'];

/**
 * A record's citations, strongest source first (by `Source.tier`; the
 * record's own order among equals), each as one line of text: the work
 * (title, author, publisher, year), its tier, the locator, the quote and
 * the URL. Sources are looked up in `catalogue` (the bibliography of `.`
 * unless told: `./history` passes its own works as well).
 *
 * @internal
 * @example
 * ```ts
 * sourceLines([{ source: 'bfsp-1121', locator: 'p. 1121, heading', quote: 'Moscow, July 12, 1920.' }])[0];
 * //=> 'British and Foreign State Papers … [primary], p. 1121, heading, “Moscow, July 12, 1920.”, https://…'
 * ```
 */
export function sourceLines(refs: readonly SourceRef[], catalogue: readonly DeepReadonly<Source>[] = sources): string[] {
  const resolved = refs.map((ref) => ({ ref, source: catalogue.find((candidate) => candidate.id === ref.source) }));
  const rank = (tier: SourceTier | undefined): number => (tier === undefined ? TIERS.length : TIERS.indexOf(tier));
  return resolved
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => rank(a.source?.tier) - rank(b.source?.tier) || a.order - b.order)
    .map(({ ref, source }) => {
      const work =
        source === undefined ? ref.source : [source.title, source.author, source.publisher, source.year].filter((part) => part !== undefined).join(', ');
      const parts = [`${work}${source === undefined ? '' : ` [${source.tier}]`}`, ref.locator];
      if (ref.quote !== undefined) parts.push(`“${ref.quote}”`);
      if (source?.url !== undefined) parts.push(source.url);
      return parts.join(', ');
    });
}
