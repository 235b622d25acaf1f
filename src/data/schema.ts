// The data contract of geo/ and data/ (shared/design/DATA.md) as valibot schemas; the types are inferred
// from them so the validator and the rest of the code can never disagree about a field.
import * as v from 'valibot';

export const LANGS = ['az', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Units a figure may carry. A value outside this list is rejected at load. */
export const UNITS = [
  't',
  'Mt',
  'Mt/yr',
  'TEU',
  'TEU/yr',
  'containers',
  'containers/yr',
  'passengers/yr',
  'ha',
  'km',
  'USD-million',
] as const;
export type Unit = (typeof UNITS)[number];

export const METRICS = [
  'cargo', // tonnes carried or handled in the period
  'cargo-capacity', // tonnes a year the facility can carry
  'containers', // containers (TEU or boxes) carried or handled
  'container-capacity',
  'passenger-capacity',
  'area',
  'length',
  'trade', // trade turnover in money
  'exports', // Azerbaijan's exports to the subject country, in money
  'imports', // Azerbaijan's imports from the subject country, in money
] as const;
export type Metric = (typeof METRICS)[number];

export const STATUSES = ['actual', 'capacity', 'forecast', 'target'] as const;
export type Status = (typeof STATUSES)[number];

export const SOURCE_TYPES = ['official', 'agency', 'press', 'report', 'academic', 'dataset'] as const;
export const PLACE_KINDS = ['port', 'station', 'border-crossing', 'capital', 'zone', 'city'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const EVENT_KINDS = ['visit', 'summit', 'document', 'diplomatic', 'opening', 'resolution'] as const;
export const MODES = ['rail', 'sea'] as const;
export type Mode = (typeof MODES)[number];
export const ROUTE_IDS = ['btk', 'titr'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** ISO 8601 calendar date, full or reduced precision: 2023, 2023-11, 2023-11-24. */
export const ISO_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isoDate = v.pipe(v.string(), v.regex(ISO_DATE_RE, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a kebab-case or alpha-3 id'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const httpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);
const positive = v.pipe(v.number(), v.finite('must be finite'), v.gtValue(0, 'must be positive'));

export const Text3Schema = v.strictObject({ az: nonEmpty, ru: nonEmpty, en: nonEmpty });
export type Text3 = v.InferOutput<typeof Text3Schema>;

export const SourceSchema = v.pipe(
  v.strictObject({
    id,
    /** Title exactly as published (or as printed in the article's reference list); omitted when unknown. */
    title: v.optional(nonEmpty),
    publisher: nonEmpty,
    url: v.optional(httpUrl),
    /** Why the source has no `url`: no published page stating the figure was found (three languages). */
    noUrlReason: v.optional(Text3Schema),
    /** The first publisher where `publisher` reprinted the piece (MENAFN of Trend, News.az of AZERTAC). */
    originalPublisher: v.optional(nonEmpty),
    /** Date of publication, to the precision known; omitted when no source records it. */
    published: v.optional(isoDate),
    /** When the statement was read, for sources whose publication date is not recorded. */
    accessed: v.optional(isoDate),
    language: v.picklist(['az', 'ru', 'en', 'tr', 'ka', 'de', 'fr', 'ar', 'kk', 'uz']),
    type: v.picklist(SOURCE_TYPES),
    /** Feature ids (country, route or place) the source is about. */
    about: v.array(id),
    /** True for the 13 references of the source article (and the article itself). */
    inArticle: v.boolean(),
    /** What the article printed where it differs from the corrected value (FACTS.md A3). */
    printedDate: v.optional(isoDate),
    printedUrl: v.optional(nonEmpty),
    note: v.optional(Text3Schema),
  }),
  v.forward(
    v.check(
      (s) => s.published !== undefined || s.accessed !== undefined,
      'needs a publication date or an accessed date',
    ),
    ['published'],
  ),
);
export type Source = v.InferOutput<typeof SourceSchema>;

export const PeriodSchema = v.strictObject({ from: isoDate, to: v.optional(isoDate) });
export type Period = v.InferOutput<typeof PeriodSchema>;

/**
 * What part of its subject a figure counts when it is not all of it (DATA.md "scope"). Derived numbers compare
 * only figures with the same scope (an absent scope means the whole subject). Part-year coverage is not a
 * scope value: it is read from `period` (January–October is `2022-01` … `2022-10`), so it cannot disagree.
 */
export const SCOPES = [
  'seaports-only', // only freight crossing the Caspian through the seaports, not everything on the route
  'containers-only', // only containerised cargo
  'one-direction', // one direction of traffic only
  'one-operator', // one operator's traffic only (e.g. ADY Express)
  'with-other-routes', // more than the subject: the subject together with other routes
  'part-of-facility', // some berths or terminals of a port only (oil berths, the rail-ferry part)
  'excludes-oil-products', // everything but petroleum products
] as const;
export type Scope = (typeof SCOPES)[number];

export const FigureSchema = v.strictObject({
  id,
  subject: id,
  metric: v.picklist(METRICS),
  value: positive,
  /** Upper end where the source gives a range ("17–18 Mt"). */
  valueMax: v.optional(positive),
  unit: v.picklist(UNITS),
  /**
   * For a capacity: from when (to when) it applies, where a source dates it; absent = undated, never guessed.
   * For other figures: the span the value counts (a year, part of a year, several years).
   */
  period: v.optional(PeriodSchema),
  /** Sources of the period's dates where they are not the value's own sources (e.g. an opening date). */
  periodSources: v.optional(v.pipe(v.array(id), v.minLength(1, 'needs at least one source'))),
  /** Set when the figure counts only part of its subject; see SCOPES. */
  scope: v.optional(v.picklist(SCOPES)),
  /** Alpha-3 of the country whose statistics a trade figure is (reporters differ: FACTS.md E2). */
  reporter: v.optional(id),
  status: v.picklist(STATUSES),
  /** Date of the statement that published the value; omitted when no source records it. */
  asOf: v.optional(isoDate),
  /** Who published a forecast or target, for the chart label ("World Bank", "ADY"). */
  publishedBy: v.optional(nonEmpty),
  sources: v.pipe(v.array(id), v.minLength(1, 'needs at least one source')),
  /** Figures with the same dispute id are published values for the same quantity that disagree. */
  dispute: v.optional(id),
  note: v.optional(Text3Schema),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const EventSchema = v.strictObject({
  id,
  date: isoDate,
  dateEnd: v.optional(isoDate),
  kind: v.picklist(EVENT_KINDS),
  /** Countries the event concerns (alpha-3). */
  countries: v.pipe(v.array(id), v.minLength(1, 'needs at least one country')),
  title: Text3Schema,
  /** Documents signed, in three languages. */
  documents: v.optional(v.array(Text3Schema)),
  sources: v.pipe(v.array(id), v.minLength(1, 'needs at least one source')),
  note: v.optional(Text3Schema),
});
export type AtlasEvent = v.InferOutput<typeof EventSchema>;

/** A claim of the source article about a country (trade), with the verdict the published numbers give. */
export const ClaimSchema = v.strictObject({
  claim: Text3Schema,
  /** The source that makes the claim. */
  claimSource: id,
  verdict: v.picklist(['supported', 'contradicted', 'unverified']),
  explanation: Text3Schema,
  /** The figures the verdict rests on. */
  figures: v.array(id),
});
export type Claim = v.InferOutput<typeof ClaimSchema>;

export const CountrySchema = v.strictObject({
  id,
  /** ISO 3166-1 numeric, zero-padded, as world-atlas identifies countries. */
  isoNumeric: v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a 3-digit ISO numeric code')),
  member: v.boolean(),
  name: Text3Schema,
  description: Text3Schema,
  claims: v.optional(v.array(ClaimSchema)),
});
export type Country = v.InferOutput<typeof CountrySchema>;

export const RouteSchema = v.strictObject({
  id: v.picklist(ROUTE_IDS),
  name: Text3Schema,
  description: Text3Schema,
});
export type Route = v.InferOutput<typeof RouteSchema>;

const lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const Position = v.tuple([lon, lat]);

export const PlacePropsSchema = v.strictObject({
  id,
  kind: v.picklist(PLACE_KINDS),
  /** Alpha-3 of the country the place lies in; the validator checks the point is there. */
  country: id,
  precision: v.picklist(['surveyed', 'approximate']),
  name: Text3Schema,
  description: v.optional(Text3Schema),
  /** Where the coordinate comes from (FACTS.md B1/B2), e.g. "GeoNames 587084". */
  coordinateSource: nonEmpty,
});
export type PlaceProps = v.InferOutput<typeof PlacePropsSchema>;

export const PlaceFeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.strictObject({ type: v.literal('Point'), coordinates: Position }),
  properties: PlacePropsSchema,
});
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;

export const SegmentPropsSchema = v.strictObject({
  id,
  route: v.picklist(ROUTE_IDS),
  mode: v.picklist(MODES),
  from: id,
  to: id,
  /** `stations`: drawn through sourced stations; `schematic`: a sketch between sourced end points. */
  precision: v.picklist(['stations', 'schematic']),
  /** Place ids the drawn line passes through, in order (excluding from/to). */
  via: v.optional(v.array(id)),
});
export type SegmentProps = v.InferOutput<typeof SegmentPropsSchema>;

export const SegmentFeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.strictObject({
    type: v.literal('LineString'),
    coordinates: v.pipe(v.array(Position), v.minLength(2, 'needs at least two positions')),
  }),
  properties: SegmentPropsSchema,
});
export type SegmentFeature = v.InferOutput<typeof SegmentFeatureSchema>;

const Ring = v.array(Position);
export const CountryFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  geometry: v.variant('type', [
    v.object({ type: v.literal('Polygon'), coordinates: v.array(Ring) }),
    v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(Ring)) }),
  ]),
  properties: v.object({ id, member: v.boolean() }),
});
export type CountryFeature = v.InferOutput<typeof CountryFeatureSchema>;

