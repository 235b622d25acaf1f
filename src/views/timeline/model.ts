// Pure model of the Timeline view: events filtered by country and kind, ordered by date, and placed on
// one time axis (fraction of the span, with lanes so that close events do not overlap).
import type { AtlasEvent, Dataset } from '../../data/schema';
import { parseIsoDate } from '../../i18n/i18n';

export interface EventFilter {
  country?: string | undefined;
  kind?: string | undefined;
}

export const AXIS_START_YEAR = 1991;

export function filterEvents(events: readonly AtlasEvent[], filter: EventFilter): AtlasEvent[] {
  return events
    .filter(
      (e) =>
        (!filter.country || e.countries.includes(filter.country)) && (!filter.kind || e.kind === filter.kind),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Milliseconds since the epoch of an ISO date of any precision (its first day). */
export function timeOf(iso: string): number {
  return parseIsoDate(iso).date.getTime();
}

export interface Placed {
  event: AtlasEvent;
  /** Position on the axis, 0 (start) to 1 (end). */
  x: number;
  /** Row, 0 first: an event closer than `minGap` to the previous one in a lane takes the next lane. */
  lane: number;
}

/** Places events on an axis from `start` to `end` (ms); `minGap` is the spacing below which lanes stack. */
export function placeEvents(
  events: readonly AtlasEvent[],
  start: number,
  end: number,
  minGap: number,
): Placed[] {
  const span = Math.max(1, end - start);
  const laneEnds: number[] = [];
  return [...events]
    .sort((a, b) => timeOf(a.date) - timeOf(b.date))
    .map((event) => {
      const x = Math.min(1, Math.max(0, (timeOf(event.date) - start) / span));
      let lane = laneEnds.findIndex((last) => x - last >= minGap);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = x;
      return { event, x, lane };
    });
}

/** Countries and kinds that occur in the events, for the filter menus. */
export function eventOptions(dataset: Dataset) {
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    countries: unique(dataset.events.flatMap((e) => e.countries)),
    kinds: unique(dataset.events.map((e) => e.kind)),
  };
}

/** The events' sources that the source article misdates (it prints another date). */
export function misdatedSources(dataset: Dataset, event: AtlasEvent) {
  return dataset.sources.filter((s) => event.sources.includes(s.id) && s.printedDate !== undefined);
}
