// The map's per-year volumes from the real data: full-year actuals, ranges where sources disagree, forecasts
// after a feature's latest actual, capacity in force, and "none" where nothing is published.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { describeSourced, yearAnnouncement } from '../../src/ui/year-announce';
import { defaultYear } from '../../src/year/default-year';
import { yearValues } from '../../src/year/values';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));

describe('defaultYear', () => {
  it('is the latest year with a full-year actual for a route or port (2024 with today’s data)', () => {
    expect(defaultYear(dataset)).toBe(2024);
  });
});

describe('yearValues', () => {
  it('gives the BTK its full-year actual tonnage for 2022', () => {
    const btk = yearValues(dataset, 2022, 'cargo').get('btk');
    expect(btk?.kind).toBe('actual');
    expect(btk?.valueMt?.min).toBeCloseTo(0.432284, 6);
  });

  it('spans the published values where sources disagree', () => {
    const baku = yearValues(dataset, 2023, 'cargo').get('port-of-baku');
    expect(baku).toMatchObject({ kind: 'actual', valueMt: { min: 7.3, max: 7.4 } });
  });

  it('leaves a year without a full-year figure at or before the latest actual as none', () => {
    expect(yearValues(dataset, 2023, 'cargo').get('btk')).toMatchObject({ kind: 'none', valueMt: null });
  });

  it('shows a forecast for a year after the feature’s latest actual', () => {
    expect(yearValues(dataset, 2025, 'cargo').get('port-of-baku')).toMatchObject({
      kind: 'forecast',
      valueMt: { min: 8, max: 8 },
    });
  });

  it('never counts a part-of-route figure as the route’s year (TITR 2024 seaports only)', () => {
    expect(yearValues(dataset, 2024, 'cargo').get('titr')?.kind).toBe('forecast');
  });

  it('uses the capacity in force on the capacity scale', () => {
    expect(yearValues(dataset, 2024, 'capacity').get('btk')).toMatchObject({
      kind: 'capacity',
      valueMt: { min: 1, max: 6.5 },
    });
  });
});

describe('a year’s value as the legend and the announcement show it', () => {
  const sourcesOf = (figureIds: readonly string[]) =>
    dataset.figures
      .filter((f) => figureIds.includes(f.id))
      .flatMap((f) => f.sources)
      .map((id) => dataset.sources.find((s) => s.id === id));

  it('names the publisher and date of every figure it rests on', () => {
    for (const [year, id] of [
      [2022, 'btk'],
      [2023, 'port-of-baku'],
      [2025, 'port-of-baku'],
    ] as const) {
      const value = yearValues(dataset, year, 'cargo').get(id);
      if (!value?.valueMt) throw new Error(`${id} has no value for ${year}`);
      const text = describeSourced(dataset, value, year, 'en');
      const sources = sourcesOf(value.figureIds);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(text).toContain(source?.publisher);
        if (source?.published) expect(text).toContain(source.published.slice(0, 4));
      }
    }
  });

  it('says "no data" without a source where there is no value, and the announcement cites each value', () => {
    const none = yearValues(dataset, 2023, 'cargo').get('btk');
    if (!none) throw new Error('btk missing');
    expect(describeSourced(dataset, none, 2023, 'en')).toBe('no data for 2023');
    const announced = yearAnnouncement(dataset, 2022, 'cargo', 'en');
    for (const [, value] of yearValues(dataset, 2022, 'cargo'))
      for (const source of sourcesOf(value.figureIds)) expect(announced).toContain(source?.publisher);
  });
});
