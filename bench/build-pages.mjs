// Builds the three reference pages (floor, naive, leaflet) with Vite's JS API, each on its own into
// bench/.build/site/<page>/, and writes the naive page's whole-world GeoJSON. Run alone: node bench/build-pages.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { build } from 'vite';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(BENCH_DIR, '..');
export const BUILD_DIR = join(BENCH_DIR, '.build');
export const SITE_DIR = join(BUILD_DIR, 'site');
export const PAGES = ['floor', 'naive', 'leaflet'];

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** REGION_BOUNDS as written in src/map/start.ts, so the pages fit exactly the app's initial view. */
function regionBounds() {
  const text = readFileSync(join(ROOT, 'src/map/start.ts'), 'utf8');
  const match = text.match(/REGION_BOUNDS[^=]*=\s*\[([^\]]+)\]/);
  const bounds = match?.[1]?.split(',').map(Number);
  if (bounds?.length !== 4 || bounds.some(Number.isNaN)) throw new Error('REGION_BOUNDS not found');
  return bounds;
}

/** Natural Earth 50m countries, the whole world, as GeoJSON: topojson-client's feature(), nothing else. */
function writeNaiveWorld() {
  const topology = readJson('node_modules/world-atlas/countries-50m.json');
  const world = feature(topology, topology.objects.countries);
  const dir = join(BUILD_DIR, 'generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'countries-50m.geojson'), JSON.stringify(world));
  return world;
}

function defines(world) {
  const countries = readJson('data/countries.json');
  const members = countries.filter((c) => c.member);
  const memberNumeric = new Set(members.map((c) => c.isoNumeric));
  const naiveMemberNames = world.features
    .filter((f) => memberNumeric.has(f.id))
    .map((f) => f.properties.name);
  if (naiveMemberNames.length !== members.length)
    throw new Error('a member state is missing from world-atlas');
  return {
    __BENCH_REGION_BOUNDS__: JSON.stringify(regionBounds()),
    __BENCH_COUNTRY_NAMES__: JSON.stringify(
      Object.fromEntries(
        ['az', 'ru', 'en'].map((lang) => [
          lang,
          Object.fromEntries(countries.map((c) => [c.id, c.name[lang]])),
        ]),
      ),
    ),
    __BENCH_MEMBER_IDS__: JSON.stringify(members.map((c) => c.id)),
    __BENCH_NAIVE_MEMBER_NAMES__: JSON.stringify(naiveMemberNames),
    __BENCH_ROUTE_IDS__: JSON.stringify(readJson('geo/routes.geojson').features.map((f) => f.properties.id)),
  };
}

export async function buildPages() {
  const world = writeNaiveWorld();
  const define = defines(world);
  for (const page of PAGES) {
    await build({
      configFile: false,
      root: join(BENCH_DIR, 'pages', page),
      base: './',
      logLevel: 'warn',
      define,
      optimizeDeps: { exclude: ['maplibre-gl'] },
      build: {
        outDir: join(SITE_DIR, page),
        emptyOutDir: true,
        target: 'es2022',
        assetsInlineLimit: 0,
        sourcemap: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 4096,
      },
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildPages();
  console.log(`built ${PAGES.join(', ')} into ${SITE_DIR}`);
}
