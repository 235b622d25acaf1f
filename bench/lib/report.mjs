// Turns per-run summaries into the printed table, the ratios and the budget verdicts.
import { KIB } from './sizes.mjs';
import { median, p95, spread } from './stats.mjs';

export const PAGES = ['app', 'floor', 'naive', 'leaflet'];

/** Metric key, label, unit ('ms' | 'bytes' | 'frame'), in table order. */
export const METRICS = [
  ['timeToIdleMs', 'time to first idle, all layers (Leaflet: painted)', 'ms'],
  ['firstUsefulPaintMs', 'first useful paint (frame after the first list button)', 'ms'],
  ['firstMapPaintMs', 'first map paint (app: poster frame; Leaflet: painted)', 'ms'],
  ['firstMapPaintNoWebglMs', 'first map paint, no WebGL (poster, else SVG map)', 'ms'],
  ['svgMapPaintNoWebglMs', 'SVG map first frame, no WebGL', 'ms'],
  ['longTaskMs', 'main-thread long tasks until idle', 'ms'],
  ['mapLibreRequestedMs', 'MapLibre chunk requested at', 'ms'],
  ['mainThreadDataDoneMs', 'main-thread data fetches done at', 'ms'],
  ['jsLoadWireBytes', 'JS on the wire to map idle, gzip, incl. worker', 'bytes'],
  ['jsWireBytes', 'JS on the wire, whole scripted session, gzip, incl. worker', 'bytes'],
  ['nonMapLibreJsWireBytes', 'JS on the wire excl. MapLibre, gzip', 'bytes'],
  ['firstScreenJsWireBytes', 'app JS first screen excl. MapLibre, gzip (wire)', 'bytes'],
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
  ['yearIdleP50Ms', 'year change → map idle, p50 (per run)', 'ms'],
  ['yearIdleP95Ms', 'year change → map idle, p95 (per run)', 'ms'],
  ['yearDrawnP95Ms', 'year change → first frame, p95 (per run)', 'ms'],
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
    firstMapPaintAppOverLeafletPainted: ratio(
      med(table, 'app', 'firstMapPaintMs'),
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
    firstMapPaintAppOverLeafletPainted: per('app', 'firstMapPaintMs', 'leaflet', 'timeToIdleMs'),
    panMedianAppOverFloor: per('app', 'panFrameMedianMs', 'floor', 'panFrameMedianMs'),
  };
}

/** Pooled p50/p95 over every counted click and language switch of a page. */
export function pooled(runs) {
  const clicks = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.paintedMs));
  const commits = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.commitMs));
  const settled = runs.flatMap((r) => (r.clickSamples ?? []).map((s) => s.settledMs));
  const idle = runs.flatMap((r) => (r.langSamples ?? []).map((s) => s.idleMs));
  const drawn = runs.flatMap((r) => (r.langSamples ?? []).map((s) => s.drawnMs));
  const years = runs.flatMap((r) => r.yearSamples ?? []);
  const yearIdle = years.map((s) => s.idleMs);
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
    yearChanges: years.length,
    yearTimedOut: years.filter((s) => s.timedOut).length,
    // A change whose idle never came counts with the timeout's length (bench/lib/in-page-year.mjs).
    yearIdleP50Ms: median(yearIdle),
    yearIdleP95Ms: p95(yearIdle),
    yearDrawnP95Ms: p95(years.map((s) => s.drawnMs)),
  };
}

