// Capacity steps and capacities in force, on the real figures and on generated ones.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityInForce, capacitySteps } from '../../src/analysis/capacity';
import { loadDataset } from '../../src/data/load';
import type { Figure } from '../../src/data/schema';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const { figures } = dataset;
const ids = (xs: readonly { figure: Figure }[]) => xs.map((x) => x.figure.id).sort();

const capacity = (id: string, value: number, from?: string, asOf?: string): Figure => ({
  id,
  subject: 'btk',
  metric: 'cargo-capacity',
  value,
  unit: 'Mt/yr',
  status: 'capacity',
  sources: ['s'],
  ...(from ? { period: { from } } : {}),
  ...(asOf ? { asOf } : {}),
});

describe('capacitySteps', () => {
  it('ends the BTK design figure of 2017 when the 5 Mt capacity starts on 20 May 2024', () => {
    const { steps } = capacitySteps(figures, 'btk');
    expect(steps.find((s) => s.figure.id === 'btk-capacity-initial-trend-2017')?.until).toBe('2024-05-20');
    expect(steps.find((s) => s.figure.id === 'btk-capacity-2024-ady')?.until).toBeUndefined();
  });

  it('keeps a capacity with no known start apart as undated', () => {
    expect(capacitySteps(figures, 'btk').undated.map((f) => f.id)).toEqual(['btk-capacity-azernews-2021']);
  });

  it('dates the phase-1 capacity of the Port of Baku from its opening on 14 May 2018', () => {
    const { steps } = capacitySteps(figures, 'port-of-baku');
    expect(new Set(steps.map((s) => s.from))).toEqual(new Set(['2018-05-14']));
  });
});

describe('capacityInForce', () => {
  it('gives the Port of Baku 10–15 Mt a year in 2024, every published phase-1 value', () => {
    const c = capacityInForce(figures, 'port-of-baku', 2024);
    expect([c.ranges.Mt?.min, c.ranges.Mt?.max]).toEqual([10, 15]);
    expect(c.ranges.Mt?.figureIds).toHaveLength(6);
  });

  it('gives BTK both ADY’s 1 Mt and the 6.5 Mt design figure in 2022 and only 5 Mt in 2025', () => {
    expect(ids(capacityInForce(figures, 'btk', 2022).inForce)).toEqual([
      'btk-capacity-2017-2024-ady',
      'btk-capacity-initial-trend-2017',
    ]);
    expect(ids(capacityInForce(figures, 'btk', 2025).inForce)).toEqual(['btk-capacity-2024-ady']);
  });

  it('places nothing before a subject’s first dated capacity', () => {
    expect(capacityInForce(figures, 'port-of-baku', 2017).inForce).toEqual([]);
  });

  it('counts an undated capacity only in the year its statement was made', () => {
    expect(ids(capacityInForce(figures, 'titr', 2023).inForce)).toEqual(['titr-capacity-2023-11']);
    expect(capacityInForce(figures, 'titr', 2024).inForce).toEqual([]);
  });

  it('leaves out capacities of another scope', () => {
    expect(ids(capacityInForce(figures, 'port-kuryk', 2020).inForce)).toEqual([]);
    expect(ids(capacityInForce(figures, 'port-kuryk', 2020, { scope: 'part-of-facility' }).inForce)).toEqual([
      'kuryk-rail-capacity-2016',
    ]);
  });

  it('has exactly one capacity in force each year after a single dated start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 20 }), (start, after) => {
        const one = capacity('a', 5, String(start));
        return capacityInForce([one], 'btk', start + after).inForce.length === 1;
      }),
    );
  });

  it('ranges from the smallest to the largest capacity in force', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (values) => {
          const all = values.map((v, i) => capacity(`c${i}`, v, '2018'));
          const { ranges } = capacityInForce(all, 'btk', 2020);
          return ranges.Mt?.min === Math.min(...values) && ranges.Mt?.max === Math.max(...values);
        },
      ),
    );
  });
});
