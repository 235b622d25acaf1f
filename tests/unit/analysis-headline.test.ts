// Subject headlines on the real data (Port of Baku, BTK, the Middle Corridor) and on generated series.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subjectHeadline } from '../../src/analysis/headline';
import { loadDataset } from '../../src/data/load';
import type { Figure } from '../../src/data/schema';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const { figures } = dataset;

const actual = (year: number, value: number): Figure => ({
  id: `a${year}`,
  subject: 'titr',
  metric: 'cargo',
  value,
  unit: 'Mt',
  period: { from: String(year), to: String(year) },
  status: 'actual',
  sources: ['s'],
});

describe('subjectHeadline', () => {
  const baku = subjectHeadline(figures, 'port-of-baku');

  it('takes 7.6 Mt in 2024 as the Port of Baku’s latest full-year actual', () => {
    expect(baku.latest).toEqual({
      year: 2024,
      value: { min: 7.6, max: 7.6, figureIds: ['baku-cargo-2024'] },
    });
  });

  it('puts the Port of Baku at 51–76 % of its phase-1 capacity in 2024, one end per published capacity', () => {
    expect(baku.utilisation?.min).toBeCloseTo(0.507, 3);
    expect(baku.utilisation?.max).toBeCloseTo(0.76, 3);
    expect(baku.utilisation?.figureIds).toContain('baku-phase1-capacity-trend-2018');
  });

  it('finds the Port of Baku growing 11 % a year, ahead of the 5 % the 8 Mt expected for 2025 needs', () => {
    expect(baku.growth?.rate.min).toBeCloseTo(0.1104, 4);
    expect(baku.targets[0]?.required.min).toBeCloseTo(0.0526, 4);
    expect(baku.verdict).toBe('ahead');
  });

  it('gives BTK no growth rate, because 2022 is its only whole-line full-year actual', () => {
    const btk = subjectHeadline(figures, 'btk');
    expect(btk.latest?.year).toBe(2022);
    expect(btk.growth).toBeNull();
    expect(btk.verdict).toBe('unknown');
    expect(btk.excluded).toContainEqual({ figureId: 'btk-cargo-2020-ady-express', reason: 'other-scope' });
    expect(btk.excluded).toContainEqual({ figureId: 'btk-cargo-2022-jan-oct-rustamov', reason: 'part-year' });
  });

  it('puts BTK’s 2022 volume at 7–43 % of the capacities in force that year', () => {
    const btk = subjectHeadline(figures, 'btk');
    expect(btk.utilisation?.min).toBeCloseTo(0.0665, 4);
    expect(btk.utilisation?.max).toBeCloseTo(0.4323, 4);
  });

  it('compares the Middle Corridor’s seaport volume of 2024 with the World Bank’s 11 Mt by 2030', () => {
    const titr = subjectHeadline(figures, 'titr');
    expect(titr.scope).toBe('seaports-only');
    expect(titr.latest?.value.figureIds).toEqual(['titr-cargo-2024-seaports']);
    expect(titr.targets[0]?.value.figureIds).toEqual(['titr-cargo-2030-world-bank']);
    expect(titr.targets[0]?.required.min).toBeCloseTo(0.2222, 4);
  });

  it('keeps the Middle Corridor’s whole-route figures apart from its seaport figures', () => {
    const titr = subjectHeadline(figures, 'titr', { scope: null });
    expect(titr.latest?.year).toBe(2023);
    expect(titr.growth?.rate.min).toBeCloseTo(0.8, 6);
    expect(titr.utilisation?.min).toBeCloseTo(0.45, 6);
    expect(titr.excluded).toContainEqual({ figureId: 'titr-cargo-2024-seaports', reason: 'other-scope' });
  });

  it('has no latest actual for a subject without full-year actuals', () => {
    expect(subjectHeadline(figures, 'alat-fez').latest).toBeNull();
  });

  it('gives a growth rate over one year equal to that year’s change', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (a, b) => {
          const rate =
            subjectHeadline([actual(2022, a), actual(2023, b)], 'titr').growth?.rate.min ?? Number.NaN;
          return Math.abs(rate - (b / a - 1)) < 1e-9 * (1 + b / a);
        },
      ),
    );
  });

  it('always takes the most recent full year as the latest', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1, maxLength: 8 }),
        (years) => {
          const series = years.map((y) => actual(y, 1));
          return subjectHeadline(series, 'titr').latest?.year === Math.max(...years);
        },
      ),
    );
  });
});

describe('subjectHeadline for one reporter’s statistics', () => {
  const trade = (id: string, year: number, value: number, reporter: string): Figure => ({
    id,
    subject: 'KAZ',
    metric: 'trade',
    value,
    unit: 'USD-million',
    period: { from: String(year), to: String(year) },
    status: 'actual',
    reporter,
    sources: ['s'],
  });
  const mirror = [
    trade('aze-2019', 2019, 230, 'AZE'),
    trade('aze-2021', 2021, 250, 'AZE'),
    trade('kaz-2022', 2022, 460, 'KAZ'),
    trade('kaz-2023', 2023, 529, 'KAZ'),
  ];

  it('never joins two reporters’ figures in one growth rate', () => {
    const aze = subjectHeadline(mirror, 'KAZ', { metric: 'trade', reporter: 'AZE' });
    const kaz = subjectHeadline(mirror, 'KAZ', { metric: 'trade', reporter: 'KAZ' });
    expect(aze.growth).toMatchObject({ fromYear: 2019, toYear: 2021 });
    expect(aze.growth?.rate.figureIds.sort()).toEqual(['aze-2019', 'aze-2021']);
    expect(kaz.growth).toMatchObject({ fromYear: 2022, toYear: 2023 });
    expect(kaz.latest?.value.figureIds).toEqual(['kaz-2023']);
  });

  it('finds no figures for a reporter with none', () => {
    expect(subjectHeadline(mirror, 'KAZ', { metric: 'trade', reporter: 'UZB' }).latest).toBeNull();
  });
});
