// `npm run bench` (after `vite build`): builds the reference pages, serves them and a snapshot of dist/ with
// `vite preview`, drives app, floor, naive and Leaflet in headless Chromium (1 warm-up + BENCH_RUNS counted
// runs, interleaved, cold cache; each round also loads the app in a Chromium without WebGL), then Lighthouse
// (desktop and mobile presets; BENCH_LIGHTHOUSE=0 skips it), prints medians, ratios and budgets, and writes
// bench/results.json.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { preview } from 'vite';
import { BENCH_DIR, buildPages, ROOT, SITE_DIR } from './build-pages.mjs';
import { budgets } from './lib/budgets.mjs';
import { launch, webglRenderer } from './lib/chromium.mjs';
import { runPage } from './lib/drive.mjs';
import { lighthouseAll } from './lib/lighthouse.mjs';
import { firstMapPaint, NO_WEBGL_FLAGS, runNoWebgl } from './lib/no-webgl.mjs';
import { aggregate, PAGES, pairedRatios, pooled, printReport, ratios } from './lib/report.mjs';
import { basemapFiles, jsTotals, reachableScripts } from './lib/sizes.mjs';
import { median, p95 } from './lib/stats.mjs';
import { yearChangesPerRun } from './lib/years.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('BENCH_RUNS must be a positive integer');
if (RUNS < 5) console.warn(`BENCH_RUNS=${RUNS}: fewer than 5 counted runs, results.json is marked "smoke"`);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const YEAR_CHANGES = yearChangesPerRun(RUNS);

const BASEMAP_URL = /\/basemap-(land|countries|borders|country-labels)-[\w-]+\.json$/;
const DATA_URL = /\.(geo)?json$/;
const JS_URL = /\.m?js$/;

/** Copies dist/ aside, so a rebuild by someone else during the bench cannot change what is measured. */
function snapshotApp() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ missing: run `npm run bench` (it builds first)');
  const target = join(SITE_DIR, 'app');
  rmSync(target, { recursive: true, force: true });
  cpSync(dist, target, { recursive: true });
  return target;
}

const pathOf = (url) => new URL(url).pathname;

/** The app's first map paint: the poster's (or SVG map's) first frame, else at worst its first idle. */
function appMapPaint(raw) {
  const paint = firstMapPaint(raw);
  return paint.firstMapPaintMs === null ? { firstMapPaintMs: raw.idleMs, firstMapPaintBy: 'idle' } : paint;
}

