// The bench's budgets, each PASS, FAIL or N/A (a budget that cannot be judged here, with the reason).
import { SIZE_BUDGETS } from './sizes.mjs';

const med = (table, page, key) => table[page]?.[key]?.median ?? null;
const times = (factor, value) => (value === null || value === undefined ? null : factor * value);

/**
 * One verdict. `atLeast` for scores (measured ≥ limit), else measured ≤ limit. `na` (a reason) marks the
 * budget N/A; a missing measurement or limit without a reason is a FAIL.
 */
export function verdict(name, measured, limit, unit, { atLeast = false, na = null } = {}) {
  const known = measured !== null && measured !== undefined && limit !== null && limit !== undefined;
  const pass = na ? null : known && (atLeast ? measured >= limit : measured <= limit);
  return {
    name,
    measured: measured ?? null,
    limit: limit ?? null,
    unit,
    atLeast,
    pass,
    status: na ? 'N/A' : pass ? 'PASS' : 'FAIL',
    note: na,
  };
}

/** Software WebGL makes every map frame GPU-bound whatever the data: ratios against naive mean nothing. */
export function softwareRenderer(renderer) {
  return /swiftshader/i.test(renderer ?? '') ? renderer : null;
}

function lighthouseVerdicts(lighthouse) {
  return ['desktop', 'mobile'].map((preset) => {
    const run = lighthouse?.runs?.find((r) => r.preset === preset);
    const score = run?.scores?.performance ?? null;
    const why = !lighthouse
      ? 'Lighthouse not run (BENCH_LIGHTHOUSE=0)'
      : score === null
        ? `Lighthouse could not score it: ${run?.error ?? run?.runtimeError ?? 'no performance score'}`
        : null;
    return verdict(`Lighthouse performance (${preset} preset) ≥ 90`, score, 90, 'score', {
      atLeast: true,
      na: why,
    });
  });
}

/** Every budget, in print order. */
export function budgets({ table, pooled, basemapGzipBytes, renderer, lighthouse }) {
  const app = (key) => med(table, 'app', key);
  const leafletPainted = med(table, 'leaflet', 'timeToIdleMs');
  const software = softwareRenderer(renderer);
  return [
    verdict(
      'time to idle: app ≤ 1.15 × floor',
      app('timeToIdleMs'),
      times(1.15, med(table, 'floor', 'timeToIdleMs')),
      'ms',
    ),
    verdict(
      'time to idle: app ≤ 0.6 × naive',
      app('timeToIdleMs'),
      times(0.6, med(table, 'naive', 'timeToIdleMs')),
      'ms',
      {
        na: software && `software WebGL (${software}): judged only on a GPU`,
      },
    ),
    verdict(
      'first useful paint ≤ 0.5 × Leaflet painted',
      app('firstUsefulPaintMs'),
      times(0.5, leafletPainted),
      'ms',
    ),
    verdict('first map paint (poster) ≤ 1.0 × Leaflet painted', app('firstMapPaintMs'), leafletPainted, 'ms'),
    verdict(
      'app JS first screen excl. MapLibre ≤ 40 KB gzip (wire)',
      app('firstScreenJsWireBytes'),
      SIZE_BUDGETS.appJsGzipBytes,
      'bytes',
    ),
    verdict(
      'all JS incl. worker to map idle ≤ 480 KB gzip (wire)',
      app('jsLoadWireBytes'),
      SIZE_BUDGETS.allJsGzipBytes,
      'bytes',
    ),
    verdict('click → panel p95 ≤ 50 ms (all clicks pooled)', pooled.app.clickPanelP95Ms, 50, 'ms'),
    verdict(
      'language → labels idle p95 ≤ 0.6 × floor (pooled)',
      pooled.app.langIdleP95Ms,
      times(0.6, pooled.floor.langIdleP95Ms),
      'ms',
    ),
    verdict(
      'year change → map idle p95 ≤ 1.1 × floor (pooled)',
      pooled.app.yearIdleP95Ms,
      times(1.1, pooled.floor.yearIdleP95Ms),
      'ms',
    ),
    verdict(
      'pan frame median ≤ 1.1 × floor',
      app('panFrameMedianMs'),
      times(1.1, med(table, 'floor', 'panFrameMedianMs')),
      'frame',
    ),
    verdict(
      'basemap data on the wire ≤ 120 KB (as vite preview serves it)',
      app('basemapWireBytes'),
      SIZE_BUDGETS.basemapGzipBytes,
      'bytes',
    ),
    verdict(
      'basemap data gzip ≤ 120 KB (zlib; a host that gzips GeoJSON)',
      basemapGzipBytes,
      SIZE_BUDGETS.basemapGzipBytes,
      'bytes',
    ),
    ...lighthouseVerdicts(lighthouse),
  ];
}
