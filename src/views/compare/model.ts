// Pure model of the Compare view: which itineraries are chosen (a bitmask in the URL filter, in the order of
// dataset.itineraries), which year's capacities count, and the comparisons themselves.
import { compareItineraries, type ItineraryComparison } from '../../analysis/itineraries';
import type { Dataset, Itinerary } from '../../data/schema';
import { segmentLengthKm } from '../../geo/measure';

export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2026;
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);
/** The fewest itineraries a comparison shows. */
export const MIN_CHOSEN = 2;
/** A filter value is at most 40 characters: more itineraries than that are not kept in the URL. */
const MAX_MASK = 40;

/** '10110' → [true, false, true, true, false]; anything else (wrong length, too few chosen) → all chosen. */
export function decodeChoice(raw: string | undefined, count: number): boolean[] {
  const all = Array.from({ length: count }, () => true);
  if (raw === undefined || raw.length !== count || !/^[01]+$/.test(raw)) return all;
  const chosen = [...raw].map((c) => c === '1');
  return chosen.filter(Boolean).length >= Math.min(MIN_CHOSEN, count) ? chosen : all;
}

/** The choice as a filter value, or undefined when it is the default (all) or cannot be kept. */
export function encodeChoice(chosen: readonly boolean[]): string | undefined {
  if (chosen.every(Boolean) || chosen.length > MAX_MASK) return undefined;
  return chosen.map((c) => (c ? '1' : '0')).join('');
}

/** The year from the filter if it is one of YEARS, else undefined. */
export function parseYear(raw: string | undefined): number | undefined {
  const year = Number(raw);
  return raw !== undefined && /^\d{4}$/.test(raw) && YEARS.includes(year) ? year : undefined;
}

/** The latest of YEARS in which some itinerary has a capacity in force (LAST_YEAR when none has). */
export function defaultYear(
  dataset: Pick<Dataset, 'figures' | 'segments' | 'places'>,
  itineraries: readonly Itinerary[],
) {
  for (let year = LAST_YEAR; year >= FIRST_YEAR; year -= 1)
    if (compareItineraries(dataset, itineraries, year).some((c) => c.bottleneck !== null)) return year;
  return LAST_YEAR;
}

export interface CompareColumn {
  itinerary: Itinerary;
  comparison: ItineraryComparison;
  /** Kilometres on legs drawn as sketches between sourced end points. */
  schematicKm: number;
}

export function compareColumns(
  dataset: Dataset,
  itineraries: readonly Itinerary[],
  year: number,
): CompareColumn[] {
  const byId = new Map(dataset.segments.map((s) => [s.properties.id, s]));
  return compareItineraries(dataset, itineraries, year).map((comparison, i) => ({
    itinerary: itineraries[i] as Itinerary,
    comparison,
    schematicKm: comparison.legIds
      .flatMap((id) => byId.get(id) ?? [])
      .filter((leg) => leg.properties.precision === 'schematic')
      .reduce((sum, leg) => sum + segmentLengthKm(leg), 0),
  }));
}
