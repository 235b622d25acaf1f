// The year the map shows until the reader picks one: the latest full-year actual of cargo on a route or port.
import { coverage, yearOf } from '../analysis/figure-facts';
import type { Dataset, Figure } from '../data/schema';
import { YEAR_MAX, YEAR_MIN } from '../state/url';

/** A whole-subject, full-calendar-year actual of cargo carried or handled. */
export function isFullYearActual(figure: Figure): boolean {
  return (
    figure.metric === 'cargo' &&
    figure.status === 'actual' &&
    figure.scope === undefined &&
    coverage(figure) === 'full-year'
  );
}

export function clampYear(year: number): number {
  return Math.min(YEAR_MAX, Math.max(YEAR_MIN, Math.round(year)));
}

export function defaultYear(dataset: Dataset): number {
  const subjects = new Set([
    ...dataset.routes.map((r) => r.id),
    ...dataset.places.filter((p) => p.properties.kind === 'port').map((p) => p.properties.id),
  ]);
  const years = dataset.figures
    .filter((f) => subjects.has(f.subject) && isFullYearActual(f))
    .map((f) => yearOf(f.period?.from ?? ''));
  return clampYear(years.length > 0 ? Math.max(...years) : YEAR_MAX);
}
