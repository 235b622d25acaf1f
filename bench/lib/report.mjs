// Turns per-run summaries into the printed table, the ratios and the budget verdicts.
import { KIB, SIZE_BUDGETS } from './sizes.mjs';
import { median, p95, spread } from './stats.mjs';

export const PAGES = ['app', 'floor', 'naive', 'leaflet'];

/** Metric key, label, unit ('ms' | 'bytes' | 'frame'), in table order. */
export const METRICS = [
  ['timeToIdleMs', 'time to first idle, all layers (Leaflet: painted)', 'ms'],
  ['firstUsefulPaintMs', 'first useful paint (frame after the first list button)', 'ms'],
  ['longTaskMs', 'main-thread long tasks until idle', 'ms'],
  ['mapLibreRequestedMs', 'MapLibre chunk requested at', 'ms'],
  ['mainThreadDataDoneMs', 'main-thread data fetches done at', 'ms'],
  ['jsWireBytes', 'JS on the wire, gzip, incl. worker', 'bytes'],
  ['nonMapLibreJsWireBytes', 'JS on the wire excl. MapLibre, gzip', 'bytes'],
  ['basemapWireBytes', 'basemap data on the wire', 'bytes'],
  ['dataWireBytes', 'all JSON/GeoJSON on the wire', 'bytes'],
  ['heapUsedBytes', 'JS heap after idle (main thread, after GC)', 'bytes'],
  ['panFrameMedianMs', 'pan frame time, median', 'frame'],
  ['panFrameP95Ms', 'pan frame time, p95', 'frame'],
  ['panFrameMeanMs', 'pan frame time, mean', 'frame'],
  ['clickPanelP50Ms', 'click → panel painted (Event Timing), p50 (per run)', 'ms'],
  ['clickPanelP95Ms', 'click → panel painted (Event Timing), p95 (per run)', 'ms'],
  ['clickCommitP95Ms', 'click → panel DOM committed, p95 (per run)', 'ms'],
  ['clickSettledP95Ms', 'click → panel + follow-up tasks, p95 (per run)', 'ms'],
  ['langIdleP50Ms', 'language → labels idle, p50 (per run)', 'ms'],
  ['langIdleP95Ms', 'language → labels idle, p95 (per run)', 'ms'],
  ['langDrawnP95Ms', 'language → labels first drawn, p95 (per run)', 'ms'],
];

function format(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'bytes') return `${(value / KIB).toFixed(1)}`;
  if (unit === 'frame') return value.toFixed(1);
  return Math.round(value).toString();
}

function cell(s, unit) {
  if (!s) return '–';
  if (s.min === s.max) return format(s.median, unit);
  return `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})`;
}

/** Medians (with min–max) of every metric for every page. */
export function aggregate(summaries) {
  const table = {};
  for (const page of PAGES) {
    table[page] = {};
    for (const [key] of METRICS) table[page][key] = spread(summaries[page].map((s) => s[key]));
  }
  return table;
}

const med = (table, page, key) => table[page]?.[key]?.median ?? null;
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

export function ratios(table) {
  return {
    idleAppOverFloor: ratio(med(table, 'app', 'timeToIdleMs'), med(table, 'floor', 'timeToIdleMs')),
    idleAppOverNaive: ratio(med(table, 'app', 'timeToIdleMs'), med(table, 'naive', 'timeToIdleMs')),
    firstUsefulPaintAppOverLeafletPainted: ratio(
      med(table, 'app', 'firstUsefulPaintMs'),
      med(table, 'leaflet', 'timeToIdleMs'),
    ),
    mapPaintedAppOverLeafletPainted: ratio(
      med(table, 'app', 'timeToIdleMs'),
      med(table, 'leaflet', 'timeToIdleMs'),
    ),
    panMedianAppOverFloor: ratio(
      med(table, 'app', 'panFrameMedianMs'),
      med(table, 'floor', 'panFrameMedianMs'),
    ),
  };
}

/**
 * The same ratios taken per round (app run i against floor run i, a few seconds apart), so a machine whose
 * load drifts during the bench moves both sides of each ratio together. Median (min–max) over rounds.
 */