/** The app's JS by when it loads, from bench/lib/sizes.mjs (zlib gzip of the built files). */
function onDemandReport(scripts) {
  const totals = jsTotals(scripts);
  return {
    firstScreenGzipBytes: totals.appGzipBytes,
    totalGzipBytes: totals.onDemandGzipBytes,
    maplibreGzipBytes: totals.maplibreGzipBytes,
    firstScreenPlusMapLibreGzipBytes: totals.allGzipBytes,
    firstScreen: scripts.filter((s) => s.firstScreen && !s.maplibre).map((s) => s.file),
    chunks: scripts
      .filter((s) => !s.firstScreen && !s.maplibre)
      .map((s) => ({ file: s.file, bytes: s.bytes, gzipBytes: s.gzipBytes }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** One run's numbers, from the raw page measurements. */
function summarize(raw, maplibreFiles, firstScreenFiles) {
  const wire = new Map();
  for (const r of raw.resources) {
    const bytes = JS_URL.test(pathOf(r.url))
      ? r.encodedBytes
      : Math.max(r.encodedBytes, wire.get(r.url) ?? 0);
    if (bytes > 0) wire.set(r.url, bytes);
  }
  for (const t of raw.transfers) {
    if (JS_URL.test(pathOf(t.url)) && wire.has(t.url)) continue;
    wire.set(t.url, Math.max(t.bytes, wire.get(t.url) ?? 0));
  }
  const sum = (test) => [...wire].filter(([url]) => test(pathOf(url))).reduce((total, [, b]) => total + b, 0);
  const isJs = (p) => JS_URL.test(p);
  // What the page loads to show the live map: JS requested up to its first idle; the scripted session
  // after it (clicks, languages, years) loads more on demand, counted in jsWireBytes.
  const loadJs = new Map();
  for (const r of raw.resources)
    if (isJs(pathOf(r.url)) && r.encodedBytes > 0 && r.startMs <= raw.idleMs)
      loadJs.set(r.url, r.encodedBytes);
  const frames = raw.pan.deltas;
  const painted = raw.clicks?.map((c) => c.paintedMs) ?? [];
  const committed = raw.clicks?.map((c) => c.commitMs) ?? [];
  const settled = raw.clicks?.map((c) => c.settledMs) ?? [];
  const langIdle = raw.langs?.map((l) => l.idleMs) ?? [];
  const langDrawn = raw.langs?.map((l) => l.drawnMs) ?? [];
  const yearIdle = raw.years?.map((y) => y.idleMs) ?? [];
  const mapPaint =
    raw.kind === 'app'
      ? appMapPaint(raw)
      : raw.kind === 'leaflet'
        ? { firstMapPaintMs: raw.idleMs, firstMapPaintBy: 'painted' }
        : { firstMapPaintMs: null, firstMapPaintBy: null };
  const mapLibreChunk = raw.resources.find(
    (r) => maplibreFiles.has(basename(pathOf(r.url))) && !/worker/.test(r.url),
  );
  const mainThreadData = raw.resources.filter((r) => DATA_URL.test(pathOf(r.url)));
  return {
    timeToIdleMs: raw.idleMs,
    firstUsefulPaintMs: raw.firstUsefulPaintMs,
    ...mapPaint,
    posterPaintMs: raw.posterPaintMs ?? null,
    longTaskMs: raw.longTaskMs,
    longTaskCount: raw.longTaskCount,
    mapLibreRequestedMs: mapLibreChunk?.startMs ?? null,
    mainThreadDataDoneMs: mainThreadData.length > 0 ? Math.max(...mainThreadData.map((r) => r.endMs)) : null,
    jsWireBytes: sum(isJs),
    jsLoadWireBytes: [...loadJs.values()].reduce((a, b) => a + b, 0),
    nonMapLibreJsWireBytes: sum((p) => isJs(p) && !maplibreFiles.has(basename(p))),
    firstScreenJsWireBytes:
      raw.kind === 'app' ? sum((p) => isJs(p) && firstScreenFiles.has(basename(p))) : null,
    basemapWireBytes: sum((p) => BASEMAP_URL.test(p) || /countries-50m-[\w-]+\.geojson$/.test(p)),
    dataWireBytes: sum((p) => DATA_URL.test(p)),
    heapUsedBytes: raw.heapUsedBytes,
    panFrameMedianMs: median(frames),
    panFrameP95Ms: p95(frames),
    panFrameMeanMs: frames.length > 0 ? frames.reduce((a, b) => a + b, 0) / frames.length : null,
    panFrames: frames.length,
    clickPanelP50Ms: median(painted),
    clickPanelP95Ms: p95(painted),
    clickCommitP95Ms: p95(committed),
    clickSettledP95Ms: p95(settled),
    langIdleP50Ms: median(langIdle),
    langIdleP95Ms: p95(langIdle),
    langDrawnP95Ms: p95(langDrawn),
    yearIdleP50Ms: median(yearIdle),
    yearIdleP95Ms: p95(yearIdle),
    yearDrawnP95Ms: p95(raw.years?.map((y) => y.drawnMs) ?? []),
    yearSamples: raw.years,
    clickSamples: raw.clicks,
    langSamples: raw.langs,
    frameDeltas: frames,
    mapSize: raw.mapSize,
    panMapSize: raw.pan.size,
    errors: raw.errors,
    wire: Object.fromEntries([...wire].map(([url, bytes]) => [pathOf(url), bytes])),
    resources: raw.resources.map((r) => ({ ...r, url: pathOf(r.url) })),
  };
}

const round = (v) => (typeof v === 'number' ? Math.round(v) : v);

async function main() {
  const startedAt = Date.now();
  const loadAtStart = loadavg();
  console.log('building reference pages…');
  await buildPages();
  snapshotApp();
  const scripts = Object.fromEntries(PAGES.map((page) => [page, reachableScripts(join(SITE_DIR, page))]));
  const maplibreFiles = new Set(
    Object.values(scripts)
      .flat()
      .filter((s) => s.maplibre)
      .map((s) => s.file),
  );
  const firstScreenFiles = new Set(
    scripts.app.filter((s) => s.firstScreen && !s.maplibre).map((s) => s.file),
  );
  const onDemand = onDemandReport(scripts.app);
  const basemap = basemapFiles(ROOT);
  const basemapGzipBytes = basemap.reduce((total, f) => total + f.gzipBytes, 0);

  const server = await preview({
    configFile: false,
    root: BENCH_DIR,
    logLevel: 'silent',
    build: { outDir: SITE_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await launch(ROOT);
  const noWebglBrowser = await launch(ROOT, NO_WEBGL_FLAGS);
  try {
    const renderer = await webglRenderer(browser);
    const noWebglRenderer = await webglRenderer(noWebglBrowser);
    const chromium = browser.version();
    console.log(
      `renderer: ${renderer}\nwithout WebGL (${NO_WEBGL_FLAGS.join(' ')}): ${noWebglRenderer}\nchromium ${chromium}`,
    );

    let sizes = null;
    const targets = () =>
      PAGES.map((kind) => {
        const yearChanges = kind === 'app' || kind === 'floor' ? YEAR_CHANGES : 0;
        if (kind === 'app') return { kind, url: `${base}app/index.html?lang=en`, yearChanges };
        const query = sizes ? `?w=${sizes.load.width}&h=${sizes.load.height}` : '';
        return { kind, url: `${base}${kind}/index.html${query}`, panSize: sizes?.pan, yearChanges };
      });
    const summaries = Object.fromEntries(PAGES.map((p) => [p, []]));
    for (let run = 0; run <= RUNS; run++) {
      const label = run === 0 ? 'warm-up' : `run ${run}/${RUNS}`;
      for (const target of targets()) {
        const raw = await runPage(browser, target);
        if (target.kind === 'app' && !sizes) sizes = { load: raw.mapSize, pan: raw.pan.size };
        const summary = summarize(raw, maplibreFiles, firstScreenFiles);
        if (raw.errors.length > 0) console.warn(`  ${target.kind}: page errors: ${raw.errors.join(' | ')}`);
        console.log(
          `${label} ${target.kind.padEnd(7)} idle ${round(summary.timeToIdleMs)} ms, long tasks ${round(summary.longTaskMs)} ms, ` +
            `pan median ${summary.panFrameMedianMs?.toFixed(1)} ms` +
            (target.kind === 'app'
              ? `, FUP ${round(summary.firstUsefulPaintMs)} ms, MapLibre requested at ${round(summary.mapLibreRequestedMs)} ms, ` +
                `click p95 ${round(summary.clickPanelP95Ms)} ms, lang p95 ${round(summary.langIdleP95Ms)} ms, ` +
                `map paint ${round(summary.firstMapPaintMs)} ms (${summary.firstMapPaintBy}), year p95 ${round(summary.yearIdleP95Ms)} ms`
              : target.kind === 'floor'
                ? `, lang p95 ${round(summary.langIdleP95Ms)} ms, year p95 ${round(summary.yearIdleP95Ms)} ms`
                : ''),
        );
        if (run > 0) summaries[target.kind].push(summary);
      }
      // The app once more in a browser without WebGL (its SVG map), in the same round.
      const noWebgl = await runNoWebgl(noWebglBrowser, `${base}app/index.html?lang=en`);
      if (noWebgl.errors.length > 0)
        console.warn(`  app (no WebGL): page errors: ${noWebgl.errors.join(' | ')}`);
      console.log(
        `${label} app, no WebGL: first map paint ${round(noWebgl.firstMapPaintMs)} ms (${noWebgl.firstMapPaintBy}), ` +
          `SVG map ${round(noWebgl.svgMapPaintMs)} ms${noWebgl.webgl ? ' (WARNING: WebGL was available)' : ''}`,
      );
      if (run > 0) {
        Object.assign(summaries.app.at(-1), {
          firstMapPaintNoWebglMs: noWebgl.firstMapPaintMs,
          svgMapPaintNoWebglMs: noWebgl.svgMapPaintMs,
          noWebgl,
        });
      }
    }

    let lighthouse = null;
    if (LIGHTHOUSE) {
      console.log('Lighthouse (desktop, mobile)…');
      const asset = firstScreenFiles.values().next().value;
      lighthouse = await lighthouseAll(ROOT, `${base}app/index.html?lang=en`, `${base}app/assets/${asset}`);
      lighthouse.version = lighthouse.runs.find((r) => r.lighthouseVersion)?.lighthouseVersion ?? null;
    }

    const table = aggregate(summaries);
    const r = ratios(table);
    const paired = pairedRatios(summaries);
    const pooledStats = { app: pooled(summaries.app), floor: pooled(summaries.floor) };
    const verdicts = budgets({ table, pooled: pooledStats, basemapGzipBytes, renderer, lighthouse });
    const date = new Date().toISOString();
    printReport({
      table,
      r,
      paired,
      pooledStats,
      verdicts,
      onDemand,
      lighthouse,
      meta: {
        date,
        renderer,
        chromium,
        runs: RUNS,
        mapSize: `${sizes.load.width}×${sizes.load.height}`,
        panSize: `${sizes.pan.width}×${sizes.pan.height}`,
        load: `load average ${loadAtStart[0].toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, ${cpus().length} cores`,
        appScripts: scripts.app
          .map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB${s.maplibre ? ' (MapLibre)' : ''}`)
          .join(', '),
      },
    });
    const results = {
      date,
      smoke: RUNS < 5,
      renderer,
      chromium,
      node: process.version,
      loadAverage: { start: loadAtStart, end: loadavg(), cores: cpus().length },
      runs: RUNS,
      warmupRuns: 1,
      viewport: { load: '1280x800', pan: '800x600', deviceScaleFactor: 1 },
      mapSize: sizes,
      pages: Object.fromEntries(
        targets().map((t) => [t.kind, new URL(t.url).pathname + new URL(t.url).search]),
      ),
      scripts,
      appJs: onDemand,
      noWebgl: { flags: NO_WEBGL_FLAGS, renderer: noWebglRenderer },
      yearChangesPerRun: YEAR_CHANGES,
      lighthouse,
      basemap: { files: basemap, gzipBytes: basemapGzipBytes },
      samples: summaries,
      medians: table,
      pooled: pooledStats,
      ratios: r,
      pairedRatios: paired,
      budgets: verdicts,
      durationS: Math.round((Date.now() - startedAt) / 1000),
    };
    writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote bench/results.json (${results.durationS} s)`);
  } finally {
    await noWebglBrowser.close();
    await browser.close();
    await server.close();
  }
}

await main();
