// Cross-record checks on schema-valid records: unique and unambiguous ids, references that resolve, ordered
// ranges, disputes that pair up. Pure: each check returns the records it keeps and the errors it found.
import { DATA_FILES, type FileKey } from './files';
import type {
  AtlasEvent,
  DataError,
  Dataset,
  Figure,
  Itinerary,
  PlaceFeature,
  SegmentFeature,
  Source,
} from './schema';

/**
 * What a check keeps and what it reports. A record that fails is left out of `kept`; a record whose only
 * fault is a dangling id in a list (sources, countries, about, via) is kept as a copy without that id.
 */
export interface Checked<T> {
  readonly kept: T[];
  readonly errors: DataError[];
}

type Files = Readonly<Record<FileKey, string>>;

const quote = (value: string | number): string => JSON.stringify(value);

/** First day an ISO date of any precision covers: '2022' → '2022-01-01'. */
export function isoStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day an ISO date of any precision covers, as a string that sorts correctly: '2022-10' → '2022-10-31'. */
export function isoEnd(date: string): string {
  // Day 31 for every month is fine here: it is only compared, never shown, and sorts after every real day.
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** True when the span `from` can start before `to` ends: '2022' … '2022-10' and '2022-10' … '2022' both hold. */
export function isoOrdered(from: string, to: string): boolean {
  return isoStart(from) <= isoEnd(to);
}

function error(file: string, record: string, field: string, message: string): DataError {
  return { file, record, field, message };
}

/** Removes ids that are not in `known` from a list, reporting each one at `<field>.<index>`. */
function pruneIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  at: { file: string; record: string; field: string },
): { ids: string[]; errors: DataError[] } {
  const kept: string[] = [];
  const errors: DataError[] = [];
  ids.forEach((id, i) => {
    if (known.has(id)) kept.push(id);
    else errors.push(error(at.file, at.record, `${at.field}.${i}`, `unknown ${what} ${quote(id)}`));
  });
  return { ids: kept, errors };
}

/** Keeps the first record with each id; every later one is dropped and reported. */
export function checkUniqueIds<T>(
  file: string,
  records: readonly T[],
  idOf: (record: T) => string,
  idField = 'id',
): Checked<T> {
  const seen = new Set<string>();
  const kept: T[] = [];
  const errors: DataError[] = [];
  for (const record of records) {
    const id = idOf(record);
    if (seen.has(id)) {
      errors.push(
        error(file, id, idField, `duplicate id ${quote(id)}: only the first record with it is kept`),
      );
    } else {
      seen.add(id);
      kept.push(record);
    }
  }
  return { kept, errors };
}

/**
 * Drops records whose id another file already uses. Route, country and place ids share one namespace
 * because a figure's subject and a source's `about` name any of them.
 */
export function checkUnclaimedIds<T>(
  file: string,
  records: readonly T[],
  idOf: (record: T) => string,
  claimed: ReadonlyMap<string, string>,
  idField = 'id',
): Checked<T> {
  const kept: T[] = [];
  const errors: DataError[] = [];
  for (const record of records) {
    const id = idOf(record);
    const owner = claimed.get(id);
    if (owner === undefined) kept.push(record);
    else errors.push(error(file, id, idField, `id ${quote(id)} is already used in ${owner}`));
  }
  return { kept, errors };
}

/** Drops places whose country is unknown. */
export function checkPlaces(
  places: readonly PlaceFeature[],
  countryIds: ReadonlySet<string>,
  file: string = DATA_FILES.places,
): Checked<PlaceFeature> {
  const kept: PlaceFeature[] = [];
  const errors: DataError[] = [];
  for (const place of places) {
    const { id, country } = place.properties;
    if (countryIds.has(country)) kept.push(place);
    else errors.push(error(file, id, 'properties.country', `unknown country ${quote(country)}`));
  }
  return { kept, errors };
}

/** Drops segments whose route or end places are unknown; removes unknown places from `via`. */
export function checkSegments(
  segments: readonly SegmentFeature[],
  routeIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  file: string = DATA_FILES.segments,
): Checked<SegmentFeature> {
  const kept: SegmentFeature[] = [];
  const errors: DataError[] = [];
  for (const segment of segments) {
    const { id, route, from, to, via } = segment.properties;
    const fatal: DataError[] = [];
    if (!routeIds.has(route))
      fatal.push(error(file, id, 'properties.route', `unknown route ${quote(route)}`));
    if (!placeIds.has(from)) fatal.push(error(file, id, 'properties.from', `unknown place ${quote(from)}`));
    if (!placeIds.has(to)) fatal.push(error(file, id, 'properties.to', `unknown place ${quote(to)}`));
    errors.push(...fatal);
    if (fatal.length > 0) continue;
    if (via === undefined) {
      kept.push(segment);
      continue;
    }
    const pruned = pruneIds(via, placeIds, 'place', { file, record: id, field: 'properties.via' });
    errors.push(...pruned.errors);
    kept.push(
      pruned.errors.length === 0
        ? segment
        : { ...segment, properties: { ...segment.properties, via: pruned.ids } },
    );
  }
  return { kept, errors };
}

