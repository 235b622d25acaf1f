// Compares itineraries: km by mode along their legs, countries and borders crossed, mode and gauge changes,
// the bottleneck (least capacity in force along the way) and the route's latest volume, each with figure ids.
import type { Dataset, Itinerary, ItineraryChange, Mode, RouteId, SegmentFeature } from '../data/schema';
import { segmentLengthKm } from '../geo/measure';
import { capacityInForce } from './capacity';
import type { Range } from './figure-facts';
import { subjectHeadline } from './headline';

export interface BorderCrossing {
  from: string;
  to: string;
  /** The first place in the new country, and the mode of the leg the border is crossed on. */
  at: string;
  mode: Mode;
}

export interface ItineraryComparison {
  id: string;
  route: RouteId;
  legIds: string[];
  km: { rail: number; sea: number; total: number };
  /** Alpha-3 codes in travel order (a country entered twice is listed twice). */
  countries: string[];
  borders: BorderCrossing[];
  modeChanges: ItineraryChange[];
  gaugeChanges: ItineraryChange[];
  /** The subject (route or place) with the least whole-subject cargo capacity in force in `year`. */
  bottleneck: { subject: string; capacityMt: Range } | null;
  /** Capacities along the way with no known start (not in force on any known date). */
  undatedCapacityIds: string[];
  /** The route's latest full-year cargo, in Mt, with the scope it counts. */
  volume: { year: number; valueMt: Range; scope: string | undefined } | null;
}

/** Every place along the legs in order: the first leg's start, then each leg's via places and end. */
function placesAlong(legs: readonly SegmentFeature[]): { place: string; mode: Mode }[] {
  return legs.flatMap((leg, i) => {
    const { from, via = [], to, mode } = leg.properties;
    return [...(i === 0 ? [from] : []), ...via, to].map((place) => ({ place, mode }));
  });
}

function compareOne(
  dataset: Pick<Dataset, 'figures' | 'segments' | 'places'>,
  itinerary: Itinerary,
  year: number,
) {
  const byId = new Map(dataset.segments.map((s) => [s.properties.id, s]));
  const legs = itinerary.legs.flatMap((id) => byId.get(id) ?? []);
  const km = { rail: 0, sea: 0, total: 0 };
  for (const leg of legs) {
    const length = segmentLengthKm(leg);
    km[leg.properties.mode] += length;
    km.total += length;
  }
  const countryOf = new Map(dataset.places.map((p) => [p.properties.id, p.properties.country]));
  const along = placesAlong(legs);
  const countries: string[] = [];
  const borders: BorderCrossing[] = [];
  for (const { place, mode } of along) {
    const country = countryOf.get(place);
    const last = countries.at(-1);
    if (country === undefined || country === last) continue;
    if (last !== undefined) borders.push({ from: last, to: country, at: place, mode });
    countries.push(country);
  }
  const subjects = [itinerary.route, ...new Set(along.map((a) => a.place))];
  const capacities = subjects.map((subject) => capacityInForce(dataset.figures, subject, year));
  const bottleneck = capacities
    .flatMap((c) => (c.ranges.Mt ? [{ subject: c.subject, capacityMt: c.ranges.Mt }] : []))
    .sort((a, b) => a.capacityMt.min - b.capacityMt.min || a.capacityMt.max - b.capacityMt.max)[0];
  const headline = subjectHeadline(dataset.figures, itinerary.route);
  const comparison: ItineraryComparison = {
    id: itinerary.id,
    route: itinerary.route,
    legIds: legs.map((l) => l.properties.id),
    km,
    countries,
    borders,
    modeChanges: itinerary.changes.filter((c) => c.kind === 'mode'),
    gaugeChanges: itinerary.changes.filter((c) => c.kind === 'gauge'),
    bottleneck: bottleneck ?? null,
    undatedCapacityIds: capacities.flatMap((c) => c.undatedIds),
    volume: headline.latest && {
      year: headline.latest.year,
      valueMt: headline.latest.value,
      scope: headline.scope,
    },
  };
  return comparison;
}

/** One comparison per itinerary, in the given order; capacities are those in force in `year`. */
export function compareItineraries(
  dataset: Pick<Dataset, 'figures' | 'segments' | 'places'>,
  itineraries: readonly Itinerary[],
  year: number,
): ItineraryComparison[] {
  return itineraries.map((itinerary) => compareOne(dataset, itinerary, year));
}
