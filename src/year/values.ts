// Per-feature volume for one year: full-year actual cargo (or capacity in force), else a forecast or target
// for a year after the feature's latest actual, else none. Ranges where sources disagree. Pure.
import { capacityInForce } from '../analysis/capacity';
import { countedYear, rangeOf, targetYear } from '../analysis/figure-facts';
import type { Dataset, Figure } from '../data/schema';
import type { Scale } from '../state/url';
import { isFullYearActual } from './default-year';
import type { RangeMt } from './scale';
import { yearSubjects } from './subjects';

export type YearKind = 'actual' | 'capacity' | 'forecast' | 'none';

export interface YearValue {
  valueMt: RangeMt | null;
  kind: YearKind;
  figureIds: readonly string[];
}

const NONE: YearValue = { valueMt: null, kind: 'none', figureIds: [] };

function yearValueOf(figures: readonly Figure[], kind: YearKind): YearValue {
  const range = rangeOf(figures);
  return range ? { valueMt: { min: range.min, max: range.max }, kind, figureIds: range.figureIds } : NONE;
}

/** Forecasts and targets of a whole-subject metric that name `year`. */
function plannedFor(own: readonly Figure[], metric: Figure['metric'], year: number): Figure[] {
  return own.filter(
    (f) =>
      f.metric === metric &&
      (f.status === 'forecast' || f.status === 'target') &&
      f.scope === undefined &&
      f.period !== undefined &&
      targetYear(f) === year,
  );
}

function cargoValue(own: readonly Figure[], year: number): YearValue {
  const actuals = own.filter(isFullYearActual);
  const that = actuals.filter((f) => countedYear(f) === year);
  if (that.length > 0) return yearValueOf(that, 'actual');
  const latest = Math.max(-Infinity, ...actuals.map((f) => countedYear(f) ?? -Infinity));
  return year > latest ? yearValueOf(plannedFor(own, 'cargo', year), 'forecast') : NONE;
}

function capacityValue(
  figures: readonly Figure[],
  own: readonly Figure[],
  id: string,
  year: number,
): YearValue {
  const range = capacityInForce(figures, id, year).ranges.Mt;
  if (range)
    return { valueMt: { min: range.min, max: range.max }, kind: 'capacity', figureIds: range.figureIds };
  return yearValueOf(plannedFor(own, 'cargo-capacity', year), 'forecast');
}

export function yearValues(dataset: Dataset, year: number, scale: Scale): Map<string, YearValue> {
  const values = new Map<string, YearValue>();
  for (const { id } of yearSubjects(dataset)) {
    const own = dataset.figures.filter((f) => f.subject === id);
    values.set(
      id,
      scale === 'capacity' ? capacityValue(dataset.figures, own, id, year) : cargoValue(own, year),
    );
  }
  return values;
}