/** Removes unknown feature ids from each source's `about` (a source about nothing we draw is still a source). */
export function checkSources(
  sources: readonly Source[],
  featureIds: ReadonlySet<string>,
  file: string = DATA_FILES.sources,
): Checked<Source> {
  const kept: Source[] = [];
  const errors: DataError[] = [];
  for (const source of sources) {
    const pruned = pruneIds(source.about, featureIds, 'route, country or place', {
      file,
      record: source.id,
      field: 'about',
    });
    errors.push(...pruned.errors);
    kept.push(pruned.errors.length === 0 ? source : { ...source, about: pruned.ids });
  }
  return { kept, errors };
}

/**
 * Drops figures with an unknown subject, a range whose upper end is not above the value, a period that ends
 * before it starts, or no known source; removes unknown ids from the sources and periodSources of the rest
 * (a period left with no source of its own keeps its dates, cited by the figure's sources).
 */
export function checkFigures(
  figures: readonly Figure[],
  subjectIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  file: string = DATA_FILES.figures,
): Checked<Figure> {
  const kept: Figure[] = [];
  const errors: DataError[] = [];
  for (const figure of figures) {
    const { id, subject, value, valueMax, period } = figure;
    const fatal: DataError[] = [];
    if (!subjectIds.has(subject)) {
      fatal.push(
        error(file, id, 'subject', `unknown subject ${quote(subject)} (no route, country or place)`),
      );
    }
    if (valueMax !== undefined && !(valueMax > value)) {
      fatal.push(error(file, id, 'valueMax', `must be greater than value ${value} (got ${valueMax})`));
    }
    if (period?.to !== undefined && !isoOrdered(period.from, period.to)) {
      fatal.push(
        error(
          file,
          id,
          'period',
          `ends before it starts (from ${quote(period.from)} to ${quote(period.to)})`,
        ),
      );
    }
    const pruned = pruneIds(figure.sources, sourceIds, 'source', { file, record: id, field: 'sources' });
    const periodPruned = pruneIds(figure.periodSources ?? [], sourceIds, 'source', {
      file,
      record: id,
      field: 'periodSources',
    });
    errors.push(...fatal, ...pruned.errors, ...periodPruned.errors);
    if (pruned.ids.length === 0) {
      errors.push(error(file, id, 'sources', 'no known source left, so the figure is dropped'));
      continue;
    }
    if (fatal.length > 0) continue;
    if (pruned.errors.length === 0 && periodPruned.errors.length === 0) {
      kept.push(figure);
      continue;
    }
    const { periodSources: _dropped, ...rest } = figure;
    kept.push({
      ...rest,
      sources: pruned.ids,
      ...(periodPruned.ids.length > 0 ? { periodSources: periodPruned.ids } : {}),
    });
  }
  return { kept, errors };
}

/** A trade figure's reporter must be a known country; an unknown one is removed (the value stays). */
export function checkReporters(
  figures: readonly Figure[],
  countryIds: ReadonlySet<string>,
  file: string = DATA_FILES.figures,
): Checked<Figure> {
  const kept: Figure[] = [];
  const errors: DataError[] = [];
  for (const figure of figures) {
    if (figure.reporter === undefined || countryIds.has(figure.reporter)) {
      kept.push(figure);
      continue;
    }
    const { reporter, ...rest } = figure;
    errors.push(error(file, figure.id, 'reporter', `unknown country ${quote(reporter)}, so it is removed`));
    kept.push(rest);
  }
  return { kept, errors };
}

/**
 * A dispute id must group at least two figures with the same subject and metric. A figure alone in its group
 * keeps its value (it is valid and sourced) but loses the dispute id, and the error says so.
 */
export function checkDisputes(
  figures: readonly Figure[],
  file: string = DATA_FILES.figures,
): Checked<Figure> {
  const groupSize = new Map<string, number>();
  const groupKey = (f: Figure) => JSON.stringify([f.dispute, f.subject, f.metric]);
  for (const figure of figures) {
    if (figure.dispute !== undefined)
      groupSize.set(groupKey(figure), (groupSize.get(groupKey(figure)) ?? 0) + 1);
  }
  const kept: Figure[] = [];
  const errors: DataError[] = [];
  for (const figure of figures) {
    if (figure.dispute === undefined || (groupSize.get(groupKey(figure)) ?? 0) >= 2) {
      kept.push(figure);
      continue;
    }
    const { dispute, ...undisputed } = figure;
    errors.push(
      error(
        file,
        figure.id,
        'dispute',
        `dispute ${quote(dispute)} has no other figure with subject ${quote(figure.subject)} and metric ${quote(figure.metric)}`,
      ),
    );
    kept.push(undisputed);
  }
  return { kept, errors };
}

