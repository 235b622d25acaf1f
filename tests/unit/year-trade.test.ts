// Trade classes for the map: full-year figures only, Azerbaijan's statistics first, else the partner's.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { TRADE_BREAKS_USD_M, tradeClassOf, tradeValues } from '../../src/year/trade';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));

describe('tradeClassOf', () => {
  it('puts the breaks in the upper class (< 50, 50–200, 200–500, ≥ 500)', () => {
    expect(TRADE_BREAKS_USD_M.map(tradeClassOf)).toEqual([1, 2, 3]);
    expect(tradeClassOf(49.9)).toBe(0);
  });

  it('never puts a larger turnover in a lower class', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (a, b) => {
          expect(tradeClassOf(Math.min(a, b))).toBeLessThanOrEqual(tradeClassOf(Math.max(a, b)));
        },
      ),
    );
  });
});

describe('tradeValues', () => {
  const y2024 = tradeValues(dataset, 2024);

  it('shades Kazakhstan in 2024 from Azerbaijan’s full-year statistics', () => {
    expect(y2024.get('KAZ')).toEqual({ valueUsdM: { min: 470, max: 470 }, reporter: 'AZE', classIndex: 2 });
  });

  it('uses the partner’s statistics when Azerbaijan publishes no full year', () => {
    expect(tradeValues(dataset, 2023).get('KAZ')?.reporter).toBe('partner');
  });

  it('leaves a state with only part-year figures without data', () => {
    expect(y2024.get('KGZ')).toEqual({ valueUsdM: null, reporter: null, classIndex: null });
  });

  it('does not shade Azerbaijan itself', () => {
    expect(y2024.has('AZE')).toBe(false);
  });
});
