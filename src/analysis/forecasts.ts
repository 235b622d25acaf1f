// Every forecast and target with its outcome as of `today`: met or missed against a comparable actual (or a
// capacity in force), pending with the growth a year still required, or unknown with the reason why.
import type { Dataset, Figure } from '../data/schema';
import { capacityInForce } from './capacity';
import {
  amountOf,
  comparable,
  countedYear,
  coverage,
  type Range,
  rangeOf,
  targetYear,
  yearOf,
} from './figure-facts';
import { combine, requiredGrowth } from './growth';

export type Outcome =
  | {
      kind: 'met' | 'missed';
      basis: 'full-year' | 'part-year-lower-bound' | 'capacity-in-force';
      actualIds: string[];
    }
  | { kind: 'pending'; fromYear: number | null; required: Range | null }
  | {
      kind: 'unknown';
      reason: 'no-target-year' | 'no-comparable-actual' | 'sources-disagree' | 'no-dated-capacity';
      /** Figures looked at and left out (other scope, part-year below the target, undated…). */
      consideredIds: string[];
    };

export interface ForecastOutcome {
  figure: Figure;
  /** The year the forecast or target is for; null when it names none. */
  year: number | null;
  outcome: Outcome;
}

const isCapacityMetric = (f: Figure) => f.metric.endsWith('-capacity');

/** Met when every value is at least the target's (lower) value, missed when none is; else sources disagree. */
function judge(target: Figure, values: readonly Figure[], basis: 'full-year' | 'capacity-in-force'): Outcome {
  const reached = values.map((f) => amountOf(f).low >= amountOf(target).low);
  const actualIds = values.map((f) => f.id);
  if (reached.every(Boolean)) return { kind: 'met', basis, actualIds };
  if (!reached.some(Boolean)) return { kind: 'missed', basis, actualIds };
  return { kind: 'unknown', reason: 'sources-disagree', consideredIds: actualIds };
}

function flowOutcome(target: Figure, year: number, over: boolean, figures: readonly Figure[]): Outcome {
  const actuals = figures.filter(
    (f) => f.status === 'actual' && f.subject === target.subject && f.metric === target.metric,
  );
  const same = actuals.filter((f) => comparable(f, target));
  if (over) {
    const full = same.filter((f) => coverage(f) === 'full-year' && countedYear(f) === year);
    if (full.length > 0) return judge(target, full, 'full-year');
    // Flows only add up: a part of the year already at the target proves the whole year reached it.
    const part = same.filter((f) => coverage(f) === 'part-year' && countedYear(f) === year);
    const proof = part.filter((f) => amountOf(f).low >= amountOf(target).low);
    if (proof.length > 0)
      return { kind: 'met', basis: 'part-year-lower-bound', actualIds: proof.map((f) => f.id) };
    const consideredIds = actuals.filter((f) => countedYear(f) === year).map((f) => f.id);
    return { kind: 'unknown', reason: 'no-comparable-actual', consideredIds };
  }
  const before = same.filter((f) => coverage(f) === 'full-year' && (countedYear(f) ?? year) < year);
  const fromYear = Math.max(...before.map((f) => countedYear(f) ?? 0));
  const latest = rangeOf(before.filter((f) => countedYear(f) === fromYear));
  if (latest === null) return { kind: 'pending', fromYear: null, required: null };
  const value = rangeOf([target]) as Range;
  return {
    kind: 'pending',
    fromYear,
    required: combine(latest, value, (a, t) => requiredGrowth(a, t, year - fromYear)),
  };
}

function capacityOutcome(
  target: Figure,
  year: number,
  over: boolean,
  figures: readonly Figure[],
  now: number,
): Outcome {
  const query = { metric: target.metric, scope: target.scope };
  const family = amountOf(target).family;
  const inForce = (y: number) =>
    capacityInForce(figures, target.subject, y, query)
      .inForce.map((i) => i.figure)
      .filter((f) => amountOf(f).family === family);
  if (over) {
    const values = inForce(year);
    if (values.length > 0) return judge(target, values, 'capacity-in-force');
    return { kind: 'unknown', reason: 'no-dated-capacity', consideredIds: [] };
  }
  const current = rangeOf(inForce(now));
  if (current === null) return { kind: 'pending', fromYear: null, required: null };
  const value = rangeOf([target]) as Range;
  return {
    kind: 'pending',
    fromYear: now,
    required: combine(current, value, (c, t) => requiredGrowth(c, t, year - now)),
  };
}

/**
 * The outcome of every forecast and target figure on `today` (ISO date). A year is over once `today` is in a
 * later year. Flow targets compare with full-year actuals of the same subject, metric, scope and unit; capacity
 * targets with the capacities in force in their year (met: a capacity of at least that value in force).
 */
export function forecastOutcomes(dataset: Pick<Dataset, 'figures'>, today: string): ForecastOutcome[] {
  const now = yearOf(today);
  return dataset.figures
    .filter((f) => f.status === 'forecast' || f.status === 'target')
    .map((figure) => {
      const year = targetYear(figure);
      if (year === undefined) {
        return {
          figure,
          year: null,
          outcome: { kind: 'unknown', reason: 'no-target-year', consideredIds: [] },
        };
      }
      const over = now > year;
      const outcome = isCapacityMetric(figure)
        ? capacityOutcome(figure, year, over, dataset.figures, now)
        : flowOutcome(figure, year, over, dataset.figures);
      return { figure, year, outcome };
    });
}
