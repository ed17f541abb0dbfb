import { segmentInputs } from '../../src/border/records/segments.js';
import { waypointInputs } from '../../src/border/records/waypoints.js';
import { places } from '../../src/data/places.js';
import { registration } from '../../src/data/registration.js';
import { treaty } from '../../src/data/treaty.js';
import type { SourceRef } from '../../src/schemas/source-ref.js';
import type { Emitter } from '../emitter.js';

/** What the coordinates in a locator or quote are replaced by: the `.` entry carries none. */
export const COORDINATES_OMITTED = '(coordinates in lt-ru-1920/border)';

/** One latitude or longitude: degrees-minutes-seconds (`54°51′09″N`, `54°51′09″ с. ш.`) or decimal degrees (`27.43767 E`). */
const ONE_COORDINATE = String.raw`(?:\d{1,3}°(?:\s?\d{1,2}(?:[.,]\d+)?′)?(?:\s?\d{1,2}(?:[.,]\d+)?″)?|\d{1,3}\.\d{3,}°?)\s?(?:[NSEW](?![\p{L}])|[сю]\.\s?ш\.|[вз]\.\s?д\.)?`;

/** A run of coordinates: a position written as latitude and longitude (in either order). */
const COORDINATES = new RegExp(`${ONE_COORDINATE}(?:[\\s,;]+${ONE_COORDINATE})*`, 'gu');

/**
 * Replaces every position (a run of latitudes and longitudes) in a text by {@link COORDINATES_OMITTED}.
 *
 * @example
 * ```ts
 * withoutCoordinates('infobox coordinates: 54°51′09″N 26°44′59″E'); //=> 'infobox coordinates: (coordinates in lt-ru-1920/border)'
 * ```
 */
export function withoutCoordinates(text: string): string {
  return text.replace(COORDINATES, COORDINATES_OMITTED);
}

/** A citation with the coordinates of its locator replaced; a quote holding coordinates is left out, as a quote is verbatim or nothing. */
const coordinateFree = (ref: SourceRef): SourceRef => ({
  source: ref.source,
  locator: withoutCoordinates(ref.locator),
  ...(ref.quote === undefined || withoutCoordinates(ref.quote) !== ref.quote ? {} : { quote: ref.quote }),
});

/** How each basis reads in a citation. */
const BASIS: Readonly<Record<string, string>> = {
  'treaty-text': 'the treaty text',
  'contemporary-summary': 'a contemporary summary',
  interpolation: 'our interpolation between located places',
};

/** The waypoints and segments as the record citations read them: titles, values and coordinate-free sources. */
export function borderCitations() {
  const titles = new Map<string, string>();
  const waypoints = waypointInputs.map((waypoint) => {
    const title = waypoint.names.en ?? `“${waypoint.nameInTreaty}” (not identified)`;
    titles.set(waypoint.id, title);
    return {
      kind: 'waypoint',
      id: waypoint.id,
      title,
      value: `place ${waypoint.order} of ${waypointInputs.length} named in Article II, printed “${waypoint.nameInTreaty}”; basis: ${BASIS[waypoint.basis] ?? waypoint.basis}`,
      sources: waypoint.sources.map(coordinateFree),
    };
  });
  const segments = segmentInputs.map((segment) => ({
    kind: 'segment',
    id: segment.id,
    title: `Border segment ${titles.get(segment.from) ?? segment.from} – ${titles.get(segment.to) ?? segment.to}`,
    value: `from waypoint ${segment.from} to ${segment.to} (${segment.feature}); basis: ${BASIS[segment.basis] ?? segment.basis}; accuracy about ${segment.accuracyKm} km`,
    sources: segment.sources.map(coordinateFree),
  }));
  return [...waypoints, ...segments];
}

/**
 * The treaty as a citation reads it: id, English title, both parties (their
 * English names, in the order the title names them), date and place of
 * signature, and where the LNTS printed it.
 */
export function treatyCitation() {
  const english = treaty.names.filter((name) => name.language === 'en');
  const title = (english.find((name) => name.kind === 'title') ?? english[0])?.name;
  if (title === undefined) throw new Error('emit-citation-tables: the treaty record has no English name');
  const signedAt = places.find((place) => place.id === treaty.signedAt)?.name.en;
  const { series, volume, pages, registeredOn } = registration;
  const position = (party: (typeof treaty.parties)[number]): number => {
    const index = title.indexOf(party.shortName.en);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const parties = [...treaty.parties].sort((a, b) => position(a) - position(b)).map((party) => party.name.en);
  return {
    id: treaty.id,
    title,
    parties,
    signedOn: treaty.signedOn,
    ...(signedAt === undefined ? {} : { signedAt }),
    series,
    volume,
    pages: { first: pages.first, last: pages.last },
    registeredOn,
  };
}

const literal = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * Emits the small tables the citation helpers read instead of whole records,
 * so that `import { cite }` does not pull the treaty record and the `.` entry
 * never holds a border coordinate:
 * - `src/generated/treaty-citation.generated.ts`: the treaty's id,
 *   English title, date and place of signature, and its volume, pages and
 *   registration date in the League of Nations Treaty Series (from `treaty`,
 *   `places` and `registration`);
 * - `src/generated/border-citations.generated.ts`: each waypoint and segment of the
 *   border with its title, value and sources, coordinates removed.
 */
const emitCitationTables: Emitter = () => [
  {
    path: 'src/generated/treaty-citation.generated.ts',
    content: `// Generated by scripts/emit/citation-tables.ts from src/data/treaty.ts, places.ts and registration.ts. Do not edit.

/**
 * What a citation of the treaty reads from the records: the treaty's id,
 * English title, parties, date and place of signature, and its series, volume, pages
 * and registration date, so that \`cite()\` loads none of the records.
 *
 * @internal
 */
export const treatyCitation: {
  readonly id: string;
  readonly title: string;
  readonly parties: readonly string[];
  readonly signedOn: string;
  readonly signedAt?: string;
  readonly series: string;
  readonly volume: number;
  readonly pages: { readonly first: number; readonly last: number };
  readonly registeredOn: string;
} = ${literal(treatyCitation())};
`,
  },
  {
    path: 'src/generated/border-citations.generated.ts',
    content: `// Generated by scripts/emit/citation-tables.ts from the border records. Do not edit.
import type { SourceRef } from '../schemas/source-ref.js';

/**
 * Each waypoint and segment of the Article II line as \`citeRecord\` cites it:
 * title, value and sources, with every coordinate replaced by
 * "${COORDINATES_OMITTED}" (the \`.\` entry holds no geometry).
 *
 * @internal
 */
export const borderCitations: readonly {
  readonly kind: 'waypoint' | 'segment';
  readonly id: string;
  readonly title: string;
  readonly value: string;
  readonly sources: readonly SourceRef[];
}[] = ${literal(borderCitations())};
`,
  },
];

export default emitCitationTables;
