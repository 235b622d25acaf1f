// The SVG renderer's Web Mercator, fitBounds and constrain, against MapLibre's formulas and hand-computed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  constrainCamera,
  fitBounds,
  project,
  unproject,
  viewport,
  worldSize,
} from '../../src/render/projection';

const lngLat = fc.tuple(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -85, max: 85, noNaN: true }),
);
const zoom = fc.double({ min: 0, max: 22, noNaN: true });

describe('Web Mercator as MapLibre computes it', () => {
  it('puts lon 0 lat 0 at the middle of the 512 px world at zoom 0', () => {
    expect(project([0, 0], 0)).toEqual([256, 256]);
  });

  it('doubles the world size with each zoom level', () => {
    expect(worldSize(0)).toBe(512);
    expect(worldSize(3)).toBe(4096);
    const [x, y] = project([180, 0], 1);
    expect(x).toBe(1024);
    expect(y).toBeCloseTo(512, 9);
  });

  it('maps the Mercator limit latitude to the top edge', () => {
    const [x, y] = project([-180, 85.0511287798066], 0);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 6);
  });

  it('puts Baku where the formula gives it at zoom 4 (hand-computed)', () => {
    // x = (49.87 + 180) / 360 · 8192; y = (180 − deg(ln tan(45° + 40.38°/2))) / 360 · 8192
    const [x, y] = project([49.87, 40.38], 4);
    expect(x).toBeCloseTo(5230.8196, 3);
    expect(y).toBeCloseTo(3090.0008, 3);
  });

  it('gets every position back from its projection', () => {
    fc.assert(
      fc.property(lngLat, zoom, (p, z) => {
        const [lon, lat] = unproject(project(p, z), z);
        expect(lon).toBeCloseTo(p[0], 7);
        expect(lat).toBeCloseTo(p[1], 7);
      }),
    );
  });

  it('puts the camera centre in the middle of the viewport and back', () => {
    fc.assert(
      fc.property(lngLat, zoom, (center, z) => {
        const view = viewport({ center, zoom: z }, 1280, 800);
        const [x, y] = view.toScreen(center);
        expect(x).toBeCloseTo(640, 6);
        expect(y).toBeCloseTo(400, 6);
        const [lon, lat] = view.toLngLat([640, 400]);
        expect(lon).toBeCloseTo(center[0], 7);
        expect(lat).toBeCloseTo(center[1], 7);
      }),
    );
  });
});

describe('fitBounds, as MapLibre cameraForBounds', () => {
  it('fits the whole Mercator world into 512 × 512 at zoom 0', () => {
    const camera = fitBounds(
      [
        [-180, -85.0511287798066],
        [180, 85.0511287798066],
      ],
      512,
      512,
    );
    expect(camera.zoom).toBeCloseTo(0, 6);
    expect(camera.center[0]).toBeCloseTo(0, 9);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  it('fits the app region [27, 33, 88, 53] into 1280 × 800 with 20 px padding (hand-computed)', () => {
    // Width limits: 1240 px for 61° = 61/360·512 px at zoom 0 → zoom log2(1240·360 / (61·512)) = 3.83724.
    // Centre: lon 57.5; lat where Mercator y is the mean of y(33°) and y(53°) = 43.8299°.
    const camera = fitBounds([27, 33, 88, 53], 1280, 800, 20);
    expect(camera.zoom).toBeCloseTo(3.83724, 4);
    expect(camera.center[0]).toBeCloseTo(57.5, 9);
    expect(camera.center[1]).toBeCloseTo(43.8299, 3);
  });

  it('accepts [[w, s], [e, n]] and [w, s, e, n] alike', () => {
    expect(
      fitBounds(
        [
          [27, 33],
          [88, 53],
        ],
        800,
        600,
        10,
      ),
    ).toEqual(fitBounds([27, 33, 88, 53], 800, 600, 10));
  });

  it('centres the bounds and touches the padding on the limiting side', () => {
    const bounds = fc
      .tuple(
        fc.double({ min: -170, max: 160, noNaN: true }),
        fc.double({ min: -70, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
      )
      .map(([w, s, dw, dh]) => [w, s, w + dw, s + dh] as [number, number, number, number]);
    const size = fc.integer({ min: 100, max: 2000 });
    fc.assert(
      fc.property(bounds, size, size, ([w, s, e, n], width, height) => {
        const view = viewport(fitBounds([w, s, e, n], width, height, 20), width, height);
        const [x0, y0] = view.toScreen([w, n]);
        const [x1, y1] = view.toScreen([e, s]);
        expect((x0 + x1) / 2).toBeCloseTo(width / 2, 4);
        expect((y0 + y1) / 2).toBeCloseTo(height / 2, 4);
        const fillsWidth = Math.abs(x1 - x0 - (width - 40)) < 1e-4;
        const fillsHeight = Math.abs(y1 - y0 - (height - 40)) < 1e-4;
        expect(fillsWidth || fillsHeight).toBe(true);
        expect(x1 - x0).toBeLessThanOrEqual(width - 40 + 1e-4);
        expect(y1 - y0).toBeLessThanOrEqual(height - 40 + 1e-4);
      }),
    );
  });

  it('shifts the bounds by half the difference of opposite paddings', () => {
    const padding = { top: 10, right: 10, bottom: 10, left: 210 };
    const view = viewport(fitBounds([40, 35, 60, 45], 1000, 600, padding), 1000, 600);
    const [x0] = view.toScreen([40, 45]);
    const [x1] = view.toScreen([60, 35]);
    expect((x0 + x1) / 2).toBeCloseTo(500 + 100, 6);
  });

  it('does not clamp the zoom unless a maxZoom is given', () => {
    const tiny = [49.8, 40.3, 49.81, 40.31] as const;
    expect(fitBounds(tiny, 800, 600).zoom).toBeGreaterThan(14);
    expect(fitBounds(tiny, 800, 600, 0, { maxZoom: 7 }).zoom).toBe(7);
  });
});

describe('constrainCamera, as MapLibre keeps the view inside maxBounds', () => {
  const maxBounds = [20.5, 25.5, 99.5, 59.5] as const;

  it('zooms in until the bounds fill a tall screen, centred on them vertically', () => {
    const fitted = fitBounds([27, 33, 88, 53], 390, 844, 20);
    const camera = constrainCamera(fitted, { maxBounds }, 390, 844);
    const view = viewport(camera, 390, 844);
    expect(camera.zoom).toBeGreaterThan(fitted.zoom);
    expect(view.toScreen([60, 59.5])[1]).toBeCloseTo(0, 6);
    expect(view.toScreen([60, 25.5])[1]).toBeCloseTo(844, 6);
    expect(camera.center[0]).toBeCloseTo(fitted.center[0], 9);
  });

  it('pans a view that crosses an edge of the bounds back inside', () => {
    const camera = constrainCamera({ center: [22, 45], zoom: 5 }, { maxBounds }, 800, 600);
    expect(viewport(camera, 800, 600).toScreen([20.5, 45])[0]).toBeCloseTo(0, 6);
  });

  it('clamps the zoom to the given range and leaves an inside view alone', () => {
    expect(constrainCamera({ center: [60, 42], zoom: 12 }, { maxBounds, maxZoom: 10 }, 800, 600)).toEqual({
      center: [60, 42],
      zoom: 10,
    });
  });
});