function pad(text, width) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function printReport({ table, r, paired, pooledStats, verdicts, meta, onDemand, lighthouse }) {
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
  const widths = [56, 22, 22, 22, 22];
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
  lines.push(
    `        first map paint (poster) / Leaflet painted ${x(r.firstMapPaintAppOverLeafletPainted)}, ` +
      `pan frame median app/floor ${x(r.panMedianAppOverFloor)}`,
  );
  const px = (p) => (p ? `${x(p.median)} (${x(p.min)}–${x(p.max)})` : '–');
  lines.push(
    `paired per round: idle app/floor ${px(paired.idleAppOverFloor)}, app/naive ${px(paired.idleAppOverNaive)}, ` +
      `FUP/Leaflet ${px(paired.firstUsefulPaintAppOverLeafletPainted)}, ` +
      `map/Leaflet ${px(paired.mapPaintedAppOverLeafletPainted)}, ` +
      `poster/Leaflet ${px(paired.firstMapPaintAppOverLeafletPainted)}, pan app/floor ${px(paired.panMedianAppOverFloor)}`,
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
  for (const [name, p] of [
    ['app', app],
    ['floor', floor],
  ]) {
    lines.push(
      `        ${name} year → idle p50 ${ms(p.yearIdleP50Ms)} p95 ${ms(p.yearIdleP95Ms)}, ` +
        `→ first frame p95 ${ms(p.yearDrawnP95Ms)} (${p.yearChanges} changes, ${p.yearTimedOut} timed out)`,
    );
  }
  lines.push('');
  lines.push(...onDemandLines(onDemand), ...lighthouseLines(lighthouse));
  lines.push('');
  lines.push('budgets');
  lines.push(...verdictLines(verdicts));
  console.log(lines.join('\n'));
}

/** The app's on-demand chunks (not reached by static imports from the page; MapLibre excluded), zlib gzip. */
export function onDemandLines(onDemand) {
  if (!onDemand) return [];
  const kb = (bytes) => `${(bytes / KIB).toFixed(1)} KB`;
  return [
    `app JS by load (gzip, zlib): first screen ${kb(onDemand.firstScreenGzipBytes)}, ` +
      `on demand ${kb(onDemand.totalGzipBytes)} in ${onDemand.chunks.length} chunks, MapLibre ${kb(onDemand.maplibreGzipBytes)}`,
    ...onDemand.chunks.map((c) => `  on demand  ${pad(c.file, 44)} ${kb(c.gzipBytes).padStart(9)}`),
    `  on demand  ${pad('total', 44)} ${kb(onDemand.totalGzipBytes).padStart(9)}`,
  ];
}

/** Lighthouse's four category scores per preset, or why there are none. */
export function lighthouseLines(lighthouse) {
  if (!lighthouse) return ['', 'Lighthouse: not run (BENCH_LIGHTHOUSE=0)'];
  const lines = [
    '',
    `Lighthouse ${lighthouse.version ?? ''} on ${lighthouse.url} (served with Content-Encoding: ${lighthouse.contentEncoding ?? 'none'}), ` +
      'scores 0–100',
  ];
  for (const run of lighthouse.runs) {
    if (!run.scores) {
      lines.push(`  ${pad(run.preset, 8)} no scores: ${run.error}`);
      continue;
    }
    const cats = Object.entries(run.scores)
      .map(([id, v]) => `${id} ${v ?? '–'}`)
      .join(', ');
    const m = run.metrics ?? {};
    const sec = (v) => (typeof v === 'number' ? `${(v / 1000).toFixed(1)} s` : '–');
    lines.push(
      `  ${pad(run.preset, 8)} ${cats}; FCP ${sec(m['first-contentful-paint'])}, LCP ${sec(m['largest-contentful-paint'])}, ` +
        `TBT ${typeof m['total-blocking-time'] === 'number' ? Math.round(m['total-blocking-time']) : '–'} ms` +
        (run.runtimeError ? ` (runtime error: ${run.runtimeError})` : ''),
    );
  }
  return lines;
}

export function verdictLines(verdicts) {
  return verdicts.map((b) => {
    const unit = b.unit === 'bytes' ? 'KB' : b.unit === 'score' ? '' : 'ms';
    const f = (v) =>
      v === null ? '–' : b.unit === 'bytes' ? (v / KIB).toFixed(1) : v.toFixed(b.unit === 'frame' ? 1 : 0);
    const note = b.note ? ` — ${b.note}` : '';
    return `  ${pad(b.status, 4)}  ${pad(b.name, 64)} ${f(b.measured)}${unit && ` ${unit}`} (limit ${f(b.limit)}${unit && ` ${unit}`})${note}`;
  });
}
