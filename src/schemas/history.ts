import * as z from 'zod';
import { ConfidenceSchema, EditorialSchema, IdSchema, IsoDateSchema, PartialDateSchema, TextSchema } from './common.js';
import { LocalizedTextSchema } from './localized-text.js';
import { SourceRefsSchema } from './source-ref.js';
import { VariantSchema } from './variant.js';

/**
 * A power that held or claimed places of the treaty territory between 1920
 * and 1940 and is not one of the treaty's two parties: Poland, Central
 * Lithuania, the USSR, Germany, the Allied administration of Klaipėda. A
 * period's `controller` and a title's `holder` name a holder or a party.
 *
 * @example
 * ```ts
 * HolderSchema.shape.id.parse('central-lithuania'); //=> 'central-lithuania'
 * ```
 */
export const HolderSchema = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.meta({ title: 'Name', description: 'Name of the state or administration in each language.' }),
    shortName: LocalizedTextSchema.optional().meta({ title: 'Short name', description: 'The usual short form ("Poland"), where it differs from the name.' }),
    abbreviation: TextSchema.optional().meta({ title: 'Abbreviation', description: 'Common abbreviation, such as USSR.' }),
    note: TextSchema.optional().meta({ title: 'Note', description: 'What the holder was, in the dataset’s own words.' }),
    dependentOn: IdSchema.optional().meta({
      title: 'Dependent on',
      description:
        'Id of the power (a holder or a treaty party) this holder was set up by and depended on, where the cited sources say so: Central Lithuania on Poland, the Soviet republics on the USSR. Follow it to merge a dependent holder with the power behind it.',
    }),
    sources: SourceRefsSchema,
    editorial: EditorialSchema.optional(),
  })
  .meta({ title: 'Holder', description: 'A power that held or claimed places of the treaty territory, 1920–1940, besides the treaty parties.' });

export type { Holder } from '../generated/record-types.generated.js';

/**
 * How `HistoryPlace.inTreatyTerritory` was decided: by the border geometry
 * or by the cited sources.
 *
 * @example
 * ```ts
 * InTreatyBasisSchema.options; //=> ['contains-point', 'sources']
 * ```
 */
export const InTreatyBasisSchema = z.enum(['contains-point', 'sources']).meta({
  title: 'In-treaty basis',
  description:
    'contains-point: the GeoNames position lies farther from the treaty line than the line’s accuracy there, so the border geometry decides; sources: the place is too close to the line, so the cited sources decide.',
});

export type { InTreatyBasis } from '../generated/record-types.generated.js';

/**
 * The geography of a place of the history (its names live in `places` of
 * `lt-ru-1920`): the GeoNames position and whether the 1920 treaty put it
 * inside its line.
 *
 * @example
 * ```ts
 * HistoryPlaceSchema.shape.position.parse([25.2798, 54.6892]); //=> [25.2798, 54.6892]
 * ```
 */
export const HistoryPlaceSchema = z
  .strictObject({
    id: IdSchema.meta({ title: 'Place id', description: 'Id of the place’s record in `places` (names), and of this record.' }),
    geonameId: z.int().positive().meta({ title: 'GeoNames id', description: 'The GeoNames feature the position comes from (CC BY 4.0).' }),
    position: z
      .tuple([
        z.number().min(-180).max(180).meta({ title: 'Longitude', description: 'WGS84 longitude, degrees east.' }),
        z.number().min(-90).max(90).meta({ title: 'Latitude', description: 'WGS84 latitude, degrees north.' }),
      ])
      .meta({ title: 'Position', description: 'WGS84 [longitude, latitude] of the GeoNames point (the town centre).' }),
    accuracyKm: z
      .number()
      .positive()
      .optional()
      .meta({ title: 'Accuracy (km)', description: 'How far the point may lie from what it stands for (the town’s extent), in kilometres.' }),
    inTreatyTerritory: z.boolean().meta({
      title: 'In treaty territory',
      description: 'Whether the 1920 treaty (Art. II) put the place on the Lithuanian side of its line.',
    }),
    inTreatyBasis: InTreatyBasisSchema,
    note: TextSchema.optional().meta({ title: 'Note', description: 'What to keep in mind about the place, in the dataset’s own words.' }),
    sources: SourceRefsSchema,
  })
  .meta({ title: 'History place', description: 'The position of a place of the history and whether the treaty put it inside its line.' });

