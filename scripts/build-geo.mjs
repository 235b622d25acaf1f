// Rebuilds every derived file under geo/ from Natural Earth 50m (npm world-atlas 2.0.2): full-detail countries
// and land (for the checks) and the offline basemap; then runs build-routes.mjs for the route legs.
// Run: node scripts/build-geo.mjs. Output is deterministic (fixed order, fixed rounding, no timestamps).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import * as topojson from 'topojson-client';
import * as topoSimplify from 'topojson-simplify';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ATLAS_DIR = join(ROOT, 'node_modules/world-atlas');
const GEO_DIR = join(ROOT, 'geo');
const SOURCE = 'Natural Earth 50m via world-atlas 2.0.2';

/** The map region [w, s, e, n]: full-detail land is clipped to it, labels are placed inside it. */
const REGION_BBOX = [25, 28, 95, 57];
/** The region with a margin: the basemap is clipped to it. */
const BASEMAP_BBOX = [20, 21, 100, 63];
/** Visvalingam weight: a vertex goes when its distance to the chord of its neighbours is below this. */
const SIMPLIFY_WEIGHT_KM = 0.5;
/** No vertex of a member state's full-detail border lies farther than this from its basemap border. */
const TOLERANCE_KM = 1;
/** Basemap rings (islets, small holes) smaller than this are dropped after simplification. */
const MIN_RING_AREA_KM2 = 5;
const FULL_DECIMALS = 5;
const BASEMAP_DECIMALS = 3;
const GZIP_BUDGET_BYTES = 120 * 1024;

