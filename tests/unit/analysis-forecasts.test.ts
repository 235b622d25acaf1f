// Forecast and target outcomes on the real data as of 26 Nov 2026, and properties of the rules.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastOutcomes } from '../../src/analysis/forecasts';
import { loadDataset } from '../../src/data/load';
import type { Figure } from '../../src/data/schema';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const outcomes = forecastOutcomes(dataset, '2026-11-26');
const outcomeOf = (id: string) => outcomes.find((o) => o.figure.id === id)?.outcome;

const figure = (id: string, status: Figure['status'], year: string, value: number, to = year): Figure => ({
  id,
  subject: 'port-of-baku',
  metric: 'cargo',
  value,
  unit: 'Mt',
  period: { from: year, to },
  status,
  sources: ['s'],
});

describe('forecastOutcomes', () => {
  it('lists every forecast and target figure', () => {
    const expected = dataset.figures.filter((f) => f.status === 'forecast' || f.status === 'target');
    expect(outcomes.map((o) => o.figure.id)).toEqual(expected.map((f) => f.id));
  });

  it('counts the 4.0 Mt forecast for the Middle Corridor in 2024 as met by the 4.1 Mt of January–November', () => {
    expect(outcomeOf('titr-cargo-2024-forecast-association')).toEqual({
      kind: 'met',
      basis: 'part-year-lower-bound',
      actualIds: ['titr-cargo-2024-jan-nov'],
    });
  });

  it('cannot judge the 4.2 Mt forecast: the 2024 figures are part-year or seaports only', () => {
    expect(outcomeOf('titr-cargo-2024-forecast-kz-ministry')).toEqual({
      kind: 'unknown',
      reason: 'no-comparable-actual',
      consideredIds: ['titr-cargo-2024-jan-nov', 'titr-cargo-2024-seaports'],
    });
  });

  it('keeps the World Bank’s 11 Mt by 2030 pending at 22 % a year from the 3.3 Mt of 2024', () => {
    const outcome = outcomeOf('titr-cargo-2030-world-bank');
    expect(outcome).toMatchObject({ kind: 'pending', fromYear: 2024 });
    expect(outcome?.kind === 'pending' && outcome.required?.min).toBeCloseTo(0.2222, 4);
  });

  it('cannot judge a target that names no year', () => {
    expect(outcomeOf('baku-capacity-target-2023-aliyev')).toMatchObject({
      kind: 'unknown',
      reason: 'no-target-year',
    });
  });

  it('keeps BTK’s 16.5 Mt capacity target for 2034 pending from the 5 Mt in force in 2026', () => {
    const outcome = outcomeOf('btk-capacity-2034-raillynews-2012');
    expect(outcome).toMatchObject({ kind: 'pending', fromYear: 2026 });
    expect(outcome?.kind === 'pending' && outcome.required?.figureIds).toContain('btk-capacity-2024-ady');
  });

  it('meets a capacity target when a capacity at least as large is in force in its year', () => {
    const capacity: Figure = {
      ...figure('c', 'capacity', '2018', 15),
      metric: 'cargo-capacity',
      unit: 'Mt/yr',
    };
    delete (capacity.period as { to?: string }).to;
    const target: Figure = { ...figure('t', 'target', '2020', 12), metric: 'cargo-capacity', unit: 'Mt/yr' };
    expect(forecastOutcomes({ figures: [capacity, target] }, '2026-01-01')[0]?.outcome).toEqual({
      kind: 'met',
      basis: 'capacity-in-force',
      actualIds: ['c'],
    });
  });

  it('calls a forecast met exactly when the full-year actual reaches it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (a, t) => {
          const figures = [figure('a', 'actual', '2022', a), figure('t', 'forecast', '2022', t)];
          const outcome = forecastOutcomes({ figures }, '2023-06-01')[0]?.outcome;
          return outcome?.kind === (a >= t ? 'met' : 'missed');
        },
      ),
    );
  });

  it('keeps a forecast pending until its year is over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 10 }), (year, early) => {
        const figures = [
          figure('a', 'actual', String(year - 1), 1),
          figure('t', 'forecast', String(year), 2),
        ];
        const today = `${year - early}-12-31`;
        return forecastOutcomes({ figures }, today)[0]?.outcome.kind === 'pending';
      }),
    );
  });
});