export type { HistoryPlace } from '../generated/record-types.generated.js';

/**
 * What kind of control a period was, where the cited sources name it:
 * military occupation, annexation (the holder incorporated the place into
 * its own territory by its own act), or administration (civil government by
 * a state or an entity the sources do not call an occupier).
 *
 * @example
 * ```ts
 * ControlKindSchema.options; //=> ['occupation', 'annexation', 'administration']
 * ```
 */
export const ControlKindSchema = z.enum(['occupation', 'annexation', 'administration']).meta({
  title: 'Kind of control',
  description:
    'occupation: military occupation, as the sources call it; annexation: incorporated into the holder’s territory by its own act; administration: civil government that the sources do not call an occupation.',
});

export type { ControlKind } from '../generated/record-types.generated.js';

/**
 * Who held a place, in fact, over one stretch of time (both ends inclusive).
 * The periods of a place cover 1920-07-12 … 1940-12-31 with no gap and no
 * overlap; a stretch no source settles has `controller: null` and a note.
 *
 * @example
 * ```ts
 * ControlPeriodSchema.shape.controller.parse(null); //=> null
 * ```
 */
export const ControlPeriodSchema = z
  .strictObject({
    id: IdSchema,
    place: IdSchema.meta({ title: 'Place', description: 'Id of the place (a record in `places` and in `historyPlaces`).' }),
    from: IsoDateSchema.meta({ title: 'From', description: 'First day of the period (inclusive).' }),
    to: IsoDateSchema.meta({ title: 'To', description: 'Last day of the period (inclusive).' }),
    controller: IdSchema.nullable().meta({
      title: 'Controller',
      description: 'Id of the party or holder whose troops or administration held the place; null where the sources do not say.',
    }),
    event: IdSchema.nullable().meta({
      title: 'Event',
      description: 'Id of the event in `events` that began the period; null where no dated event did.',
    }),
    kind: ControlKindSchema.optional(),
    confidence: ConfidenceSchema,
    note: TextSchema.optional().meta({ title: 'Note', description: 'What the period was and what is not known, in the dataset’s own words.' }),
    variants: z
      .array(VariantSchema)
      .min(1)
      .optional()
      .meta({ title: 'Variants', description: 'Other first days that some sources give, with those sources and why they are not preferred.' }),
    sources: SourceRefsSchema,
  })
  .meta({ title: 'Control period', description: 'Who held a place, in fact, from one day to another (inclusive).' });

export type { ControlPeriod } from '../generated/record-types.generated.js';

/**
 * Whose view of title a `Title` record expresses.
 *
 * @example
 * ```ts
 * TitleViewSchema.parse('soviet'); //=> 'soviet'
 * ```
 */
export const TitleViewSchema = z.enum(['lithuania', 'poland', 'conference-of-ambassadors', 'soviet', 'germany']).meta({
  title: 'View',
  description:
    'Whose view the title expresses: Lithuania’s, Poland’s, the Allied Powers’ (the Conference of Ambassadors, with the League of Nations), the Soviet side’s, or Germany’s.',
});

export type { TitleView } from '../generated/record-types.generated.js';

/**
 * The instruments under which one side held that a holder had title to some
 * places from one day (to another). Views are never merged: title was
 * contested, and several views hold at once. Where a side renounced any
 * claim and left the question to others (the Soviet side after the Peace of
 * Riga), `holder` is null and `leftTo` names them: a stated "no claim",
 * which is not the same as an unknown view (no record at all).
 *
 * @example
 * ```ts
 * TitleSchema.shape.basis.safeParse([]).success; //=> false (a title rests on at least one instrument)
 * TitleSchema.shape.holder.parse(null); //=> null (no claim: see leftTo)
 * ```
 */
