// What the analysis reads from one figure: the year and how much of it the figure covers, its scope, and its
// amount in a unit family that can be compared (tonnes as Mt, TEU, boxes, passengers, hectares, km, USD).
import { isoEnd, isoStart } from '../data/integrity';
import type { Figure, Metric, Scope, Unit } from '../data/schema';

export type Coverage = 'full-year' | 'part-year' | 'multi-year' | 'undated';
export type Family = 'Mt' | 'TEU' | 'containers' | 'passengers' | 'ha' | 'km' | 'USD-million';

/** A value or a span of values and the ids of the figures it came from. */
export interface Range {
  min: number;
  max: number;
  figureIds: string[];
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** Full year: one calendar year from 1 January to 31 December, at any precision ('2024', '2024-01'…'2024-12'). */
export function coverage(figure: Figure): Coverage {
  const period = figure.period;
  if (period?.to === undefined) return 'undated';
  const [from, to] = [isoStart(period.from), isoEnd(period.to)];
  if (yearOf(from) !== yearOf(to)) return 'multi-year';
  return from.endsWith('-01-01') && to.endsWith('-12-31') ? 'full-year' : 'part-year';
}

/** The calendar year a one-year (full or part) figure counts, else undefined. */
export function countedYear(figure: Figure): number | undefined {
  const c = coverage(figure);
  return c === 'full-year' || c === 'part-year' ? yearOf(figure.period?.from ?? '') : undefined;
}

/** The year a forecast or target is for: the end of its period; undefined when it names no year. */
export function targetYear(figure: Figure): number | undefined {
  const period = figure.period;
  return period === undefined ? undefined : yearOf(period.to ?? period.from);
}

const FAMILY: Readonly<Record<Unit, { family: Family; factor: number }>> = {
  t: { family: 'Mt', factor: 1e-6 },
  Mt: { family: 'Mt', factor: 1 },
  'Mt/yr': { family: 'Mt', factor: 1 },
  TEU: { family: 'TEU', factor: 1 },
  'TEU/yr': { family: 'TEU', factor: 1 },
  containers: { family: 'containers', factor: 1 },
  'containers/yr': { family: 'containers', factor: 1 },
  'passengers/yr': { family: 'passengers', factor: 1 },
  ha: { family: 'ha', factor: 1 },
  km: { family: 'km', factor: 1 },
  'USD-million': { family: 'USD-million', factor: 1 },
};

/** The figure's value (and upper end) in its family's unit: tonnes always in Mt. */
export function amountOf(figure: Figure): { family: Family; low: number; high: number } {
  const { family, factor } = FAMILY[figure.unit];
  return { family, low: figure.value * factor, high: (figure.valueMax ?? figure.value) * factor };
}

/** The capacity metric that bounds a flow metric, where there is one. */
export const CAPACITY_OF: Partial<Record<Metric, Metric>> = {
  cargo: 'cargo-capacity',
  containers: 'container-capacity',
};

/** Same subject, metric, scope and unit family: the only figures a derived number may compare. */
export function comparable(a: Figure, b: Figure): boolean {
  return (
    a.subject === b.subject &&
    a.metric === b.metric &&
    a.scope === b.scope &&
    amountOf(a).family === amountOf(b).family
  );
}

/** Scope as a filter value: undefined is the whole subject. */
export const hasScope = (figure: Figure, scope: Scope | undefined): boolean => figure.scope === scope;

/** The span of several figures' amounts (each figure's own range included), with all their ids. */
export function rangeOf(figures: readonly Figure[]): Range | null {
  if (figures.length === 0) return null;
  const amounts = figures.map(amountOf);
  return {
    min: Math.min(...amounts.map((a) => a.low)),
    max: Math.max(...amounts.map((a) => a.high)),
    figureIds: figures.map((f) => f.id),
  };
}

/** The span of two ranges, with both ranges' ids. */
export function merge(a: Range, b: Range): Range {
  return {
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    figureIds: [...new Set([...a.figureIds, ...b.figureIds])],
  };
}
