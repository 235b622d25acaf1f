// Size budgets without a browser: the app's own JS (chunks without MapLibre) ≤ 40 KB gzip, all JS the page
// reaches incl. MapLibre's worker ≤ 480 KB gzip, the basemap files ≤ 120 KB gzip, measured on a fresh production
// build in a temporary folder. The browser benchmark is `npm run bench` (bench/run.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  basemapFiles,
  jsTotals,
  kib,
  reachableScripts,
  type ScriptSize,
  SIZE_BUDGETS,
} from '../../bench/lib/sizes.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let distDir = '';
let tempDir: string | null = null;
let scripts: ScriptSize[] = [];

beforeAll(async () => {
  // Always a fresh production build: a stale dist/ must not hide growth, and Vitest's NODE_ENV=test would
  // otherwise select development builds of the dependencies.
  tempDir = mkdtempSync(join(tmpdir(), 'atlas-budget-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: tempDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  distDir = tempDir;
  scripts = reachableScripts(distDir);
  for (const s of scripts)
    console.info(
      `${s.maplibre ? 'maplibre ' : s.firstScreen ? 'app      ' : 'on demand'} ${s.file}: ${kib(s.bytes)}, gzip ${kib(s.gzipBytes)}`,
    );
}, 180_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe('bundle and data budgets', () => {
  it('finds MapLibre in the JS the page reaches, main chunk and worker', () => {
    expect(scripts.filter((s) => s.maplibre).length).toBeGreaterThanOrEqual(2);
    expect(scripts.some((s) => s.file.includes('maplibre-gl-worker'))).toBe(true);
  });

  it('keeps the first screen’s app JS without MapLibre within 40 KB gzip', () => {
    const { appGzipBytes, onDemandGzipBytes } = jsTotals(scripts);
    console.info(
      `first-screen app JS excl. MapLibre: ${kib(appGzipBytes)} gzip (budget ${kib(SIZE_BUDGETS.appJsGzipBytes)}); on demand: ${kib(onDemandGzipBytes)}`,
    );
    expect(appGzipBytes).toBeLessThanOrEqual(SIZE_BUDGETS.appJsGzipBytes);
  });

  it('loads the views and the panel details on demand, not on the first screen', () => {
    const onDemand = scripts.filter((s) => !s.firstScreen && !s.maplibre).map((s) => s.file);
    for (const chunk of ['SourcesView', 'TimelineView', 'panel'])
      expect(
        onDemand.some((file) => file.startsWith(`${chunk}-`)),
        chunk,
      ).toBe(true);
  });

  it('keeps the JS that shows the map (first screen, MapLibre and its worker) within 480 KB gzip', () => {
    const { allGzipBytes, maplibreGzipBytes } = jsTotals(scripts);
    console.info(
      `all JS: ${kib(allGzipBytes)} gzip, of which MapLibre ${kib(maplibreGzipBytes)} (budget ${kib(SIZE_BUDGETS.allJsGzipBytes)})`,
    );
    expect(allGzipBytes).toBeLessThanOrEqual(SIZE_BUDGETS.allJsGzipBytes);
  });

  it('keeps the basemap files within 120 KB gzip', () => {
    const files = basemapFiles(ROOT);
    const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    for (const f of files) console.info(`basemap ${f.file}: ${kib(f.bytes)}, gzip ${kib(f.gzipBytes)}`);
    console.info(`basemap total: ${kib(total)} gzip (budget ${kib(SIZE_BUDGETS.basemapGzipBytes)})`);
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(SIZE_BUDGETS.basemapGzipBytes);
  });
});
