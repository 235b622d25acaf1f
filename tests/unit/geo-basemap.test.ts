// The offline basemap in geo/basemap/: within its gzip budget, member borders within the recorded
// simplification tolerance of full-detail Natural Earth 50m, the Caspian left as water, labels inside.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { area, bbox, booleanPointInPolygon, lineString, pointToLineDistance, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

const BASEMAP_FILES = ['land.geojson', 'countries.geojson', 'borders.geojson', 'country-labels.geojson'];
const BUDGET_BYTES = 120 * 1024;
const MEMBERS = ['AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const ROUTE_COUNTRIES = ['GEO', 'TUR', 'CHN'];
/** Vertices of the simplified boundary per chunk, so a point is measured only against nearby chunks. */
const CHUNK = 16;

type Shape = Feature<Polygon | MultiPolygon, { id: string; member: boolean }>;

function readText(path: string): string {
  return readFileSync(new URL(`../../geo/${path}`, import.meta.url), 'utf8');
}
function readCollection<T extends Feature>(path: string): FeatureCollection<T['geometry'], T['properties']> {
  return JSON.parse(readText(path));
}

const meta = JSON.parse(readText('basemap/meta.json')) as { toleranceKm: number; minRingAreaKm2: number };
const full = readCollection<Shape>('countries.geojson').features;
const basemap = readCollection<Shape>('basemap/countries.geojson').features;
const basemapLand = readCollection<Feature<Polygon | MultiPolygon>>('basemap/land.geojson').features;
const labels = readCollection<Feature<Point, { id: string }>>('basemap/country-labels.geojson').features;

function shape(features: readonly Shape[], id: string): Shape {
  const found = features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The boundary as short lines with their boxes. */
function boundaryChunks(geometry: Polygon | MultiPolygon): { line: Feature<LineString>; box: number[] }[] {
  const chunks: { line: Feature<LineString>; box: number[] }[] = [];
  for (const ring of rings(geometry)) {
    for (let i = 0; i < ring.length - 1; i += CHUNK) {
      const line = lineString(ring.slice(i, i + CHUNK + 1));
      chunks.push({ line, box: bbox(line) });
    }
  }
  return chunks;
}

/** Largest distance (km) from any full-detail border vertex to the simplified border. */
function maxShiftKm(fullShape: Shape, simplifiedShape: Shape, marginDeg: number): number {
  const chunks = boundaryChunks(simplifiedShape.geometry);
  let worst = 0;
  for (const ring of rings(fullShape.geometry)) {
    // Rings the build drops on purpose (islets under minRingAreaKm2); 1.5× covers area-formula differences.
    if (area(polygon([ring])) / 1e6 < 1.5 * meta.minRingAreaKm2) continue;
    for (const p of ring) {
      const [lon = 0, lat = 0] = p;
      let best = Number.POSITIVE_INFINITY;
      for (const { line, box } of chunks) {
        const [w = 0, s = 0, e = 0, n = 0] = box;
        if (lon < w - marginDeg || lon > e + marginDeg || lat < s - marginDeg || lat > n + marginDeg)
          continue;
        // Planar: GeoJSON edges are straight in lon/lat (RFC 7946 §3.1.1), not great circles; along the
        // 200-km straight KAZ–UZB line across the Aral Sea the two readings differ by about 1 km.
        best = Math.min(best, pointToLineDistance(p, line, { units: 'kilometers', method: 'planar' }));
      }
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

describe('basemap size', () => {
  it('ships the four basemap files in at most 120 KB gzipped', () => {
    const gzipBytes = BASEMAP_FILES.reduce((sum, f) => sum + gzipSync(readText(`basemap/${f}`)).length, 0);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe('basemap borders', () => {
  it('records a positive simplification tolerance of a few km at most', () => {
    expect(meta.toleranceKm).toBeGreaterThan(0);
    expect(meta.toleranceKm).toBeLessThanOrEqual(5);
  });

  it.each(MEMBERS)('keeps every %s border within the tolerance of full-detail Natural Earth 50m', (id) => {
    // A margin of twice the tolerance in degrees of latitude: no nearer chunk can be skipped.
    const marginDeg = (2 * meta.toleranceKm) / 111 / Math.cos((56 * Math.PI) / 180);
    expect(maxShiftKm(shape(full, id), shape(basemap, id), marginDeg)).toBeLessThanOrEqual(meta.toleranceKm);
  });

  it('flags the seven members, and names the route countries by alpha-3', () => {
    const members = basemap.filter((f) => f.properties.member).map((f) => f.properties.id);
    expect(members.sort()).toEqual([...MEMBERS].sort());
    for (const id of ROUTE_COUNTRIES) expect(shape(basemap, id).properties.member).toBe(false);
  });
});

describe('basemap water and labels', () => {
  it('leaves the middle of the Caspian Sea as water', () => {
    const caspian: Position = [51, 42];
    expect(basemapLand.some((f) => booleanPointInPolygon(caspian, f))).toBe(false);
    expect(basemap.some((f) => booleanPointInPolygon(caspian, f))).toBe(false);
  });

  it('places one label per member and route country, inside its basemap polygon', () => {
    expect(labels.map((l) => l.properties.id).sort()).toEqual([...MEMBERS, ...ROUTE_COUNTRIES].sort());
    for (const label of labels) {
      expect(booleanPointInPolygon(label, shape(basemap, label.properties.id)), label.properties.id).toBe(
        true,
      );
    }
  });
});
