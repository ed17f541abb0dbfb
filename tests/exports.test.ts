import { describe, expect, it } from 'vitest';

/**
 * The public API of each entry. A change here is a change users see: adding
 * a name is minor, removing or renaming one is major (docs/version-policy.md).
 */
describe('export lists', () => {
  it('`lt-ru-1920`', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'ENTERED_INTO_FORCE_ON',
      'RATIFICATIONS_EXCHANGED_ON',
      'REGISTERED_ON',
      'SIGNED_ON',
      'articles',
      'cite',
      'citeRecord',
      'events',
      'getArticle',
      'getEvent',
      'getPlace',
      'getSignatory',
      'getSource',
      'meta',
      'parties',
      'places',
      'ratifications',
      'registration',
      'signatories',
      'sources',
      'timeline',
      'treaty',
    ]);
  });
  it('`lt-ru-1920/schemas`', async () => {
    expect(Object.keys(await import('../src/schemas/index.js')).sort()).toEqual([
      'AreaGeometrySchema',
      'ArticleSchema',
      'BorderBasisSchema',
      'BorderCollectionSchema',
      'BorderLineCollectionSchema',
      'BorderSegmentSchema',
      'ClosingEdgeSchema',
      'ConfidenceSchema',
      'ControlKindSchema',
      'ControlPeriodSchema',
      'DatedFactSchema',
      'EditorialSchema',
      'EventKindSchema',
      'EventSchema',
      'FigureMeasureSchema',
      'FigureReadingSchema',
      'FigureSchema',
      'HistoryPlaceSchema',
      'HolderSchema',
      'IdSchema',
      'InTreatyBasisSchema',
      'IsoDateSchema',
      'KmSchema',
      'LeagueRegistrationSchema',
      'LineStringGeometrySchema',
      'LinearRingSchema',
      'LocalizedTextSchema',
      'PartialDateSchema',
      'PartySchema',
      'PlaceSchema',
      'PointGeometrySchema',
      'PolygonRingsSchema',
      'PositionSchema',
      'RatificationSchema',
      'SignatorySchema',
      'SourceRefSchema',
      'SourceRefsSchema',
      'SourceSchema',
      'SourceTierSchema',
      'TerritorySchema',
      'TextSchema',
      'TextStatusSchema',
      'TitleSchema',
      'TitleViewSchema',
      'TreatyNameSchema',
      'TreatySchema',
      'VariantSchema',
      'WaypointCollectionSchema',
      'WaypointSchema',
      'recordSchemas',
      'validate',
    ]);
  });
  it('`lt-ru-1920/border`', async () => {
    expect(Object.keys(await import('../src/border/index.js')).sort()).toEqual([
      'border',
      'borderLine',
      'containsPoint',
      'distanceToLineKm',
      'getSegment',
      'getWaypoint',
      'nearestSegment',
      'nearestSide',
      'territory',
      'waypoints',
    ]);
  });
  it('`lt-ru-1920/history`', async () => {
    expect(Object.keys(await import('../src/history/index.js')).sort()).toEqual([
      'citeHistoryRecord',
      'controlPeriods',
      'figures',
      'historyPlaces',
      'historyRange',
      'historySources',
      'holders',
      'periodsOf',
      'statusOn',
      'titles',
    ]);
  });
});
