// Growth arithmetic: worked examples from the real data and properties that hold for any positive values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRate, requiredGrowth, utilisationRatio, verdict } from '../../src/analysis/growth';

const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const years = fc.integer({ min: 1, max: 30 });
const range = (min: number, max = min) => ({ min, max, figureIds: [] });

describe('growth arithmetic', () => {
  it('gives the Port of Baku 11 % a year from 5 Mt in 2020 to 7.6 Mt in 2024', () => {
    expect(growthRate(5, 7.6, 4)).toBeCloseTo(0.1104, 4);
  });

  it('gives the Middle Corridor 22 % a year to grow from 3.3 Mt in 2024 to the World Bank 11 Mt in 2030', () => {
    expect(requiredGrowth(3.3, 11, 6)).toBeCloseTo(0.2222, 4);
  });

  it('puts 7.6 Mt through a 15 Mt port at 51 % utilisation', () => {
    expect(utilisationRatio(7.6, 15)).toBeCloseTo(0.5067, 4);
  });

  it('uses 100 % of a capacity equal to the actual', () => {
    fc.assert(fc.property(positive, (x) => utilisationRatio(x, x) === 1));
  });

  it('needs no growth once the target is reached', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        years,
        (a, b, n) => requiredGrowth(Math.max(a, b), Math.min(a, b), n) === 0,
      ),
    );
  });

  it('makes growth over one year equal to that year’s change', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        (a, b) => Math.abs(growthRate(a, b, 1) - (b / a - 1)) < 1e-9 * (1 + b / a),
      ),
    );
  });

  it('reaches the end value when the start compounds at the growth rate', () => {
    fc.assert(
      fc.property(
        positive,
        positive,
        years,
        (a, b, n) => Math.abs(a * (1 + growthRate(a, b, n)) ** n - b) < 1e-6 * b,
      ),
    );
  });
});

describe('verdict', () => {
  it('is reached when the target needs no growth', () => {
    expect(verdict(null, range(0))).toBe('reached');
  });

  it('is ahead when achieved growth is at least 1.25 times the required growth', () => {
    expect(verdict(range(0.8), range(0.48, 0.56))).toBe('ahead');
  });

  it('is on track when achieved growth covers the required growth but not by a quarter more', () => {
    expect(verdict(range(0.12), range(0.1))).toBe('on-track');
  });

  it('is behind when every achieved rate is below every required rate', () => {
    expect(verdict(range(0.05, 0.08), range(0.22))).toBe('behind');
  });

  it('is unknown without an achieved rate or when the sources straddle the boundary', () => {
    expect(verdict(null, range(0.22))).toBe('unknown');
    expect(verdict(range(0.05, 0.3), range(0.22))).toBe('unknown');
  });

  it('never calls a target reached that still needs growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (r) => verdict(range(r), range(r)) !== 'reached',
      ),
    );
  });
});
