// Azerbaijan's trade turnover with each member state in one year, full-year figures only: Azerbaijan's own
// statistics where published, else the partner's. Classes for the map's shading. Pure.
import { countedYear, coverage, rangeOf } from '../analysis/figure-facts';
import type { Dataset, Figure } from '../data/schema';

/** Class breaks in million US dollars: < 50, 50–200, 200–500, ≥ 500. */
export const TRADE_BREAKS_USD_M = [50, 200, 500] as const;

export type Reporter = 'AZE' | 'partner';

export interface TradeValue {
  valueUsdM: { min: number; max: number } | null;
  reporter: Reporter | null;
  classIndex: number | null;
}

export const REPORTING_COUNTRY = 'AZE';

export function tradeClassOf(valueUsdM: number): number {
  return TRADE_BREAKS_USD_M.filter((limit) => valueUsdM >= limit).length;
}

const fullYearTrade = (f: Figure, year: number) =>
  f.metric === 'trade' && f.status === 'actual' && coverage(f) === 'full-year' && countedYear(f) === year;

/** Member states other than Azerbaijan, each with its turnover for `year` (null when none is published). */
export function tradeValues(dataset: Dataset, year: number): Map<string, TradeValue> {
  const values = new Map<string, TradeValue>();
  for (const country of dataset.countries) {
    if (!country.member || country.id === REPORTING_COUNTRY) continue;
    const own = dataset.figures.filter((f) => f.subject === country.id && fullYearTrade(f, year));
    const aze = own.filter((f) => f.reporter === REPORTING_COUNTRY);
    const chosen = aze.length > 0 ? aze : own.filter((f) => f.reporter === country.id);
    const range = rangeOf(chosen);
    values.set(
      country.id,
      range
        ? {
            valueUsdM: { min: range.min, max: range.max },
            reporter: aze.length > 0 ? 'AZE' : 'partner',
            classIndex: tradeClassOf((range.min + range.max) / 2),
          }
        : { valueUsdM: null, reporter: null, classIndex: null },
    );
  }
  return values;
}
