import { borderLine, territory, waypoints } from '../../src/border/index.js';
import { BorderBasisSchema, ClosingEdgeSchema } from '../../src/schemas/border.js';
import { cell, generatedBy, table } from './markdown.js';

/** Meanings of enum values as a schema's description gives them (`a: …; b: …`). */
function meaning(description: string | undefined, value: string): string {
  return new RegExp(`(?:^|; )${value}: ([^;]+)`).exec(description ?? '')?.[1]?.replace(/\.$/, '') ?? '—';
}

const km = (value: number | null): string => (value === null ? 'not stated' : `${value}`);

/** `{ a: 2, b: 1 }` as "a (2), b (1)", most frequent first. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => `\`${value}\` (${count})`)
    .join(', ');
}

/** Renders `docs/border-method.md` from the border data and its schemas. */
export function borderMethodDoc(): string {
  const segments = borderLine.features;
  const points = waypoints.features;
  const located = points.filter((feature) => feature.geometry !== null);
  const accuracies = segments.map((feature) => feature.properties.accuracyKm);
  const { properties: area } = territory;
  const basisDescription = BorderBasisSchema.meta()?.description;
  const closingDescription = ClosingEdgeSchema.shape.basis.meta()?.description;
  return `---
title: Border method
---

# Border method

${generatedBy('scripts/site/guides.ts from `lt-ru-1920/border` and its schemas')}

Article II of the treaty describes the line between Lithuania and Soviet Russia as a sequence of
places, rivers and lakes. \`lt-ru-1920/border\` (and \`data/*.geo.json\`) draws it as GeoJSON. It is
**schematic**, in the words of the data itself: "${cell(borderLine.note)}"

Credits: ${cell(borderLine.attribution)}

The interactive map of the documentation site (\`map.html\`) shows every feature below, coloured by
basis, with its sources and accuracy.

## Waypoints

Article II names ${points.length} places in order from south-west to north-east
(\`waypoints\`, one \`Waypoint\` feature each). ${located.length} are located; ${points.length - located.length}
are not identified and keep \`geometry: null\` rather than a guess. Each says how it was located
(\`method\`: ${tally(points.map((feature) => feature.properties.method))}), how far the true place may be
(\`accuracyKm\`), how far the treaty puts the line from it (\`lineOffsetKm\`), and how sure the
identification is (\`confidence\`: ${tally(points.map((feature) => feature.properties.confidence))}).

${table(
  ['order', 'in the treaty', 'identified as', 'method', 'accuracy (km)', 'confidence'],
  points.map(({ properties: p }) => [String(p.order), cell(p.nameInTreaty), cell(p.names.en), `\`${p.method}\``, km(p.accuracyKm), p.confidence]),
)}

## Segments

The line (\`borderLine\`) is ${segments.length} \`LineString\` segments between consecutive located
waypoints; \`via\` lists the places the treaty names in between that are unlocated or off the line.
Every segment has a **basis**, the evidence it rests on:

${table(
  ['basis', 'meaning', 'segments'],
  BorderBasisSchema.options.map((basis) => [
    `\`${basis}\``,
    cell(meaning(basisDescription, basis)),
    String(segments.filter((feature) => feature.properties.basis === basis).length),
  ]),
)}

## Accuracy

\`accuracyKm\` is how far the true line may be from the drawn one: from ${Math.min(...accuracies)} to
${Math.max(...accuracies)} km by segment. Use the line at the scale of a region, not of a village.

${table(
  ['segment', 'from → to', 'via', 'basis', 'follows', 'accuracy (km)', 'note'],
  segments.map(({ properties: p }) => [
    `\`${p.id}\``,
    `\`${p.from}\` → \`${p.to}\``,
    p.via.length === 0 ? '—' : p.via.map((id) => `\`${id}\``).join(', '),
    `\`${p.basis}\``,
    p.feature,
    String(p.accuracyKm),
    cell(p.note),
  ]),
)}

## Territory and closure policy

\`territory\` is the polygon “${cell(area.name)}”. ${cell(area.status)} Area: ${area.areaKm2.toLocaleString('en')} km²
(precision: \`${area.precision}\`). Left out: ${cell(area.excludes)}

The treaty drew only the eastern line, so the polygon is **closed by a documented policy** on the
other sides. Its exterior ring is cut into stretches, each with the basis of its closure:

${table(
  ['stretch', 'side', 'basis', 'meaning', 'accuracy (km)', 'note'],
  area.closure.map((edge) => [
    `\`${edge.id}\``,
    cell(edge.side),
    `\`${edge.basis}\``,
    cell(meaning(closingDescription, edge.basis)),
    km(edge.accuracyKm),
    cell(edge.note),
  ]),
)}

Each stretch, segment and waypoint cites its sources; the bibliography is in the
sources-and-method guide.
`;
}