export const TitleSchema = z
  .strictObject({
    id: IdSchema,
    view: TitleViewSchema,
    holder: IdSchema.nullable().meta({
      title: 'Holder',
      description:
        'Id of the party or holder to which that view gave title; null where that view made no claim and left the question to the powers in `leftTo`.',
    }),
    leftTo: z.array(IdSchema).min(2).optional().meta({
      title: 'Left to',
      description:
        'Only with `holder: null`: ids of the powers to which that view left the question of title (the Peace of Riga left the territories disputed between Poland and Lithuania to those two).',
    }),
    places: z.array(IdSchema).min(1).meta({ title: 'Places', description: 'Ids of the places the title covers.' }),
    from: IsoDateSchema.meta({ title: 'From', description: 'First day of the title in that view (inclusive).' }),
    to: IsoDateSchema.optional().meta({
      title: 'To',
      description: 'Last day of the title in that view (inclusive); absent while it still held at the end of 1940.',
    }),
    basis: z.array(IdSchema).min(1).meta({ title: 'Basis', description: 'Ids of the events (instruments) the view rests on, first the one that began it.' }),
    variants: z.array(VariantSchema).min(1).optional().meta({
      title: 'Variants',
      description:
        'Other first days: `from` is the day the first instrument took effect; the day it was signed or decreed, and other days sources give, are listed here with those sources.',
    }),
    note: TextSchema.optional().meta({ title: 'Note', description: 'How the view was expressed, in the dataset’s own words.' }),
    sources: SourceRefsSchema,
  })
  .refine((title) => (title.holder === null) === (title.leftTo !== undefined), {
    message: 'A title names a holder, or (holder null) the powers in leftTo to which the view left the question; never both, never neither.',
    path: ['leftTo'],
  })
  .meta({ title: 'Title', description: 'Title to places in one side’s view, under the instruments it rested on.' });

export type { Title } from '../generated/record-types.generated.js';

/**
 * What a `Figure` measures.
 *
 * @example
 * ```ts
 * FigureMeasureSchema.options; //=> ['area-km2', 'population']
 * ```
 */
export const FigureMeasureSchema = z.enum(['area-km2', 'population']).meta({
  title: 'Measure',
  description: 'area-km2: an area in square kilometres; population: a number of inhabitants.',
});

export type { FigureMeasure } from '../generated/record-types.generated.js';

/**
 * One source's reading of a figure: the number in the figure's unit, and the
 * words the source writes it in where they differ (another unit, "about").
 *
 * @example
 * ```ts
 * FigureReadingSchema.parse({ value: 32240, reported: '12,448 sq mi', sources: [{ source: 'harrison', locator: 'p. 1' }] });
 * ```
 */
export const FigureReadingSchema = z
  .strictObject({
    value: z.number().nonnegative().meta({ title: 'Value', description: 'The number in the figure’s unit (km² or inhabitants).' }),
    reported: TextSchema.optional().meta({
      title: 'Reported as',
      description: 'How the source writes it, where that differs from the value (another unit, a rounding, "about").',
    }),
    sources: SourceRefsSchema,
    note: TextSchema.optional().meta({ title: 'Note', description: 'Why this reading is not preferred, or how it differs.' }),
  })
  .meta({ title: 'Figure reading', description: 'One source’s reading of a figure.' });

export type { FigureReading } from '../generated/record-types.generated.js';

/**
 * An area or a population the history needs (the treaty territory, the
 * Vilnius region lost in 1920, Central Lithuania, the 1939 and 1940
 * transfers), with its preferred value and every other reading.
 *
 * @example
 * ```ts
 * FigureSchema.shape.value.parse(85263); //=> 85263
 * ```
 */
export const FigureSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema.meta({ title: 'Title', description: 'What the figure measures, in English.' }),
    measure: FigureMeasureSchema,
    value: z.number().nonnegative().meta({ title: 'Value', description: 'The preferred value in the measure’s unit.' }),
    reported: TextSchema.optional().meta({
      title: 'Reported as',
      description: 'How the preferred source writes it, where that differs from the value.',
    }),
    asOf: PartialDateSchema.optional().meta({ title: 'As of', description: 'The date the figure refers to, where the source gives one.' }),
    confidence: ConfidenceSchema,
    variants: z
      .array(FigureReadingSchema)
      .min(1)
      .optional()
      .meta({ title: 'Variants', description: 'The other readings, each with its sources and why it is not preferred.' }),
    note: TextSchema.optional().meta({ title: 'Note', description: 'What to keep in mind, in the dataset’s own words.' }),
    sources: SourceRefsSchema,
  })
  .meta({ title: 'Figure', description: 'An area or a population of the history, with every reading the sources give.' });

export type { Figure } from '../generated/record-types.generated.js';