export function pairedRatios(summaries) {
  const per = (a, keyA, b, keyB) =>
    spread(summaries[a].map((run, i) => ratio(run[keyA], summaries[b][i]?.[keyB] ?? null)));
  return {
    idleAppOverFloor: per('app', 'timeToIdleMs', 'floor', 'timeToIdleMs'),
    idleAppOverNaive: per('app', 'timeToIdleMs', 'naive', 'timeToIdleMs'),
    firstUsefulPaintAppOverLeafletPainted: per('app', 'firstUsefulPaintMs', 'leaflet', 'timeToIdleMs'),
    mapPaintedAppOverLeafletPainted: per('app', 'timeToIdleMs', 'leaflet', 'timeToIdleMs'),
    panMedianAppOverFloor: per('app', 'panFrameMedianMs', 'floor', 'panFrameMedianMs'),
  };
}

/** Every budget as { name, measured, limit, pass }, measured and limit in the unit given. */
export function budgets(table, pooled, basemapGzipBytes) {
  const check = (name, measured, limit, unit) => ({
    name,
    measured,
    limit,
    unit,
    pass: measured !== null && limit !== null && measured <= limit,
  });
  const floorIdle = med(table, 'floor', 'timeToIdleMs');
  const naiveIdle = med(table, 'naive', 'timeToIdleMs');
  const leafletPainted = med(table, 'leaflet', 'timeToIdleMs');
  const floorPan = med(table, 'floor', 'panFrameMedianMs');
  return [
    check(
      'time to idle: app ≤ 1.15 × floor',
      med(table, 'app', 'timeToIdleMs'),
      floorIdle && 1.15 * floorIdle,
      'ms',
    ),
    check(
      'time to idle: app ≤ 0.6 × naive',
      med(table, 'app', 'timeToIdleMs'),
      naiveIdle && 0.6 * naiveIdle,
      'ms',
    ),
    check(
      'first useful paint ≤ 0.5 × Leaflet painted',
      med(table, 'app', 'firstUsefulPaintMs'),
      leafletPainted && 0.5 * leafletPainted,
      'ms',
    ),
    check(
      'app JS excl. MapLibre ≤ 40 KB gzip (wire)',
      med(table, 'app', 'nonMapLibreJsWireBytes'),
      SIZE_BUDGETS.appJsGzipBytes,
      'bytes',
    ),
    check(
      'all JS incl. worker ≤ 480 KB gzip (wire)',
      med(table, 'app', 'jsWireBytes'),
      SIZE_BUDGETS.allJsGzipBytes,
      'bytes',
    ),
    check('click → panel p95 ≤ 50 ms (all clicks pooled)', pooled.app.clickPanelP95Ms, 50, 'ms'),
    check('language → labels (next idle) p95 ≤ 300 ms (pooled)', pooled.app.langIdleP95Ms, 300, 'ms'),
    check(
      'pan frame median ≤ 1.1 × floor',
      med(table, 'app', 'panFrameMedianMs'),
      floorPan && 1.1 * floorPan,
      'frame',
    ),
    check(
      'basemap data on the wire ≤ 120 KB (as vite preview serves it)',
      med(table, 'app', 'basemapWireBytes'),
      SIZE_BUDGETS.basemapGzipBytes,
      'bytes',
    ),
    check(
      'basemap data gzip ≤ 120 KB (zlib; a host that gzips GeoJSON)',
      basemapGzipBytes,
      SIZE_BUDGETS.basemapGzipBytes,
      'bytes',
    ),
  ];
}

/** Pooled p50/p95 over every counted click and language switch of a page. */
export function pooled(runs) {
  const clicks = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.paintedMs));
  const commits = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.commitMs));
  const settled = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.settledMs));
  const idle = runs.flatMap((r) => (r.langSamples ?? []).map((s) => s.idleMs));
  const drawn = runs.flatMap((r) => (r.langSamples ?? []).map((s) => s.drawnMs));
  return {
    clicks: clicks.length,
    clickPanelP50Ms: median(clicks),
    clickPanelP95Ms: p95(clicks),
    clickCommitP50Ms: median(commits),
    clickCommitP95Ms: p95(commits),
    clickSettledP50Ms: median(settled),
    clickSettledP95Ms: p95(settled),
    langSwitches: idle.length,
    langIdleP50Ms: median(idle),
    langIdleP95Ms: p95(idle),
    langDrawnP50Ms: median(drawn),
    langDrawnP95Ms: p95(drawn),
  };
}

