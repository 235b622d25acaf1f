// Capacity as steps in time: when each capacity figure applies (its period, until a later one supersedes
// it), and which capacities are in force in a given year. Undated capacities are kept apart, never placed.
import { isoEnd, isoStart } from '../data/integrity';
import type { Figure, Metric, Scope } from '../data/schema';
import { amountOf, type Family, type Range, rangeOf, yearOf } from './figure-facts';

export interface CapacityStep {
  figure: Figure;
  /** First day the capacity applies (ISO). */
  from: string;
  /** Last day it applies (ISO): its own period's end, or the day a later capacity starts; absent = still. */
  until?: string;
}

export interface CapacityQuery {
  metric?: Metric;
  /** undefined: the whole subject; figures with another scope are left out. */
  scope?: Scope;
}

const isCapacity = (f: Figure, subject: string, q: CapacityQuery) =>
  f.status === 'capacity' &&
  f.subject === subject &&
  f.metric === (q.metric ?? 'cargo-capacity') &&
  f.scope === q.scope;

/**
 * The dated capacities of a subject as steps, oldest first, and the undated ones. An open-ended capacity
 * applies until a capacity with a later start (same subject, metric and scope) begins; capacities that start
 * on the same day are published values for the same step and overlap (a range where sources disagree).
 */
export function capacitySteps(
  figures: readonly Figure[],
  subject: string,
  query: CapacityQuery = {},
): { steps: CapacityStep[]; undated: Figure[] } {
  const own = figures.filter((f) => isCapacity(f, subject, query));
  const dated = own.filter((f) => f.period !== undefined);
  const starts = [...new Set(dated.map((f) => isoStart(f.period?.from ?? '')))].sort();
  const steps = dated
    .map((figure): CapacityStep => {
      const from = isoStart(figure.period?.from ?? '');
      const to = figure.period?.to;
      const next = starts.find((s) => s > from);
      const until = to !== undefined ? isoEnd(to) : next;
      return until === undefined ? { figure, from } : { figure, from, until };
    })
    .sort((a, b) => a.from.localeCompare(b.from));
  return { steps, undated: own.filter((f) => f.period === undefined) };
}

export interface InForce {
  figure: Figure;
  /** `period`: its dated step covers part or all of the year; `stated`: undated, but stated as current that year. */
  basis: 'period' | 'stated';
  /** The step covers the whole year. */
  wholeYear: boolean;
}

export interface CapacityInForce {
  subject: string;
  year: number;
  inForce: InForce[];
  /** Span of the capacities in force, per unit family (Mt a year for tonnes): a range where sources disagree. */
  ranges: Partial<Record<Family, Range>>;
  /** Capacities of the subject with no known start, for "also stated, undated". */
  undatedIds: string[];
}

/**
 * The capacity figures in force in `year`: each dated step that covers any day of the year, and each undated
 * capacity whose statement (asOf) falls in that year — a source calling a capacity current in 2023 dates it
 * to 2023 and no further.
 */
export function capacityInForce(
  figures: readonly Figure[],
  subject: string,
  year: number,
  query: CapacityQuery = {},
): CapacityInForce {
  const { steps, undated } = capacitySteps(figures, subject, query);
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  const inForce: InForce[] = [
    ...steps
      .filter((s) => s.from <= last && (s.until === undefined || s.until >= first))
      .map((s) => ({
        figure: s.figure,
        basis: 'period' as const,
        wholeYear: s.from <= first && (s.until === undefined || s.until >= last),
      })),
    ...undated
      .filter((f) => f.asOf !== undefined && yearOf(f.asOf) === year)
      .map((figure) => ({ figure, basis: 'stated' as const, wholeYear: false })),
  ];
  const ranges: Partial<Record<Family, Range>> = {};
  for (const family of new Set(inForce.map((i) => amountOf(i.figure).family))) {
    const range = rangeOf(inForce.map((i) => i.figure).filter((f) => amountOf(f).family === family));
    if (range !== null) ranges[family] = range;
  }
  return { subject, year, inForce, ranges, undatedIds: undated.map((f) => f.id) };
}
