// Byte sizes the budgets are about, from built files: the JS chunks an entry page reaches (incl. MapLibre's
// worker), which of them are MapLibre, and the basemap files, each raw and gzip (zlib default level, as
// `vite preview` compresses). Shared by bench/run.mjs and tests/unit/bundle-budget.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KIB = 1024;

/** The size budgets, in bytes (KB = 1024 bytes, as geo/basemap/meta.json's gzipBudgetBytes). */
export const SIZE_BUDGETS = {
  appJsGzipBytes: 40 * KIB,
  allJsGzipBytes: 480 * KIB,
  basemapGzipBytes: 120 * KIB,
};

export function gzipBytes(buffer) {
  return gzipSync(buffer).length;
}

/** MapLibre's worker by name, MapLibre's main chunk by content (its CSS class prefix, dozens of times). */
export function isMapLibreChunk(file, text) {
  return /maplibre-gl-worker/.test(basename(file)) || (text.match(/maplibregl-/g)?.length ?? 0) >= 10;
}

/** Names of the chunks a file imports statically (`import … from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
function staticImports(text) {
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.m?js)["']/g)].map((m) => m[1]);
}

/**
 * The JS files an index.html reaches: its module scripts, then every `*.js`/`*.mjs` asset name the reached
 * files mention (dynamic imports, the worker URL). Stale files left in assets/ are never counted. A file is
 * `firstScreen` when the page's scripts reach it through static imports alone (it runs before anything is
 * loaded on demand: views, the panel chunk, search, MapLibre).
 */
export function reachableScripts(distDir) {
  const assetsDir = join(distDir, 'assets');
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const available = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  const pattern = /[\w.-]+\.m?js\b/g;
  const queue = [...html.matchAll(/<script[^>]+src="\.?\/?assets\/([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const scripts = [];
  const firstScreen = new Set(queue);
  while (queue.length > 0) {
    const name = queue.shift();
    if (!name || seen.has(name) || !available.has(name)) continue;
    seen.add(name);
    const buffer = readFileSync(join(assetsDir, name));
    const text = buffer.toString('utf8');
    scripts.push({
      file: name,
      bytes: buffer.length,
      gzipBytes: gzipBytes(buffer),
      maplibre: isMapLibreChunk(name, text),
      firstScreen: firstScreen.has(name),
    });
    if (firstScreen.has(name)) for (const dep of staticImports(text)) firstScreen.add(dep);
    for (const match of text.matchAll(pattern)) if (available.has(match[0])) queue.push(match[0]);
  }
  if (scripts.length === 0) throw new Error(`no scripts reachable from ${distDir}/index.html`);
  return scripts;
}

/**
 * Gzip totals: the app's own code on the first screen (chunks without MapLibre reached by static imports),
 * the app's on-demand chunks (views, panel, search…), MapLibre (main chunk + worker), and what the page
 * loads to show the map (first screen + MapLibre).
 */
export function jsTotals(scripts) {
  const sum = (list) => list.reduce((total, s) => total + s.gzipBytes, 0);
  return {
    appGzipBytes: sum(scripts.filter((s) => !s.maplibre && s.firstScreen)),
    onDemandGzipBytes: sum(scripts.filter((s) => !s.maplibre && !s.firstScreen)),
    maplibreGzipBytes: sum(scripts.filter((s) => s.maplibre)),
    allGzipBytes: sum(scripts.filter((s) => s.maplibre || s.firstScreen)),
  };
}

/** geo/basemap/*.geojson, raw and gzip. */
export function basemapFiles(rootDir) {
  const dir = join(rootDir, 'geo', 'basemap');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.geojson'))
    .sort()
    .map((name) => {
      const buffer = readFileSync(join(dir, name));
      return { file: name, bytes: buffer.length, gzipBytes: gzipBytes(buffer) };
    });
}

export function kib(bytes) {
  return `${(bytes / KIB).toFixed(1)} KB`;
}