/**
 * Drops events that end before they start or have no known source or country left; removes unknown ids
 * from the sources and countries of the rest.
 */
export function checkEvents(
  events: readonly AtlasEvent[],
  countryIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  file: string = DATA_FILES.events,
): Checked<AtlasEvent> {
  const kept: AtlasEvent[] = [];
  const errors: DataError[] = [];
  for (const event of events) {
    const { id, date, dateEnd } = event;
    let fatal = false;
    if (dateEnd !== undefined && !isoOrdered(date, dateEnd)) {
      errors.push(
        error(file, id, 'dateEnd', `ends before it starts (date ${quote(date)}, dateEnd ${quote(dateEnd)})`),
      );
      fatal = true;
    }
    const sources = pruneIds(event.sources, sourceIds, 'source', { file, record: id, field: 'sources' });
    const countries = pruneIds(event.countries, countryIds, 'country', {
      file,
      record: id,
      field: 'countries',
    });
    errors.push(...sources.errors, ...countries.errors);
    if (sources.ids.length === 0) {
      errors.push(error(file, id, 'sources', 'no known source left, so the event is dropped'));
      fatal = true;
    }
    if (countries.ids.length === 0) {
      errors.push(error(file, id, 'countries', 'no known country left, so the event is dropped'));
      fatal = true;
    }
    if (fatal) continue;
    const changed = sources.errors.length > 0 || countries.errors.length > 0;
    kept.push(changed ? { ...event, sources: sources.ids, countries: countries.ids } : event);
  }
  return { kept, errors };
}

/** The places where legs start and end, in travel order (a shared end once), or the first gap. */
function legEnds(
  legs: readonly SegmentFeature[],
): { nodes: string[] } | { gap: { index: number; from: string; after: string } } {
  const nodes: string[] = [];
  for (const [index, leg] of legs.entries()) {
    const { from, to } = leg.properties;
    const last = nodes.at(-1);
    if (last !== undefined && last !== from) return { gap: { index, from, after: last } };
    nodes.push(...(last === undefined ? [from] : []), to);
  }
  return { nodes };
}

/** Where the mode changes between consecutive legs (the node between them, in travel order). */
function modeSwitches(legs: readonly SegmentFeature[]): { at: string; from: string; to: string }[] {
  return legs.slice(1).flatMap((leg, i) => {
    const before = legs[i]?.properties;
    return before && before.mode !== leg.properties.mode
      ? [{ at: leg.properties.from, from: before.mode, to: leg.properties.mode }]
      : [];
  });
}

/** Mode-change errors: every switch between legs is stated; a stated change elsewhere is at an end. */
function checkModeChanges(itinerary: Itinerary, legs: readonly SegmentFeature[], file: string): DataError[] {
  const errors: DataError[] = [];
  const switches = modeSwitches(legs);
  const first = legs[0]?.properties;
  const last = legs.at(-1)?.properties;
  const stated = itinerary.changes.flatMap((c, i) => (c.kind === 'mode' ? [{ c, i }] : []));
  for (const sw of switches) {
    if (!stated.some(({ c }) => c.at === sw.at && c.from === sw.from && c.to === sw.to)) {
      const message = `the legs change from ${sw.from} to ${sw.to} at ${quote(sw.at)}, but no mode change says so`;
      errors.push(error(file, itinerary.id, 'changes', message));
    }
  }
  for (const { c, i } of stated) {
    const between = switches.some((sw) => sw.at === c.at && sw.from === c.from && sw.to === c.to);
    const atStart = c.at === first?.from && c.to === first.mode;
    const atEnd = c.at === last?.to && c.from === last.mode;
    if (!between && !atStart && !atEnd) {
      const message = `a change from ${c.from} to ${c.to} at ${quote(c.at)} does not match the modes of the legs`;
      errors.push(error(file, itinerary.id, `changes.${i}`, message));
    }
  }
  return errors;
}

/**
 * Drops itineraries with an unknown route or leg, legs that do not join, nodes that are not where the legs
 * start and end, or changes off the legs or unlike the legs' modes; removes unknown source ids.
 */
