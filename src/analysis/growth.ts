// Growth arithmetic on plain numbers and figure ranges: compound annual growth, the growth a year a target
// needs, utilisation of a capacity, and the verdict that compares achieved with required growth.

import type { Figure } from '../data/schema';
import { amountOf, type Range } from './figure-facts';

/** Compound annual growth rate from `start` to `end` over `years` (> 0): 0.1 is +10 % a year. */
export function growthRate(start: number, end: number, years: number): number {
  return (end / start) ** (1 / years) - 1;
}

/** Growth a year needed to go from `current` to `target` in `years`; 0 when the target is already reached. */
export function requiredGrowth(current: number, target: number, years: number): number {
  return current >= target ? 0 : growthRate(current, target, years);
}

/** Share of a capacity used: 1 is 100 %. */
export const utilisationRatio = (actual: number, capacity: number): number => actual / capacity;

/** Every combination of two ranges' ends through `f`, as one range carrying both ranges' figure ids. */
export function combine(a: Range, b: Range, f: (x: number, y: number) => number): Range {
  const values = [f(a.min, b.min), f(a.min, b.max), f(a.max, b.min), f(a.max, b.max)];
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    figureIds: [...new Set([...a.figureIds, ...b.figureIds])],
  };
}

/** Utilisation of a capacity figure by an actual one, each end of both ranges included; null across units. */
export function utilisation(actual: Figure, capacity: Figure): Range | null {
  const [a, c] = [amountOf(actual), amountOf(capacity)];
  if (a.family !== c.family) return null;
  const range = (low: number, high: number, id: string): Range => ({ min: low, max: high, figureIds: [id] });
  return combine(range(a.low, a.high, actual.id), range(c.low, c.high, capacity.id), utilisationRatio);
}

export type Verdict = 'on-track' | 'behind' | 'ahead' | 'reached' | 'unknown';

/** Achieved ≥ this many times the required growth is "ahead". */
export const AHEAD_FACTOR = 1.25;

/**
 * Compares achieved growth (a CAGR range) with the growth a year a target requires (a range):
 * - `reached`: the target needs no growth at all (every latest value is already at or above it);
 * - `unknown`: either range is missing, or the ranges straddle a boundary (sources disagree on the verdict);
 * - `ahead`: every achieved rate ≥ 1.25 × every required rate;
 * - `on-track`: every achieved rate ≥ every required rate (but not ahead);
 * - `behind`: every achieved rate < every required rate.
 */
export function verdict(achieved: Range | null, required: Range | null): Verdict {
  if (required !== null && required.max <= 0) return 'reached';
  if (achieved === null || required === null) return 'unknown';
  if (achieved.min >= AHEAD_FACTOR * required.max) return 'ahead';
  if (achieved.min >= required.max) return 'on-track';
  if (achieved.max < required.min) return 'behind';
  return 'unknown';
}
