// Pure tests of the trade chart model: series per reporter, year order, part-years, targets, bars and scales,
// on hand-made figures and the real data, and a property: every full-year turnover figure is exactly one point.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import type { Figure } from '../../src/data/schema';
import { buildTradeChartModel, linearScale } from '../../src/ui/trade-chart-model';
import { markerPath } from '../../src/ui/trade-chart-style';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const real = (country: string) => buildTradeChartModel(dataset.figures.filter((f) => f.subject === country));

let n = 0;
function fig(overrides: Partial<Figure>): Figure {
  n += 1;
  return {
    id: `f-${n}`,
    subject: 'KAZ',
    metric: 'trade',
    value: 100,
    unit: 'USD-million',
    status: 'actual',
    asOf: '2024-01-01',
    sources: ['s'],
    period: { from: '2022', to: '2022' },
    ...overrides,
  } as Figure;
}
const fullYear = (f: Figure) =>
  !!f.period?.to &&
  f.period.from.slice(0, 4) === f.period.to.slice(0, 4) &&
  /^\d{4}(-01)?$/.test(f.period.from) &&
  /^\d{4}(-12)?$/.test(f.period.to);

describe('series by reporter', () => {
  it('makes one series per reporter: Azerbaijan’s, the partner’s, then unnamed', () => {
    const model = buildTradeChartModel([
      fig({ reporter: undefined }),
      fig({ reporter: 'KAZ' }),
      fig({ reporter: 'AZE' }),
      fig({ reporter: 'AZE', period: { from: '2021', to: '2021' } }),
    ]);
    expect(model.series.map((s) => [s.kind, s.reporter, s.points.length])).toEqual([
      ['AZE', 'AZE', 2],
      ['partner', 'KAZ', 1],
      ['none', null, 1],
    ]);
  });

  it('groups Kazakhstan’s real figures so that every point is its series’ reporter', () => {
    const model = real('KAZ');
    expect(model.series.map((s) => s.kind)).toEqual(['AZE', 'partner', 'none']);
    for (const s of model.series)
      for (const p of s.points) expect(p.figure.reporter ?? null).toBe(s.reporter);
  });

  it('orders each series by year and passes the line through one point a year', () => {
    for (const country of ['KAZ', 'UZB', 'TJK', 'TKM']) {
      for (const s of real(country).series) {
        const years = s.points.map((p) => p.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
        const onLine = s.points.filter((p) => p.onLine).map((p) => p.year);
        expect(new Set(onLine).size).toBe(onLine.length);
      }
    }
  });

  it('draws every one of several full-year values for a year, the line through the latest published', () => {
    const kaz = real('KAZ').series.find((s) => s.kind === 'partner');
    const in2022 = kaz?.points.filter((p) => p.year === 2022 && !p.partial) ?? [];
    expect(in2022.map((p) => p.value).sort((a, b) => a - b)).toEqual([460, 463.3, 500]);
    expect(in2022.filter((p) => p.onLine).map((p) => p.value)).toEqual([463.3]);
  });
});

describe('part-years', () => {
  it('shows the longest part-year of a year the reporter has no full year for, hollow', () => {
    const aze = real('KAZ').series.find((s) => s.kind === 'AZE');
    const p2025 = aze?.points.filter((p) => p.year === 2025) ?? [];
    expect(p2025).toHaveLength(1);
    expect(p2025[0]).toMatchObject({ partial: true, onLine: false, value: 600.3 });
  });

  it('leaves part-years to the table when the reporter has the full year', () => {
    const aze = real('TJK').series.find((s) => s.kind === 'AZE');
    expect(aze?.points.filter((p) => p.year === 2022).every((p) => !p.partial)).toBe(true);
  });
});

describe('targets and bars', () => {
  it('groups turnover targets by value, one dashed line each', () => {
    const targets = real('KAZ').targets;
    expect(targets.map((t) => [t.value, t.targets.length])).toEqual([
      [500, 1],
      [1000, 3],
    ]);
  });

  it('makes a bar for each full-year exports or imports value, side by side within the year', () => {
    const bars = real('KAZ').bars;
    expect(bars.map((b) => [b.year, b.flow, b.slot, b.slots])).toEqual([
      [2019, 'exports', 0, 2],
      [2019, 'imports', 1, 2],
      [2022, 'exports', 0, 1],
      [2023, 'exports', 0, 2],
      [2023, 'imports', 1, 2],
    ]);
  });
});

describe('scales', () => {
  it('spans the years of the points and bars, and the value axis reaches the highest target', () => {
    const model = real('KAZ');
    expect(model.years).toEqual({ from: 2018, to: 2025 });
    expect(model.maxTurnover).toBe(1000);
    expect(model.maxFlow).toBe(456.3);
  });

  it('maps a domain linearly onto a range, reversed ranges included', () => {
    const y = linearScale(0, 1000, 172, 22);
    expect(y(0)).toBe(172);
    expect(y(1000)).toBe(22);
    expect(y(500)).toBe(97);
    expect(linearScale(2020, 2020, 0, 100)(2020)).toBe(50);
  });

  it('draws closed marker paths', () => {
    for (const m of ['circle', 'square', 'triangle'] as const)
      expect(markerPath(m, 10, 10)).toMatch(/^M.*z$/);
  });
});

const periodArb = fc
  .record({
    year: fc.integer({ min: 2015, max: 2026 }),
    to: fc.integer({ min: 1, max: 12 }),
    whole: fc.boolean(),
  })
  .map(({ year, to, whole }) =>
    whole
      ? { from: String(year), to: String(year) }
      : { from: `${year}-01`, to: `${year}-${String(to).padStart(2, '0')}` },
  );
const figureArb = fc
  .record({
    metric: fc.constantFrom('trade', 'exports', 'imports'),
    status: fc.constantFrom('actual', 'actual', 'target'),
    reporter: fc.constantFrom('AZE', 'KAZ', undefined),
    value: fc.double({ min: 0.1, max: 2000, noNaN: true }),
    asOf: fc.option(fc.constantFrom('2022-05-01', '2023-01-01', '2024-06-30'), { nil: undefined }),
    period: periodArb,
  })
  .map((r) => fig(r as Partial<Figure>));

describe('property', () => {
  it('every full-year turnover figure appears exactly once as a point, never hollow', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 40 }), (figures) => {
        const points = buildTradeChartModel(figures).series.flatMap((s) => s.points);
        for (const f of figures.filter((x) => x.metric === 'trade' && x.status === 'actual' && fullYear(x))) {
          const found = points.filter((p) => p.figure === f);
          expect(found).toHaveLength(1);
          expect(found[0]?.partial).toBe(false);
        }
        for (const p of points)
          expect(p.figure.metric === 'trade' && p.figure.status === 'actual').toBe(true);
      }),
    );
  });
});