/** ISO 3166-1 numeric (world-atlas feature id) → alpha-3; the only place the two are joined (FACTS.md B0). */
const ISO_NUMERIC_TO_ALPHA3 = new Map([
  ['004', 'AFG'],
  ['031', 'AZE'],
  ['051', 'ARM'],
  ['156', 'CHN'],
  ['268', 'GEO'],
  ['364', 'IRN'],
  ['398', 'KAZ'],
  ['417', 'KGZ'],
  ['643', 'RUS'],
  ['762', 'TJK'],
  ['792', 'TUR'],
  ['795', 'TKM'],
  ['860', 'UZB'],
]);
const MEMBERS = ['AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const ROUTE_COUNTRIES = ['GEO', 'TUR', 'CHN'];
const ATLAS_COUNTRIES = [...MEMBERS, ...ROUTE_COUNTRIES];

// ---------------------------------------------------------------------------------------------------------
// Small helpers.

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function roundTo(decimals) {
  const k = 10 ** decimals;
  return (x) => Math.round(x * k) / k;
}

/** Rounds a ring, drops repeated points, keeps it closed; null when fewer than 3 distinct points remain. */
function roundRing(ring, decimals) {
  const r = roundTo(decimals);
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [r(lon), r(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || Math.abs(planarArea(out)) === 0) return null;
  return out;
}

/** Shoelace area in square degrees; positive for counter-clockwise rings. */
function planarArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

/** Rounds a Polygon or MultiPolygon geometry, drops collapsed rings; null when nothing is left. */
function roundPolygonal(geometry, decimals) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const rings of polygons) {
    const outer = roundRing(rings[0], decimals);
    if (!outer) continue;
    const holes = rings
      .slice(1)
      .map((ring) => roundRing(ring, decimals))
      .filter(Boolean);
    out.push([outer, ...holes]);
  }
  if (out.length === 0) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
function rewindGeometry(geometry) {
  return turf.rewind(turf.feature(geometry)).geometry;
}

function bboxesIntersect(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function bboxInside(inner, outer) {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** Clips a Polygon/MultiPolygon geometry to a bbox (true polygon intersection); null when nothing is left. */
function clipPolygonal(geometry, bbox) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const frame = turf.bboxPolygon(bbox);
  const out = [];
  for (const rings of polygons) {
    const polyBbox = turf.bbox(turf.polygon(rings));
    if (!bboxesIntersect(polyBbox, bbox)) continue;
    if (bboxInside(polyBbox, bbox)) {
      out.push(rings);
      continue;
    }
    const clipped = turf.intersect(turf.featureCollection([turf.polygon(rings), frame]));
    if (!clipped) continue;
    if (clipped.geometry.type === 'Polygon') out.push(clipped.geometry.coordinates);
    else out.push(...clipped.geometry.coordinates);
  }
  if (out.length === 0) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

function countryId(feature) {
  if (feature.id == null) {
    // world-atlas leaves a few disputed areas without an ISO code (FACTS.md B0); label them, never join on them.
    return `x-${feature.properties.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.replace(/-+$/, '');
  }
  return ISO_NUMERIC_TO_ALPHA3.get(feature.id) ?? feature.id;
}

/** Equirectangular km offsets around a latitude: accurate to well under 1 % over a few km. */
function kmScale(latDeg) {
  return [111.32 * Math.cos((latDeg * Math.PI) / 180), 110.574];
}

/** Presimplify weight: the distance (km) from the middle vertex to the chord joining its neighbours. */
function chordDistanceKm(triangle) {
  const [a, b, c] = triangle;
  const [kx, ky] = kmScale(b[1]);
  const ax = a[0] * kx;
  const ay = a[1] * ky;
  const dx = c[0] * kx - ax;
  const dy = c[1] * ky - ay;
  const px = b[0] * kx - ax;
  const py = b[1] * ky - ay;
  const chord = Math.hypot(dx, dy);
  return chord === 0 ? Math.hypot(px, py) : Math.abs(dx * py - dy * px) / chord;
}

function ringAreaKm2(ring) {
  const [kx, ky] = kmScale(ring[0][1]);
  return Math.abs(planarArea(ring)) * kx * ky;
}

/** Distance (km) from a point to a segment, in a local equirectangular frame around the point. */
function pointSegmentKm(p, a, b) {
  const [kx, ky] = kmScale(p[1]);
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function ringsOf(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * The largest distance (km) from a vertex of `full` to the boundary of `simplified`, over the rings of `full`
 * that are at least MIN_RING_AREA_KM2 (smaller rings are dropped from the basemap on purpose).
 */
function maxBorderShiftKm(full, simplified) {
  const segments = [];
  for (const ring of ringsOf(simplified)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      segments.push({
        a,
        b,
        box: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
      });
    }
  }
  const marginDeg = (TOLERANCE_KM * 4) / 80;
  let worst = 0;
  for (const ring of ringsOf(full)) {
    if (ringAreaKm2(ring) < MIN_RING_AREA_KM2) continue;
    for (const p of ring) {
      let best = Number.POSITIVE_INFINITY;
      for (const s of segments) {
        const { box } = s;
        if (
          p[0] < box[0] - marginDeg ||
          p[0] > box[2] + marginDeg ||
          p[1] < box[1] - marginDeg ||
          p[1] > box[3] + marginDeg
        ) {
          continue;
        }
        best = Math.min(best, pointSegmentKm(p, s.a, s.b));
      }
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

/** One feature per line: diffable, and compact enough for the large files. */
function stringifyCollection(features, extra = {}) {
  const head = JSON.stringify({ type: 'FeatureCollection', ...extra }).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head},"features":[\n${body}\n]}\n`;
}

const written = [];
function writeGeo(relPath, text) {
  const path = join(GEO_DIR, relPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  written.push({ path: relative(ROOT, path), raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
  return written[written.length - 1];
}

// ---------------------------------------------------------------------------------------------------------
// 1. Full-detail countries and land (the reference the checks and tests run against).

const countriesTopo = readJson(join(ATLAS_DIR, 'countries-50m.json'));
const landTopo = readJson(join(ATLAS_DIR, 'land-50m.json'));

const atlasFeatures = topojson.feature(countriesTopo, countriesTopo.objects.countries).features;
const fullCountries = ATLAS_COUNTRIES.map((alpha3) => {
  const source = atlasFeatures.filter((f) => f.id != null && ISO_NUMERIC_TO_ALPHA3.get(f.id) === alpha3);
  if (source.length !== 1)
    throw new Error(`expected one world-atlas feature for ${alpha3}, got ${source.length}`);
  const geometry = rewindGeometry(roundPolygonal(source[0].geometry, FULL_DECIMALS));
  return {
    type: 'Feature',
    id: alpha3,
    properties: { id: alpha3, member: MEMBERS.includes(alpha3) },
    geometry,
  };
});
writeGeo('countries.geojson', stringifyCollection(fullCountries));

const landGeometry = topojson.feature(landTopo, landTopo.objects.land).features[0].geometry;
const regionLand = rewindGeometry(roundPolygonal(clipPolygonal(landGeometry, REGION_BBOX), FULL_DECIMALS));
writeGeo(
  'land.geojson',
  stringifyCollection([
    { type: 'Feature', properties: { source: SOURCE, bbox: REGION_BBOX }, geometry: regionLand },
  ]),
);

// ---------------------------------------------------------------------------------------------------------
// 2. Basemap: simplified with the topology kept (shared borders move together), clipped, rounded.
// Land comes from the `land` object of countries-50m.json (Natural Earth land as the union of the countries),
// which shares its arcs with the countries, so coastlines of the two layers simplify identically.

const presimplified = topoSimplify.presimplify(countriesTopo, chordDistanceKm);
const simplifiedAll = topoSimplify.simplify(presimplified, SIMPLIFY_WEIGHT_KM);
const simplified = topoSimplify.filter(
  simplifiedAll,
  topoSimplify.filterWeight(simplifiedAll, MIN_RING_AREA_KM2, ringAreaKm2),
);

function basemapPolygon(geometry) {
  if (!geometry) return null;
  const clipped = clipPolygonal(geometry, BASEMAP_BBOX);
  if (!clipped) return null;
  const rounded = roundPolygonal(clipped, BASEMAP_DECIMALS);
  return rounded && rewindGeometry(rounded);
}

const basemapCountries = topojson
  .feature(simplified, simplified.objects.countries)
  .features.map((f) => {
    const geometry = basemapPolygon(f.geometry);
    if (!geometry) return null;
    const id = countryId(f);
    return { type: 'Feature', properties: { id, member: MEMBERS.includes(id) }, geometry };
  })
  .filter(Boolean)
  .sort((a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0));

const basemapLand = topojson
  .feature(simplified, simplified.objects.land)
  .features.map((f) => basemapPolygon(f.geometry))
  .filter(Boolean)
  .map((geometry) => ({ type: 'Feature', properties: {}, geometry }));

const meshed = topojson.mesh(simplified, simplified.objects.countries, (a, b) => a !== b);
const clippedBorders = turf.bboxClip(turf.feature(meshed), BASEMAP_BBOX).geometry;
const borderLines = (
  clippedBorders.type === 'LineString' ? [clippedBorders.coordinates] : clippedBorders.coordinates
)
  .map((line) => {
    const r = roundTo(BASEMAP_DECIMALS);
    const out = [];
    for (const [lon, lat] of line) {
      const p = [r(lon), r(lat)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  })
  .filter((line) => line.length >= 2);
const basemapBorders = [
  { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } },
];

// Label anchors: centre of mass of the largest part inside the region, else a point on that part.
const basemapById = new Map(basemapCountries.map((f) => [f.properties.id, f]));
const basemapLabels = fullCountries.map((country) => {
  const id = country.properties.id;
  const inRegion = clipPolygonal(country.geometry, REGION_BBOX);
  const parts = inRegion.type === 'Polygon' ? [inRegion.coordinates] : inRegion.coordinates;
  const largest = parts
    .map((rings) => turf.polygon(rings))
    .reduce((best, part) => (turf.area(part) > turf.area(best) ? part : best));
  const r = roundTo(BASEMAP_DECIMALS);
  let anchor = turf.centerOfMass(largest).geometry.coordinates.map(r);
  const shown = basemapById.get(id);
  const inside = (p) =>
    turf.booleanPointInPolygon(p, largest) && (!shown || turf.booleanPointInPolygon(p, shown.geometry));
  if (!inside(anchor)) anchor = turf.pointOnFeature(largest).geometry.coordinates.map(r);
  if (!inside(anchor)) throw new Error(`no label anchor inside ${id}`);
  return { type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: anchor } };
});

// The tolerance is a promise about the output: verify it before writing anything the map ships.
const fullById = new Map(fullCountries.map((f) => [f.properties.id, f]));
let measuredShiftKm = 0;
for (const id of MEMBERS) {
  const shift = maxBorderShiftKm(fullById.get(id).geometry, basemapById.get(id).geometry);
  measuredShiftKm = Math.max(measuredShiftKm, shift);
  if (shift > TOLERANCE_KM) {
    throw new Error(`${id}: basemap border moved ${shift.toFixed(3)} km > tolerance ${TOLERANCE_KM} km`);
  }
}

const basemapFiles = [
  writeGeo('basemap/land.geojson', stringifyCollection(basemapLand)),
  writeGeo('basemap/countries.geojson', stringifyCollection(basemapCountries)),
  writeGeo('basemap/borders.geojson', stringifyCollection(basemapBorders)),
  writeGeo('basemap/country-labels.geojson', stringifyCollection(basemapLabels)),
];
const basemapGzip = basemapFiles.reduce((sum, f) => sum + f.gzip, 0);
if (basemapGzip > GZIP_BUDGET_BYTES) {
  throw new Error(`basemap is ${basemapGzip} bytes gzipped, over the ${GZIP_BUDGET_BYTES} byte budget`);
}

const meta = {
  source: SOURCE,
  builtFrom: ['node_modules/world-atlas/countries-50m.json', 'node_modules/world-atlas/land-50m.json'],
  builtBy: 'scripts/build-geo.mjs',
  toleranceKm: TOLERANCE_KM,
  simplifyWeightKm: SIMPLIFY_WEIGHT_KM,
  simplifyWeight: 'distance from a vertex to the chord of its neighbours (topojson-simplify presimplify)',
  minRingAreaKm2: MIN_RING_AREA_KM2,
  decimals: BASEMAP_DECIMALS,
  bbox: BASEMAP_BBOX,
  regionBbox: REGION_BBOX,
  measuredMaxShiftKm: Math.round(measuredShiftKm * 1000) / 1000,
  gzipBudgetBytes: GZIP_BUDGET_BYTES,
};
writeGeo('basemap/meta.json', `${JSON.stringify(meta, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------

for (const f of written)
  console.log(`${f.path.padEnd(36)} ${String(f.raw).padStart(9)} B  ${String(f.gzip).padStart(8)} B gzip`);
console.log(`basemap (4 files) gzip total: ${basemapGzip} B of ${GZIP_BUDGET_BYTES} B`);
console.log(
  `tolerance ${TOLERANCE_KM} km; measured max member-border shift ${measuredShiftKm.toFixed(3)} km`,
);

// 3. Route legs and their stations (scripts/build-routes.mjs).
await import('./build-routes.mjs');