export const GAUGES_MM = [1435, 1520] as const;
export type GaugeMm = (typeof GAUGES_MM)[number];

const changeSourcing = {
  /** Where a source in data/sources.json states the change; otherwise the note says where FACTS.md has it. */
  sources: v.optional(v.array(id)),
  note: v.optional(Text3Schema),
};

/** Cargo moves from one mode to the other at a place (rail ↔ sea: a transshipment or a ferry). */
export const ModeChangeSchema = v.pipe(
  v.strictObject({
    kind: v.literal('mode'),
    at: id,
    from: v.picklist(MODES),
    to: v.picklist(MODES),
    ...changeSourcing,
  }),
  v.forward(
    v.check((c) => c.from !== c.to, 'must differ from `from`'),
    ['to'],
  ),
);

/** Track gauge changes at a place, in millimetres (1520 in the former USSR, 1435 in China and Türkiye). */
export const GaugeChangeSchema = v.pipe(
  v.strictObject({
    kind: v.literal('gauge'),
    at: id,
    from: v.picklist(GAUGES_MM),
    to: v.picklist(GAUGES_MM),
    ...changeSourcing,
  }),
  v.forward(
    v.check((c) => c.from !== c.to, 'must differ from `from`'),
    ['to'],
  ),
);
export type ItineraryChange =
  | v.InferOutput<typeof ModeChangeSchema>
  | v.InferOutput<typeof GaugeChangeSchema>;

