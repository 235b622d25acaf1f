// Pure tests of the cargo chart model: which figures become actual points, capacity steps and forecast marks
// on the 2017–2030 axis (in million tonnes), and the value-axis ticks. Fixture figures first, then edge cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/data/schema';
import { figuresFor } from '../../src/state/derive';
import { buildChartModel, CHART_YEARS, niceTicks, toMt } from '../../src/ui/chart-model';
import { fixtureDataset } from '../fixtures/world';

function fixtureFigure(id: string): Figure {
  const found = fixtureDataset.figures.find((f) => f.id === id);
  if (!found) throw new Error(`No figure "${id}" in the fixture`);
  return found;
}

/** A schema-valid figure for edge cases; override what the test is about. */
function figure(overrides: Partial<Figure> & Pick<Figure, 'id'>): Figure {
  return {
    subject: 'btk',
    metric: 'cargo',
    value: 1,
    unit: 'Mt',
    status: 'actual',
    asOf: '2024-01-01',
    sources: ['trend-2024-05-06'],
    ...overrides,
  };
}

describe('toMt', () => {
  it('converts tonnes to million tonnes', () => {
    const f = fixtureFigure('btk-cargo-2022');
    expect(toMt(f)).toBeCloseTo(f.value / 1e6, 12);
  });

  it('keeps Mt and Mt/yr values as they are', () => {
    expect(toMt(fixtureFigure('titr-cargo-2030-forecast'))).toBe(
      fixtureFigure('titr-cargo-2030-forecast').value,
    );
    expect(toMt(fixtureFigure('btk-capacity-2024'))).toBe(fixtureFigure('btk-capacity-2024').value);
  });

  it('returns null for units that are not tonnages', () => {
    for (const unit of ['TEU', 'TEU/yr', 'containers', 'km', 'ha', 'USD-million', 'passengers/yr'] as const) {
      expect(toMt(figure({ id: `x-${unit.replace('/', '-')}`, unit }))).toBeNull();
    }
  });
});

describe('buildChartModel on the fixture', () => {
  const btk = buildChartModel(figuresFor(fixtureDataset, 'btk'));

  it('makes an actual point for the full-year BTK cargo figure of 2022', () => {
    const f = fixtureFigure('btk-cargo-2022');
    const point = btk.actual.find((p) => p.figure.id === f.id);
    expect(point).toMatchObject({ year: 2022, partial: false });
    expect(point?.valueMt).toBeCloseTo(f.value / 1e6, 12);
  });

  it('marks the January–October figure as a partial-year point of the same year', () => {
    const point = btk.actual.find((p) => p.figure.id === 'btk-cargo-2022-jan-oct');
    expect(point).toMatchObject({ year: 2022, partial: true });
  });

  it('orders the full-year point before the partial one of the same year', () => {
    expect(btk.actual.map((p) => p.figure.id)).toEqual(['btk-cargo-2022', 'btk-cargo-2022-jan-oct']);
  });

  it('draws the open-ended 2024 capacity as a step from 2024 to the end of the axis', () => {
    const f = fixtureFigure('btk-capacity-2024');
    expect(btk.capacity).toEqual([{ figure: f, fromYear: 2024, toYear: CHART_YEARS.to, valueMt: f.value }]);
  });

  it('reports the largest charted value as maxMt', () => {
    expect(btk.maxMt).toBe(fixtureFigure('btk-capacity-2024').value);
  });

  it('places the World Bank forecast at 2030 with no base line when there are no actuals', () => {
    const f = fixtureFigure('titr-cargo-2030-forecast');
    const model = buildChartModel(figuresFor(fixtureDataset, 'titr'));
    expect(model.forecasts).toEqual([
      { figure: f, year: 2030, valueMt: f.value, partial: false, base: null },
    ]);
    expect(model.actual).toEqual([]);
  });

  it('leaves out capacity and target figures that have no period', () => {
    const model = buildChartModel(figuresFor(fixtureDataset, 'port-of-baku'));
    expect(model).toEqual({ actual: [], capacity: [], forecasts: [], maxMt: 0 });
  });
});

