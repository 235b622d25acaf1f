// Pure model of the forecast tracker: outcomes filtered by subject and outcome, sorted by target year or by
// the date the statement was made.
import type { ForecastOutcome } from '../../analysis/forecasts';

export interface TrackerFilter {
  subject?: string | undefined;
  outcome?: string | undefined;
  sort?: 'year' | 'said' | undefined;
}

export function filterOutcomes(rows: readonly ForecastOutcome[], filter: TrackerFilter): ForecastOutcome[] {
  const kept = rows.filter(
    (r) =>
      (!filter.subject || r.figure.subject === filter.subject) &&
      (!filter.outcome || r.outcome.kind === filter.outcome),
  );
  const said = (r: ForecastOutcome) => r.figure.asOf ?? '9999';
  const year = (r: ForecastOutcome) => r.year ?? 9999;
  return kept.sort((a, b) =>
    filter.sort === 'said'
      ? said(a).localeCompare(said(b)) || year(a) - year(b)
      : year(a) - year(b) || said(a).localeCompare(said(b)),
  );
}

export function trackerOptions(rows: readonly ForecastOutcome[]) {
  return {
    subjects: [...new Set(rows.map((r) => r.figure.subject))].sort(),
    outcomes: ['met', 'missed', 'pending', 'unknown'].filter((k) => rows.some((r) => r.outcome.kind === k)),
  };
}