/** One way through the corridor, for comparison: ordered legs (segment ids) and the places along them. */
export const ItinerarySchema = v.strictObject({
  id,
  /** The route whose figures give the itinerary's volume. */
  route: v.picklist(ROUTE_IDS),
  name: Text3Schema,
  /** Segment ids of geo/routes.geojson in travel order; each starts where the one before ends. */
  legs: v.pipe(v.array(id), v.minLength(1, 'needs at least one leg')),
  /** The places where the legs start and end, in order (a shared end once); the legs' `via` places are not listed. */
  nodes: v.pipe(v.array(id), v.minLength(2, 'needs at least two places')),
  /** Mode and gauge changes, in travel order, each at a node or a place a leg passes through (`via`). */
  changes: v.array(v.variant('kind', [ModeChangeSchema, GaugeChangeSchema])),
  /** Sources that describe the itinerary (may be empty when the note says where FACTS.md has it). */
  sources: v.array(id),
  note: v.optional(Text3Schema),
});
export type Itinerary = v.InferOutput<typeof ItinerarySchema>;

/** A record that failed validation: which file, which record, which field, and why. */
export interface DataError {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** The validated, frozen data set every other module reads. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly figures: readonly Figure[];
  readonly events: readonly AtlasEvent[];
  readonly countries: readonly Country[];
  readonly routes: readonly Route[];
  readonly places: readonly PlaceFeature[];
  readonly segments: readonly SegmentFeature[];
  readonly itineraries: readonly Itinerary[];
}
