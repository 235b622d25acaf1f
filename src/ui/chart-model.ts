// Pure model of the cargo projection chart: which figures become actual points, capacity steps and
// forecast/target markers on a 2017–2030 axis, in million tonnes. No DOM.
import type { Figure } from '../data/schema';

export const CHART_YEARS = { from: 2017, to: 2030 } as const;

/** The legend: message key, CSS key class, and how the saved picture draws the key. */
export const CHART_KEYS = [
  { key: 'chart.actual', class: 'key-actual', color: 'var(--ink)', width: 2, marker: 'circle' },
  { key: 'chart.capacity', class: 'key-capacity', color: '#0f5e8c', width: 3, marker: 'square' },
  {
    key: 'chart.forecast',
    class: 'key-forecast',
    color: 'var(--titr)',
    width: 2,
    dash: '5 4',
    marker: 'diamond',
  },
] as const;

export interface ChartPoint {
  figure: Figure;
  year: number;
  valueMt: number;
  /** The figure covers part of a year (e.g. January–October). */
  partial: boolean;
}

export interface CapacityStep {
  figure: Figure;
  fromYear: number;
  toYear: number;
  valueMt: number;
}

export interface ForecastMark extends ChartPoint {
  /** Where the dashed line starts: the latest actual before the statement, if any. */
  base: { year: number; valueMt: number } | null;
}

export interface ChartModel {
  actual: ChartPoint[];
  capacity: CapacityStep[];
  forecasts: ForecastMark[];
  maxMt: number;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Million tonnes, or null for figures that are not tonnages. */
export function toMt(figure: Figure): number | null {
  if (figure.unit === 't') return figure.value / 1e6;
  if (figure.unit === 'Mt' || figure.unit === 'Mt/yr') return figure.value;
  return null;
}

/** A period from the first to the last day of one year, at any precision ('2021', '2021-01/2021-12', …). */
function isFullYear(from: string, to: string): boolean {
  const startsJan1 = from.length === 4 || from.slice(4) === '-01' || from.slice(4) === '-01-01';
  const endsDec31 = to.length === 4 || to.slice(4) === '-12' || to.slice(4) === '-12-31';
  return yearOf(from) === yearOf(to) && startsJan1 && endsDec31;
}

const inRange = (year: number) => year >= CHART_YEARS.from && year <= CHART_YEARS.to;

export function buildChartModel(figures: readonly Figure[]): ChartModel {
  const tonnage = figures.filter(
    (f) => toMt(f) !== null && (f.metric === 'cargo' || f.metric === 'cargo-capacity'),
  );
  const actual: ChartPoint[] = [];
  for (const figure of tonnage) {
    if (figure.status !== 'actual' || figure.metric !== 'cargo' || !figure.period?.to) continue;
    const { from, to } = figure.period;
    if (yearOf(from) !== yearOf(to) || !inRange(yearOf(to))) continue; // multi-year totals: table only
    actual.push({ figure, year: yearOf(to), valueMt: toMt(figure) ?? 0, partial: !isFullYear(from, to) });
  }
  actual.sort((a, b) => a.year - b.year || Number(a.partial) - Number(b.partial));

  const capacityFigures = tonnage
    .filter((f) => f.status === 'capacity' && f.period)
    .sort((a, b) => (a.period?.from ?? '').localeCompare(b.period?.from ?? ''));
  const startYears = [
    ...new Set(capacityFigures.map((f) => Math.max(yearOf(f.period?.from ?? ''), CHART_YEARS.from))),
  ];
  const capacity: CapacityStep[] = capacityFigures.flatMap((figure) => {
    const fromYear = Math.max(yearOf(figure.period?.from ?? ''), CHART_YEARS.from);
    const next = startYears.find((y) => y > fromYear);
    const toYear = figure.period?.to ? yearOf(figure.period.to) : (next ?? CHART_YEARS.to);
    if (fromYear > CHART_YEARS.to || (figure.period?.to && yearOf(figure.period.to) < CHART_YEARS.from))
      return [];
    return [
      {
        figure,
        fromYear,
        toYear: Math.min(Math.max(toYear, fromYear), CHART_YEARS.to),
        valueMt: toMt(figure) ?? 0,
      },
    ];
  });

  const fullActuals = actual.filter((p) => !p.partial);
  const forecasts: ForecastMark[] = tonnage
    .filter((f) => (f.status === 'forecast' || f.status === 'target') && f.period)
    .flatMap((figure) => {
      const year = yearOf(figure.period?.to ?? figure.period?.from ?? '');
      if (!inRange(year)) return [];
      const statedYear = figure.asOf ? yearOf(figure.asOf) : year;
      const before = fullActuals.filter((p) => p.year <= statedYear && p.year < year);
      const last = before[before.length - 1];
      return [
        {
          figure,
          year,
          valueMt: toMt(figure) ?? 0,
          partial: false,
          base: last ? { year: last.year, valueMt: last.valueMt } : null,
        },
      ];
    });

  const values = [...actual, ...forecasts].map((p) => p.valueMt).concat(capacity.map((s) => s.valueMt));
  return { actual, capacity, forecasts, maxMt: values.length ? Math.max(...values) : 0 };
}

/** Round numbers for the value axis: 0 and 4–6 ticks up to at least `max`. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}
