// A subject's headline: its latest full-year actual, the capacity in force that year and its utilisation,
// growth over the actual years, the growth a year the next targets need, and a verdict. Same scope only.
import type { Figure, Metric, Scope } from '../data/schema';
import { type CapacityInForce, capacityInForce } from './capacity';
import {
  amountOf,
  CAPACITY_OF,
  countedYear,
  coverage,
  merge,
  type Range,
  rangeOf,
  targetYear,
} from './figure-facts';
import { combine, growthRate, requiredGrowth, utilisation, type Verdict, verdict } from './growth';

export interface TargetGap {
  year: number;
  /** The published values (forecasts and targets for that year) and their ids. */
  value: Range;
  /** Growth a year from the latest actual to the target, computed with each value of both: 0.1 = 10 %. */
  required: Range;
}

export interface Headline {
  subject: string;
  metric: Metric;
  /** The scope every number here shares (undefined: the whole subject). */
  scope: Scope | undefined;
  /** Latest full-year actual(s) of that scope, in the family's unit (Mt for tonnes). */
  latest: { year: number; value: Range } | null;
  capacity: CapacityInForce | null;
  /** Actual ÷ capacity in force, with each published value of both: 1 = 100 %. */
  utilisation: Range | null;
  /** Compound growth a year from the first to the latest full-year actual of the scope. */
  growth: { fromYear: number; toYear: number; rate: Range } | null;
  /** Forecasts and targets for years after the latest actual, nearest first. */
  targets: TargetGap[];
  /** From the growth achieved and the nearest target's required growth (see `verdict`). */
  verdict: Verdict;
  /** Actuals of the subject and metric left out, and why. */
  excluded: {
    figureId: string;
    reason: 'part-year' | 'multi-year' | 'undated' | 'other-scope' | 'other-unit';
  }[];
}

const byYear = (figures: readonly Figure[], year: number) => figures.filter((f) => countedYear(f) === year);

/**
 * The headline of one subject and flow metric. `scope`: omitted, the scope of the latest full-year actual
 * (the whole subject on a tie); `null`, the whole subject; otherwise that scope. `reporter`: only the actuals
 * of that country's statistics (trade), so a growth rate never joins two reporters' figures.
 */
export function subjectHeadline(
  figures: readonly Figure[],
  subject: string,
  options: { metric?: Metric; scope?: Scope | null; reporter?: string } = {},
): Headline {
  const metric = options.metric ?? 'cargo';
  // Trade: one reporter's statistics at a time (mirror statistics differ); targets apply to every series.
  const actuals = figures.filter(
    (f) =>
      f.subject === subject &&
      f.metric === metric &&
      f.status === 'actual' &&
      (options.reporter === undefined || f.reporter === options.reporter),
  );
  const full = actuals.filter((f) => coverage(f) === 'full-year');
  const newest = [...full].sort(
    (a, b) => (countedYear(b) ?? 0) - (countedYear(a) ?? 0) || Number(!!a.scope) - Number(!!b.scope),
  )[0];
  const scope = options.scope === null ? undefined : (options.scope ?? newest?.scope);
  const family = newest ? amountOf(newest).family : undefined;
  const same = full.filter((f) => f.scope === scope && amountOf(f).family === family);
  const years = [...new Set(same.map((f) => countedYear(f) ?? 0))].sort((a, b) => a - b);
  const [firstYear, lastYear] = [years[0], years.at(-1)];
  const excluded = actuals.flatMap((f): Headline['excluded'] => {
    if (same.includes(f)) return [];
    const c = coverage(f);
    if (c !== 'full-year') return [{ figureId: f.id, reason: c }];
    return [{ figureId: f.id, reason: f.scope !== scope ? 'other-scope' : 'other-unit' }];
  });
  const base = { subject, metric, scope, excluded };
  if (lastYear === undefined || firstYear === undefined) {
    return {
      ...base,
      latest: null,
      capacity: null,
      utilisation: null,
      growth: null,
      targets: [],
      verdict: 'unknown',
    };
  }
  const latestFigures = byYear(same, lastYear);
  const latest = rangeOf(latestFigures) as Range;
  const growth =
    lastYear > firstYear
      ? {
          fromYear: firstYear,
          toYear: lastYear,
          rate: combine(rangeOf(byYear(same, firstYear)) as Range, latest, (a, b) =>
            growthRate(a, b, lastYear - firstYear),
          ),
        }
      : null;
  const capacityMetric = CAPACITY_OF[metric];
  const capacity = capacityMetric
    ? capacityInForce(figures, subject, lastYear, { metric: capacityMetric, scope })
    : null;
  const uses = (capacity?.inForce ?? []).flatMap((c) => latestFigures.map((a) => utilisation(a, c.figure)));
  const valid = uses.filter((u): u is Range => u !== null);
  const util = valid.length === 0 ? null : valid.reduce(merge);
  const ahead = figures.filter(
    (f) =>
      (f.status === 'forecast' || f.status === 'target') &&
      f.subject === subject &&
      f.metric === metric &&
      f.scope === scope &&
      amountOf(f).family === family &&
      (targetYear(f) ?? 0) > lastYear,
  );
  const targetYears = [...new Set(ahead.map((f) => targetYear(f) ?? 0))].sort((a, b) => a - b);
  const targets = targetYears.map((year): TargetGap => {
    const value = rangeOf(ahead.filter((f) => targetYear(f) === year)) as Range;
    return { year, value, required: combine(latest, value, (a, t) => requiredGrowth(a, t, year - lastYear)) };
  });
  return {
    ...base,
    latest: { year: lastYear, value: latest },
    capacity,
    utilisation: util,
    growth,
    targets,
    verdict: verdict(growth?.rate ?? null, targets[0]?.required ?? null),
  };
}