function pad(text, width) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function printReport({ table, r, paired, pooledStats, verdicts, meta }) {
  const lines = [];
  lines.push(`Corridor Atlas bench — ${meta.date}`);
  lines.push(`renderer: ${meta.renderer}`);
  lines.push(
    `chromium ${meta.chromium}, ${meta.runs} counted runs per page (+1 warm-up), cold cache each run`,
  );
  lines.push(
    `load viewport 1280×800 (map ${meta.mapSize}), pan viewport 800×600 (map ${meta.panSize}), DPR 1`,
  );
  lines.push(`machine: ${meta.load}`);
  lines.push(`app JS (gzip, zlib): ${meta.appScripts}`);
  lines.push('');
  lines.push('median (min–max) over runs; ms, frame ms, or KB (1024 bytes)');
  const widths = [50, 22, 22, 22, 22];
  lines.push(['metric', ...PAGES].map((h, i) => pad(h, widths[i] ?? 20)).join(' '));
  for (const [key, label, unit] of METRICS) {
    const row = [label, ...PAGES.map((page) => cell(table[page][key], unit))];
    if (row.slice(1).every((c) => c === '–')) continue;
    lines.push(row.map((c, i) => pad(c, widths[i] ?? 20)).join(' '));
  }
  lines.push('');
  const x = (v) => (v === null ? '–' : `${v.toFixed(2)}×`);
  lines.push(`ratios: idle app/floor ${x(r.idleAppOverFloor)}, idle app/naive ${x(r.idleAppOverNaive)}`);
  lines.push(
    `        first useful paint app / Leaflet painted ${x(r.firstUsefulPaintAppOverLeafletPainted)}, ` +
      `app map painted (idle) / Leaflet painted ${x(r.mapPaintedAppOverLeafletPainted)} (the ratio we are closing)`,
  );
  lines.push(`        pan frame median app/floor ${x(r.panMedianAppOverFloor)}`);
  const px = (p) => (p ? `${x(p.median)} (${x(p.min)}–${x(p.max)})` : '–');
  lines.push(
    `paired per round: idle app/floor ${px(paired.idleAppOverFloor)}, app/naive ${px(paired.idleAppOverNaive)}, ` +
      `FUP/Leaflet ${px(paired.firstUsefulPaintAppOverLeafletPainted)}, ` +
      `map/Leaflet ${px(paired.mapPaintedAppOverLeafletPainted)}, pan app/floor ${px(paired.panMedianAppOverFloor)}`,
  );
  const ms = (v) => (v === null ? '–' : `${Math.round(v)} ms`);
  const { app, floor } = pooledStats;
  lines.push(
    `pooled: click → panel painted p50 ${ms(app.clickPanelP50Ms)} p95 ${ms(app.clickPanelP95Ms)}, ` +
      `DOM committed p50 ${ms(app.clickCommitP50Ms)} p95 ${ms(app.clickCommitP95Ms)}, ` +
      `with follow-up tasks p50 ${ms(app.clickSettledP50Ms)} p95 ${ms(app.clickSettledP95Ms)} (${app.clicks} clicks)`,
  );
  for (const [name, p] of [
    ['app', app],
    ['floor', floor],
  ]) {
    lines.push(
      `        ${name} language → idle p50 ${ms(p.langIdleP50Ms)} p95 ${ms(p.langIdleP95Ms)}, ` +
        `→ first drawn p50 ${ms(p.langDrawnP50Ms)} p95 ${ms(p.langDrawnP95Ms)} (${p.langSwitches} switches)`,
    );
  }
  lines.push('');
  lines.push('budgets');
  for (const b of verdicts) {
    const unit = b.unit === 'bytes' ? 'KB' : 'ms';
    const f = (v) =>
      v === null ? '–' : b.unit === 'bytes' ? (v / KIB).toFixed(1) : v.toFixed(b.unit === 'frame' ? 1 : 0);
    lines.push(
      `  ${b.pass ? 'PASS' : 'FAIL'}  ${pad(b.name, 64)} ${f(b.measured)} ${unit} (limit ${f(b.limit)} ${unit})`,
    );
  }
  console.log(lines.join('\n'));
}