export function checkItineraries(
  itineraries: readonly Itinerary[],
  segments: readonly SegmentFeature[],
  routeIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  file: string = DATA_FILES.itineraries,
): Checked<Itinerary> {
  const segmentById = new Map(segments.map((s) => [s.properties.id, s]));
  const kept: Itinerary[] = [];
  const errors: DataError[] = [];
  for (const itinerary of itineraries) {
    const { id } = itinerary;
    const fatal: DataError[] = [];
    if (!routeIds.has(itinerary.route))
      fatal.push(error(file, id, 'route', `unknown route ${quote(itinerary.route)}`));
    const legs = itinerary.legs.flatMap((legId, i) => {
      const leg = segmentById.get(legId);
      if (leg === undefined) fatal.push(error(file, id, `legs.${i}`, `unknown leg ${quote(legId)}`));
      return leg === undefined ? [] : [leg];
    });
    if (legs.length === itinerary.legs.length) {
      const along = legEnds(legs);
      if ('gap' in along) {
        const { index, from, after } = along.gap;
        fatal.push(
          error(
            file,
            id,
            `legs.${index}`,
            `starts at ${quote(from)}, not where the leg before ends (${quote(after)})`,
          ),
        );
      } else if (along.nodes.join(' ') !== itinerary.nodes.join(' ')) {
        fatal.push(
          error(file, id, 'nodes', `must be where the legs start and end: ${along.nodes.join(', ')}`),
        );
      } else {
        fatal.push(...checkModeChanges(itinerary, legs, file));
      }
    }
    const along = new Set([...itinerary.nodes, ...legs.flatMap((leg) => leg.properties.via ?? [])]);
    itinerary.changes.forEach((change, i) => {
      if (!along.has(change.at)) {
        const message = `${quote(change.at)} is neither a node nor a place the legs pass through`;
        fatal.push(error(file, id, `changes.${i}.at`, message));
      }
    });
    const sources = pruneIds(itinerary.sources, sourceIds, 'source', { file, record: id, field: 'sources' });
    const pruning = [...sources.errors];
    const changes = itinerary.changes.map((change, i) => {
      if (change.sources === undefined) return change;
      const at = { file, record: id, field: `changes.${i}.sources` };
      const pruned = pruneIds(change.sources, sourceIds, 'source', at);
      pruning.push(...pruned.errors);
      return pruned.errors.length === 0 ? change : { ...change, sources: pruned.ids };
    });
    errors.push(...fatal, ...pruning);
    if (fatal.length > 0) continue;
    kept.push(pruning.length === 0 ? itinerary : { ...itinerary, sources: sources.ids, changes });
  }
  return { kept, errors };
}

const ids = (records: readonly { id: string }[]): Set<string> => new Set(records.map((r) => r.id));
const placeId = (place: PlaceFeature): string => place.properties.id;

/**
 * Runs every check in dependency order, so that dropping a record cascades to what depends on it
 * (a place dropped for its country takes its segments along; a figure whose only source went goes too).
 */
export function checkIntegrity(
  data: Dataset,
  files: Files = DATA_FILES,
): { dataset: Dataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const take = <T>(checked: Checked<T>): T[] => {
    errors.push(...checked.errors);
    return checked.kept;
  };
  const byId = (r: { id: string }) => r.id;
  const segmentId = (s: SegmentFeature) => s.properties.id;

  const routes = take(checkUniqueIds(files.routes, data.routes, byId));
  let countries = take(checkUniqueIds(files.countries, data.countries, byId));
  let places = take(checkUniqueIds(files.places, data.places, placeId, 'properties.id'));
  let segments = take(checkUniqueIds(files.segments, data.segments, segmentId, 'properties.id'));
  let sources = take(checkUniqueIds(files.sources, data.sources, byId));
  let figures = take(checkUniqueIds(files.figures, data.figures, byId));
  let events = take(checkUniqueIds(files.events, data.events, byId));
  let itineraries = take(checkUniqueIds(files.itineraries, data.itineraries, byId));

  const claimed = new Map<string, string>(routes.map((r) => [r.id, files.routes]));
  countries = take(checkUnclaimedIds(files.countries, countries, byId, claimed));
  for (const c of countries) claimed.set(c.id, files.countries);
  places = take(checkUnclaimedIds(files.places, places, placeId, claimed, 'properties.id'));

  const countryIds = ids(countries);
  places = take(checkPlaces(places, countryIds, files.places));
  const placeIds = new Set(places.map(placeId));
  segments = take(checkSegments(segments, ids(routes), placeIds, files.segments));

  const featureIds = new Set([...ids(routes), ...countryIds, ...placeIds]);
  sources = take(checkSources(sources, featureIds, files.sources));
  const sourceIds = ids(sources);
  figures = take(checkFigures(figures, featureIds, sourceIds, files.figures));
  figures = take(checkDisputes(figures, files.figures));
  figures = take(checkReporters(figures, countryIds, files.figures));
  events = take(checkEvents(events, countryIds, sourceIds, files.events));
  itineraries = take(checkItineraries(itineraries, segments, ids(routes), sourceIds, files.itineraries));

  return {
    dataset: { sources, figures, events, countries, routes, places, segments, itineraries },
    errors,
  };
}