describe('buildChartModel edge cases', () => {
  it('returns an empty model with maxMt 0 for no figures', () => {
    expect(buildChartModel([])).toEqual({ actual: [], capacity: [], forecasts: [], maxMt: 0 });
  });

  it('ignores tonnage figures whose metric is neither cargo nor cargo capacity', () => {
    const model = buildChartModel([
      figure({
        id: 'boxes',
        metric: 'containers',
        unit: 't',
        value: 5e6,
        period: { from: '2022', to: '2022' },
      }),
      figure({
        id: 'trade',
        metric: 'trade',
        unit: 'Mt',
        value: 5,
        status: 'target',
        period: { from: '2025' },
      }),
    ]);
    expect(model).toEqual({ actual: [], capacity: [], forecasts: [], maxMt: 0 });
  });

  it('keeps multi-year totals off the chart', () => {
    const model = buildChartModel([figure({ id: 'total', period: { from: '2017', to: '2022' } })]);
    expect(model.actual).toEqual([]);
  });

  it('keeps actuals outside 2017–2030 off the chart', () => {
    const model = buildChartModel([
      figure({ id: 'old', period: { from: '2016', to: '2016' } }),
      figure({ id: 'new', period: { from: '2031', to: '2031' } }),
    ]);
    expect(model.actual).toEqual([]);
  });

  it('treats a January-to-December month range as a full year', () => {
    const model = buildChartModel([figure({ id: 'months', period: { from: '2021-01', to: '2021-12' } })]);
    expect(model.actual[0]).toMatchObject({ year: 2021, partial: false });
  });

  it('treats a single month as part of a year', () => {
    const model = buildChartModel([figure({ id: 'month', period: { from: '2021-12', to: '2021-12' } })]);
    expect(model.actual[0]).toMatchObject({ year: 2021, partial: true });
  });

  it('treats 1 January to 31 December given as days as a full year', () => {
    const model = buildChartModel([figure({ id: 'days', period: { from: '2021-01-01', to: '2021-12-31' } })]);
    expect(model.actual[0]).toMatchObject({ year: 2021, partial: false });
  });

  it('treats 1–12 December given as days as part of a year', () => {
    const model = buildChartModel([
      figure({ id: 'december', period: { from: '2021-12-01', to: '2021-12-12' } }),
    ]);
    expect(model.actual[0]).toMatchObject({ year: 2021, partial: true });
  });

  it('treats 1 January to 15 December given as days as part of a year', () => {
    const model = buildChartModel([figure({ id: 'most', period: { from: '2021-01-01', to: '2021-12-15' } })]);
    expect(model.actual[0]).toMatchObject({ year: 2021, partial: true });
  });

  it('ends an open capacity step where the next capacity step starts', () => {
    const model = buildChartModel([
      figure({
        id: 'cap-b',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        value: 5,
        period: { from: '2024' },
      }),
      figure({
        id: 'cap-a',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        value: 1,
        period: { from: '2019' },
      }),
    ]);
    expect(model.capacity.map((s) => [s.figure.id, s.fromYear, s.toYear])).toEqual([
      ['cap-a', 2019, 2024],
      ['cap-b', 2024, CHART_YEARS.to],
    ]);
  });

  it('ends a bounded capacity step at the year its period ends', () => {
    const model = buildChartModel([
      figure({
        id: 'cap',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        period: { from: '2019', to: '2021' },
      }),
    ]);
    expect(model.capacity[0]).toMatchObject({ fromYear: 2019, toYear: 2021 });
  });

  it('starts a capacity step that began before 2017 at the left edge of the axis', () => {
    const model = buildChartModel([
      figure({
        id: 'cap',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        period: { from: '2010' },
      }),
    ]);
    expect(model.capacity[0]).toMatchObject({ fromYear: CHART_YEARS.from, toYear: CHART_YEARS.to });
  });

  it('drops a capacity step that starts after 2030', () => {
    const model = buildChartModel([
      figure({
        id: 'cap',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        period: { from: '2031' },
      }),
    ]);
    expect(model.capacity).toEqual([]);
  });

  it('drops a capacity period that ended before 2017', () => {
    const model = buildChartModel([
      figure({
        id: 'cap',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'capacity',
        period: { from: '2010', to: '2015' },
      }),
    ]);
    expect(model.capacity).toEqual([]);
  });

  it('starts a forecast line at the latest full-year actual known when the forecast was stated', () => {
    const model = buildChartModel([
      figure({ id: 'a2021', value: 2, period: { from: '2021', to: '2021' } }),
      figure({ id: 'a2022', value: 3, period: { from: '2022', to: '2022' } }),
      figure({ id: 'a2023-part', value: 9, period: { from: '2023-01', to: '2023-06' } }),
      figure({ id: 'a2024', value: 4, period: { from: '2024', to: '2024' } }),
      figure({ id: 'f2030', status: 'forecast', value: 11, period: { from: '2030' }, asOf: '2023-11-26' }),
    ]);
    expect(model.forecasts[0]?.base).toEqual({ year: 2022, valueMt: 3 });
  });

  it('charts targets like forecasts, at the end year of their period', () => {
    const model = buildChartModel([
      figure({
        id: 't',
        metric: 'cargo-capacity',
        unit: 'Mt/yr',
        status: 'target',
        value: 25,
        period: { from: '2024', to: '2026' },
      }),
    ]);
    expect(model.forecasts[0]).toMatchObject({ year: 2026, valueMt: 25 });
  });

  it('drops forecasts beyond 2030', () => {
    const model = buildChartModel([figure({ id: 'f', status: 'forecast', period: { from: '2035' } })]);
    expect(model.forecasts).toEqual([]);
  });
});

describe('niceTicks', () => {
  it('returns 0 and 1 for a non-positive maximum', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(-3)).toEqual([0, 1]);
  });

  it('steps by 2 up to 6 for the BTK chart maximum of 5 × 1.05', () => {
    expect(niceTicks(fixtureFigure('btk-capacity-2024').value * 1.05)).toEqual([0, 2, 4, 6]);
  });

  it('always starts at 0, is evenly spaced, reaches the maximum and has 4 to 6 ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(4);
        expect(ticks.length).toBeLessThanOrEqual(6);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        const step = ticks[1] ?? 0;
        ticks.forEach((tick, i) => {
          expect(tick).toBeCloseTo(i * step, 6 - Math.floor(Math.log10(step)));
        });
      }),
      { numRuns: 2000 },
    );
  });
});
