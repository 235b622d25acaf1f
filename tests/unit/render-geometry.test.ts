// Screen-space geometry of the SVG renderer: clipping, thinning, line offset and compact path data.
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, offsetLine, pathData, simplify } from '../../src/render/geometry';
import { estimateTextWidth, placeLabels, wrapText } from '../../src/render/labels';

describe('path data', () => {
  it('writes an absolute moveto and relative linetos rounded to 0.1 px', () => {
    expect(
      pathData(
        [
          [
            [10.04, 20],
            [12.55, 19.5],
            [9, 25],
          ],
        ],
        false,
      ),
    ).toBe('M10 20l2.6-.5-3.6 5.5');
  });

  it('closes rings and drops points that round onto the previous one', () => {
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.01, 0.01],
            [10, 0],
            [10, 10],
          ],
        ],
        true,
      ),
    ).toBe('M0 0l10 0 0 10z');
  });

  it('never lets rounding errors accumulate along a long line', () => {
    const line = Array.from({ length: 1000 }, (_, i) => [i * 1.04, 0] as const);
    const d = pathData([line], false);
    const deltas =
      d
        .split('l')[1]
        ?.split(/ |(?=-)/)
        .map(Number) ?? [];
    const sumX = deltas.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    expect(sumX).toBeCloseTo(999 * 1.04, 1);
  });
});

describe('simplify', () => {
  it('drops vertices closer than the tolerance to the last kept one, keeping a line’s end', () => {
    const out = simplify(
      [
        [0, 0],
        [0.2, 0],
        [0.4, 0],
        [1, 0],
        [1.1, 0],
      ],
      0.5,
      false,
    );
    expect(out).toEqual([
      [0, 0],
      [1.1, 0],
    ]);
  });
});

describe('clipping', () => {
  it('cuts a ring to the rectangle', () => {
    const ring = clipRing(
      [
        [-10, -10],
        [10, -10],
        [10, 10],
        [-10, 10],
      ],
      [0, 0, 5, 5],
    );
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(5);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(5);
  });

  it('splits a line that leaves and re-enters the rectangle', () => {
    const parts = clipLine(
      [
        [1, 1],
        [20, 1],
        [20, 4],
        [1, 4],
      ],
      [0, 0, 10, 10],
    );
    expect(parts).toEqual([
      [
        [1, 1],
        [10, 1],
      ],
      [
        [10, 4],
        [1, 4],
      ],
    ]);
  });

  it('drops a line wholly outside', () => {
    expect(
      clipLine(
        [
          [20, 20],
          [30, 30],
        ],
        [0, 0, 10, 10],
      ),
    ).toEqual([]);
  });
});

describe('offsetLine', () => {
  it('shifts a line to the right of its direction (south for an eastward line, y down)', () => {
    expect(
      offsetLine(
        [
          [0, 0],
          [10, 0],
        ],
        9,
      ),
    ).toEqual([
      [0, 9],
      [10, 9],
    ]);
  });
});

describe('labels', () => {
  it('drops a label that overlaps one placed before it, and one cut by the view edge', () => {
    const a = { box: [10, 10, 50, 20] as const };
    const b = { box: [40, 15, 80, 25] as const };
    const c = { box: [60, 40, 90, 50] as const };
    const d = { box: [-5, 60, 20, 70] as const };
    expect(placeLabels([a, b, c, d], [0, 0, 100, 100])).toEqual([a, c]);
  });

  it('wraps text at spaces to the width', () => {
    const lines = wrapText('one two three four five six', 10, estimateTextWidth('one two three', 10));
    expect(lines).toEqual(['one two three', 'four five six']);
  });
});
