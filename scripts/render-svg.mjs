// Renders the real data as an SVG map, for a look at it: node scripts/render-svg.mjs [width] [height] [lang] [out]
// (TypeScript sources loaded through Vite's module runner; writes /tmp/atlas.svg by default).
import { readFile, writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const [width = '1280', height = '800', lang = 'en', out = '/tmp/atlas.svg', selected] = process.argv.slice(2);
const load = (path) => runnerImport(path, { configFile: false, logLevel: 'error' }).then((m) => m.module);
const { renderMapSvg } = await load('./src/render/index.ts');
const { loadDataset } = await load('./src/data/load.ts');
const { REGION_BOUNDS, CLIP_BOUNDS } = {
  REGION_BOUNDS: [27, 33, 88, 53],
  CLIP_BOUNDS: [20.5, 25.5, 99.5, 59.5],
};
const read = (path) => readFile(path, 'utf8');
const { dataset, errors } = await loadDataset(read);
if (errors.length > 0) console.warn(errors);
const json = async (name) => JSON.parse(await read(`geo/basemap/${name}.geojson`));
const svg = renderMapSvg({
  basemap: {
    land: await json('land'),
    countries: await json('countries'),
    borders: await json('borders'),
    countryLabels: await json('country-labels'),
  },
  dataset,
  visibleLayers: ['members', 'btk', 'titr', 'places'],
  lang,
  selectedId: selected,
  camera: { bounds: REGION_BOUNDS, padding: 20 },
  limits: { maxBounds: CLIP_BOUNDS, minZoom: 2, maxZoom: 10 },
  width: Number(width),
  height: Number(height),
  attribution: '© Natural Earth',
  ...(process.env.TITLE
    ? {
        title: process.env.TITLE,
        sourceLine: 'Source: N. Asadova (2024), doi:10.59849/2957-3882.2024.2.67; basemap Natural Earth 50m',
        legend: {
          members: 'SPECA member states',
          btk: 'Baku–Tbilisi–Kars railway',
          titr: 'Middle Corridor (rail)',
          sea: 'sea crossing',
          ports: 'ports',
          capitals: 'capitals',
          places: 'stations',
        },
      }
    : {}),
});
await writeFile(out, svg);
console.log(`${out}: ${svg.length} chars, ${Buffer.byteLength(svg)} bytes`);
