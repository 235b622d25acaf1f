// Widths and radii from tonnes: monotonic, and a feature with no figure is always the thinnest, dashed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE } from '../../src/map/ids';
import { yearStateUpdates } from '../../src/map/year-states';
import { NO_DATA_RADIUS_PX, NO_DATA_WIDTH_PX, radiusPxFor, widthPxFor } from '../../src/year/scale';
import type { YearValue } from '../../src/year/values';

const tonnes = fc.double({ min: 0, max: 200, noNaN: true });
const targetsOf = (id: string) =>
  id === 'port'
    ? [{ source: SOURCE.points, ids: ['port'] }]
    : [{ source: SOURCE.routes, ids: [`${id}-1`, `${id}-2`] }];

describe('widthPxFor and radiusPxFor', () => {
  it('grow with tonnage', () => {
    fc.assert(
      fc.property(tonnes, tonnes, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(widthPxFor(lo)).toBeLessThanOrEqual(widthPxFor(hi));
        expect(radiusPxFor(lo)).toBeLessThanOrEqual(radiusPxFor(hi));
      }),
    );
  });

  it('draw any published volume wider than no data', () => {
    fc.assert(
      fc.property(tonnes, (mt) => {
        expect(widthPxFor(mt)).toBeGreaterThan(NO_DATA_WIDTH_PX);
        expect(radiusPxFor(mt)).toBeGreaterThan(NO_DATA_RADIUS_PX);
      }),
    );
  });
});

describe('yearStateUpdates', () => {
  it('gives every segment of a route the width of the midpoint of its range', () => {
    const values = new Map<string, YearValue>([
      ['btk', { valueMt: { min: 1, max: 9 }, kind: 'capacity', figureIds: [] }],
    ]);
    const updates = yearStateUpdates(values, new Map(), targetsOf);
    expect(updates.map((u) => u.id)).toEqual(['btk-1', 'btk-2']);
    for (const u of updates) expect(u.state).toEqual({ widthPx: widthPxFor(5), yearKind: 'capacity' });
  });

  it('draws a feature with no figure thin and marks it none (the dashed style)', () => {
    fc.assert(
      fc.property(fc.constantFrom('btk', 'port'), (id) => {
        const values = new Map<string, YearValue>([[id, { valueMt: null, kind: 'none', figureIds: [] }]]);
        const [update] = yearStateUpdates(values, new Map(), targetsOf);
        expect(update?.state.yearKind).toBe('none');
        expect(update?.state.widthPx ?? update?.state.radiusPx).toBe(
          id === 'port' ? NO_DATA_RADIUS_PX : NO_DATA_WIDTH_PX,
        );
      }),
    );
  });

  it('marks a member state without trade figures as hatched (no class)', () => {
    const trade = new Map([['KGZ', { valueUsdM: null, reporter: null, classIndex: null }]]);
    expect(yearStateUpdates(new Map(), trade, targetsOf)).toEqual([
      { source: SOURCE.countries, id: 'KGZ', state: { tradeClass: -1, tradeNoData: true } },
    ]);
  });
});
