// Pure model of a member state's trade chart: turnover series per reporter, part-years, exports/imports bars, targets.
import type { Figure } from '../data/schema';

export type Flow = 'exports' | 'imports';
export type ReporterKind = 'AZE' | 'partner' | 'none';

export interface TradePoint {
  figure: Figure;
  year: number;
  value: number;
  /** A part-year value: drawn hollow, labelled with its months, never joined by the line. */
  partial: boolean;
  /** The year's point the series line passes through (the latest published full-year value). */
  onLine: boolean;
}

export interface TradeSeries {
  reporter: string | null;
  kind: ReporterKind;
  points: TradePoint[];
}

export interface TargetLine {
  value: number;
  targets: Figure[];
}

export interface TradeBar {
  figure: Figure;
  flow: Flow;
  year: number;
  value: number;
  slot: number;
  slots: number;
}

export interface TradeChartModel {
  series: TradeSeries[];
  targets: TargetLine[];
  bars: TradeBar[];
  years: { from: number; to: number };
  maxTurnover: number;
  maxFlow: number;
}

const yearOf = (iso: string | undefined) => Number((iso ?? '').slice(0, 4));
const isFullYear = (f: Figure) =>
  !!f.period?.to &&
  yearOf(f.period.from) === yearOf(f.period.to) &&
  /^\d{4}(-01(-01)?)?$/.test(f.period.from) &&
  /^\d{4}(-12(-31)?)?$/.test(f.period.to);
const isOneYear = (f: Figure) => !!f.period?.to && yearOf(f.period.from) === yearOf(f.period.to);
const REPORTER_ORDER: Record<ReporterKind, number> = { AZE: 0, partner: 1, none: 2 };

export function reporterKind(reporter: string | undefined): ReporterKind {
  return !reporter ? 'none' : reporter === 'AZE' ? 'AZE' : 'partner';
}

/** Later publication first; an undated figure counts as the oldest. */
const newerFirst = (a: Figure, b: Figure) => (b.asOf ?? '').localeCompare(a.asOf ?? '') || b.value - a.value;

function turnoverSeries(actual: readonly Figure[]): TradeSeries[] {
  const byReporter = new Map<string, Figure[]>();
  for (const f of actual) byReporter.set(f.reporter ?? '', [...(byReporter.get(f.reporter ?? '') ?? []), f]);
  const series = [...byReporter].map(([reporter, figures]): TradeSeries => {
    const full = figures.filter(isFullYear).sort(newerFirst);
    const fullYears = new Set(full.map((f) => yearOf(f.period?.to)));
    const points: TradePoint[] = full.map((figure, i) => {
      const year = yearOf(figure.period?.to);
      const onLine = full.findIndex((f) => yearOf(f.period?.to) === year) === i;
      return { figure, year, value: figure.value, partial: false, onLine };
    });
    // Part-years: the longest one of each year this reporter has no full-year value for; the rest stay in the table.
    const parts = figures
      .filter((f) => isOneYear(f) && !isFullYear(f) && !fullYears.has(yearOf(f.period?.to)))
      .sort((a, b) => (b.period?.to ?? '').localeCompare(a.period?.to ?? '') || newerFirst(a, b));
    for (const figure of parts) {
      const year = yearOf(figure.period?.to);
      if (points.some((p) => p.year === year)) continue;
      points.push({ figure, year, value: figure.value, partial: true, onLine: false });
    }
    points.sort((a, b) => a.year - b.year || Number(b.onLine) - Number(a.onLine) || a.value - b.value);
    return { reporter: reporter || null, kind: reporterKind(reporter || undefined), points };
  });
  return series.sort(
    (a, b) =>
      REPORTER_ORDER[a.kind] - REPORTER_ORDER[b.kind] || (a.reporter ?? '').localeCompare(b.reporter ?? ''),
  );
}

function flowBars(actual: readonly Figure[]): TradeBar[] {
  const full = actual.filter((f) => (f.metric === 'exports' || f.metric === 'imports') && isFullYear(f));
  const rank = (f: Figure) => `${f.metric === 'exports' ? 0 : 1}${REPORTER_ORDER[reporterKind(f.reporter)]}`;
  const years = [...new Set(full.map((f) => yearOf(f.period?.to)))];
  return years.flatMap((year) => {
    const inYear = full
      .filter((f) => yearOf(f.period?.to) === year)
      .sort((a, b) => rank(a).localeCompare(rank(b)));
    return inYear.map((figure, slot) => ({
      figure,
      flow: figure.metric as Flow,
      year,
      value: figure.value,
      slot,
      slots: inYear.length,
    }));
  });
}

export function buildTradeChartModel(figures: readonly Figure[]): TradeChartModel {
  const usd = figures.filter((f) => f.unit === 'USD-million');
  const actual = usd.filter((f) => f.status === 'actual');
  const series = turnoverSeries(actual.filter((f) => f.metric === 'trade'));
  const bars = flowBars(actual);
  const targetFigures = usd.filter((f) => f.status === 'target' && f.metric === 'trade');
  const targets = [...new Set(targetFigures.map((f) => f.value))]
    .sort((a, b) => a - b)
    .map((value) => ({
      value,
      targets: targetFigures
        .filter((f) => f.value === value)
        .sort(newerFirst)
        .reverse(),
    }));
  const years = [...series.flatMap((s) => s.points.map((p) => p.year)), ...bars.map((b) => b.year)];
  const values = series.flatMap((s) => s.points.map((p) => p.value)).concat(targets.map((t) => t.value));
  return {
    series,
    targets,
    bars,
    years: years.length ? { from: Math.min(...years), to: Math.max(...years) } : { from: 0, to: 0 },
    maxTurnover: values.length ? Math.max(...values) : 0,
    maxFlow: bars.length ? Math.max(...bars.map((b) => b.value)) : 0,
  };
}

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}
