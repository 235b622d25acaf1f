// Geometry checks of places and route legs against Natural Earth shapes (geo/countries.geojson, geo/land.geojson).
// Pure: each returns DataErrors; unknown place ids are left to the reference checks in integrity.ts.
import { booleanPointInPolygon, distance, lineString, pointToLineDistance } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { drawnLengthKm } from '../geo/drawn-length';
import { DATA_FILES } from './files';
import type { DataError, PlaceFeature, RouteId, SegmentFeature } from './schema';

type ShapeRing = readonly (readonly number[])[];
/** A Polygon or MultiPolygon geometry, read-only (schema types and plain GeoJSON both fit). */
export type PolygonalGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly ShapeRing[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly ShapeRing[])[] };
export interface CountryShape {
  readonly properties: { readonly id: string };
  readonly geometry: PolygonalGeometry;
}
export interface LandShapes {
  readonly features: readonly { readonly geometry: PolygonalGeometry }[];
}

/** Legs end at their places within this distance (rounding of hand-typed coordinates). */
export const END_TOLERANCE_KM = 0.05;
/** Spacing of the points tested along a leg. */
export const SAMPLE_STEP_KM = 2;
/** A rail leg drawn through stations has a sourced point at least this often. */
export const MAX_RAIL_STEP_KM = 150;
/** Drawn and published lengths of a route agree within this fraction. */
export const LENGTH_TOLERANCE = 0.05;

const FIELD = 'geometry.coordinates';

interface IndexedPolygon {
  readonly box: readonly [number, number, number, number];
  readonly polygon: Polygon;
}

/** Splits a geometry into polygons with their bounding boxes, so a point test can skip most of them. */
function indexPolygons(geometry: PolygonalGeometry): IndexedPolygon[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((rings) => {
    const coordinates: Position[][] = rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon, lat]));
    let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon = 0, lat = 0] of coordinates[0] ?? []) {
      box = [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
    }
    return { box, polygon: { type: 'Polygon', coordinates } };
  });
}

function inIndex(index: readonly IndexedPolygon[], p: Position): boolean {
  const [lon = 0, lat = 0] = p;
  return index.some(
    ({ box, polygon }) =>
      lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3] && booleanPointInPolygon(p, polygon),
  );
}

/** Distance (km) from a point to the nearest ring; planar, as GeoJSON edges are straight in lon/lat. */
function distanceToBoundaryKm(index: readonly IndexedPolygon[], p: Position): number {
  let best = Infinity;
  for (const { polygon } of index) {
    for (const ring of polygon.coordinates) {
      best = Math.min(
        best,
        pointToLineDistance(p, lineString(ring), { units: 'kilometers', method: 'planar' }),
      );
    }
  }
  return best;
}

const fmt = (p: Position): string => `[${p.map((x) => x.toFixed(4)).join(', ')}]`;

/** Every place lies in the polygon of its `country`, or within `toleranceKm` of it (ports on a coarse coast). */
export function checkPlacesInCountry(
  places: readonly PlaceFeature[],
  countryShapes: readonly CountryShape[],
  toleranceKm = 5,
): DataError[] {
  const shapes = new Map(countryShapes.map((c) => [c.properties.id, indexPolygons(c.geometry)]));
  const errors: DataError[] = [];
  for (const place of places) {
    const { id, country } = place.properties;
    const index = shapes.get(country);
    const file = DATA_FILES.places;
    if (!index) {
      errors.push({
        file,
        record: id,
        field: 'properties.country',
        message: `no shape for country "${country}"`,
      });
      continue;
    }
    const p: Position = [...place.geometry.coordinates];
    if (inIndex(index, p)) continue;
    const km = distanceToBoundaryKm(index, p);
    if (km > toleranceKm) {
      const message = `${fmt(p)} is ${km.toFixed(1)} km outside ${country} (tolerance ${toleranceKm} km)`;
      errors.push({ file, record: id, field: FIELD, message });
    }
  }
  return errors;
}

/** The first and last positions of every leg are its `from` and `to` places (within 0.05 km). */
export function checkSegmentEnds(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
): DataError[] {
  const at = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
  const errors: DataError[] = [];
  for (const seg of segments) {
    const coords = seg.geometry.coordinates;
    const ends = [
      { role: 'starts', placeId: seg.properties.from, position: coords[0] },
      { role: 'ends', placeId: seg.properties.to, position: coords[coords.length - 1] },
    ];
    for (const { role, placeId, position } of ends) {
      const place = at.get(placeId);
      if (!place || !position) continue;
      const km = distance([...position], [...place], { units: 'kilometers' });
      if (km > END_TOLERANCE_KM) {
        errors.push({
          file: DATA_FILES.segments,
          record: seg.properties.id,
          field: FIELD,
          message: `${role} ${km.toFixed(2)} km from its place "${placeId}" (max ${END_TOLERANCE_KM} km)`,
        });
      }
    }
  }
  return errors;
}

// Positions along a straight edge as the map draws it: straight in Web Mercator.
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercatorY = (y: number): number => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** Points every ≤ SAMPLE_STEP_KM along a line, vertices included. */
function samplePoints(coords: readonly (readonly number[])[]): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < coords.length; i++) {
    const [lon0 = 0, lat0 = 0] = coords[i - 1] ?? [];
    const [lon1 = 0, lat1 = 0] = coords[i] ?? [];
    const n = Math.max(
      1,
      Math.ceil(distance([lon0, lat0], [lon1, lat1], { units: 'kilometers' }) / SAMPLE_STEP_KM),
    );
    const y0 = mercatorY(lat0);
    const y1 = mercatorY(lat1);
    for (let k = i === 1 ? 0 : 1; k <= n; k++) {
      const t = k / n;
      out.push([lon0 + t * (lon1 - lon0), latOfMercatorY(y0 + t * (y1 - y0))]);
    }
  }
  return out;
}

/**
 * Rail legs stay on land and sea legs on water, except within `portAllowanceKm` of either end (a port on a
 * coarse coast may fall just inland or just offshore). Reports the first offending point of each leg.
 */
export function checkSegmentsOnSurface(
  segments: readonly SegmentFeature[],
  land: LandShapes,
  portAllowanceKm = 8,
): DataError[] {
  const index = land.features.flatMap((f) => indexPolygons(f.geometry));
  const errors: DataError[] = [];
  for (const seg of segments) {
    const coords = seg.geometry.coordinates;
    const first = coords[0];
    const last = coords[coords.length - 1];
    if (!first || !last) continue;
    const wantLand = seg.properties.mode === 'rail';
    const nearEnd = (p: Position): boolean =>
      distance(p, [...first], { units: 'kilometers' }) < portAllowanceKm ||
      distance(p, [...last], { units: 'kilometers' }) < portAllowanceKm;
    const offending = samplePoints(coords).find((p) => inIndex(index, p) !== wantLand && !nearEnd(p));
    if (offending) {
      const what = wantLand ? 'rail leg leaves land' : 'sea leg crosses land';
      errors.push({
        file: DATA_FILES.segments,
        record: seg.properties.id,
        field: FIELD,
        message: `${what} at ${fmt(offending)}`,
      });
    }
  }
  return errors;
}

/**
 * Rail legs run only through the countries of their own places (from, via, to), within `toleranceKm` of them:
 * a schematic line cut across a third country would draw the corridor somewhere it does not go.
 */
export function checkSegmentsInCountries(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
  countryShapes: readonly CountryShape[],
  toleranceKm = 5,
): DataError[] {
  const shapes = new Map(countryShapes.map((c) => [c.properties.id, indexPolygons(c.geometry)]));
  const countryOf = new Map(places.map((p) => [p.properties.id, p.properties.country]));
  const errors: DataError[] = [];
  for (const seg of segments) {
    if (seg.properties.mode !== 'rail') continue;
    const { from, via = [], to } = seg.properties;
    const countries = [...new Set([from, ...via, to].map((id) => countryOf.get(id)))];
    const index = countries.flatMap((c) => (c === undefined ? [] : (shapes.get(c) ?? [])));
    if (index.length === 0) continue;
    const offending = samplePoints(seg.geometry.coordinates).find(
      (p) => !inIndex(index, p) && distanceToBoundaryKm(index, p) > toleranceKm,
    );
    if (offending) {
      errors.push({
        file: DATA_FILES.segments,
        record: seg.properties.id,
        field: FIELD,
        message: `rail leg leaves ${countries.join('/')} at ${fmt(offending)}`,
      });
    }
  }
  return errors;
}

/**
 * Every `via` id names a place, and that place is a vertex of the leg (within 0.05 km), in the listed order:
 * the drawn line really passes through it.
 */
export function checkSegmentVia(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
): DataError[] {
  const at = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
  const errors: DataError[] = [];
  for (const seg of segments) {
    const coords = seg.geometry.coordinates;
    let from = 1;
    for (const [i, placeId] of (seg.properties.via ?? []).entries()) {
      const place = at.get(placeId);
      if (!place) {
        errors.push({
          file: DATA_FILES.segments,
          record: seg.properties.id,
          field: `properties.via.${i}`,
          message: `"${placeId}" is not a place`,
        });
        continue;
      }
      const hit = coords.findIndex(
        (c, k) => k >= from && distance([...c], [...place], { units: 'kilometers' }) <= END_TOLERANCE_KM,
      );
      if (hit < 0) {
        errors.push({
          file: DATA_FILES.segments,
          record: seg.properties.id,
          field: `properties.via.${i}`,
          message: `"${placeId}" is not a vertex of the line after the previous via place`,
        });
        continue;
      }
      from = hit + 1;
    }
  }
  return errors;
}

const km = (p: readonly number[], q: readonly number[]): number =>
  distance([...p], [...q], { units: 'kilometers' });

/**
 * A leg drawn through `stations` has no other vertices than its from, via and to places, in that order: every
 * intermediate point is a place with its coordinate source. (Schematic legs may add plain waypoints.)
 */
export function checkStationLegsSourced(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
): DataError[] {
  const at = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
  const errors: DataError[] = [];
  for (const seg of segments) {
    const { id, precision, from, via = [], to } = seg.properties;
    if (precision !== 'stations') continue;
    const stops = [from, ...via, to];
    const coords = seg.geometry.coordinates;
    const index = coords.findIndex((c, k) => {
      const place = at.get(stops[k] ?? '');
      return !place || km(c, place) > END_TOLERANCE_KM;
    });
    if (index >= 0 || coords.length !== stops.length) {
      const where = index >= 0 ? `vertex ${index} ${fmt([...(coords[index] ?? [])])}` : 'a vertex';
      errors.push({
        file: DATA_FILES.segments,
        record: id,
        field: FIELD,
        message: `${where} is not one of its places (from, via, to); mark the leg schematic or add the station`,
      });
    }
  }
  return errors;
}

/**
 * No two consecutive vertices of a rail leg drawn through `stations` lie more than `maxKm` apart: a longer
 * straight line skips the stations between. Schematic legs say they are sketches and are not held to it.
 */
export function checkRailSpacing(segments: readonly SegmentFeature[], maxKm = MAX_RAIL_STEP_KM): DataError[] {
  const errors: DataError[] = [];
  for (const seg of segments) {
    const { id, mode, precision } = seg.properties;
    if (mode !== 'rail' || precision !== 'stations') continue;
    const coords = seg.geometry.coordinates;
    for (let i = 1; i < coords.length; i++) {
      const a = coords[i - 1];
      const b = coords[i];
      if (!a || !b) continue;
      const stepKm = km(a, b);
      if (stepKm > maxKm) {
        errors.push({
          file: DATA_FILES.segments,
          record: id,
          field: FIELD,
          message: `${stepKm.toFixed(1)} km from vertex ${i - 1} to ${i} without a station (max ${maxKm} km)`,
        });
      }
    }
  }
  return errors;
}

/** A route's published length between two places: every published value, in km (sources disagree). */
export interface PublishedLength {
  readonly routeId: RouteId;
  readonly fromId: string;
  readonly toId: string;
  readonly publishedKm: readonly number[];
}

/**
 * The drawn length from `fromId` to `toId` along the route's legs lies within `tolerance` (a fraction) of the
 * published range [min, max]: at least min × (1 − tolerance), at most max × (1 + tolerance).
 */
export function checkDrawnLength(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
  published: PublishedLength,
  tolerance = LENGTH_TOLERANCE,
): DataError[] {
  const { routeId, fromId, toId, publishedKm } = published;
  if (publishedKm.length === 0) return [];
  const drawnKm = drawnLengthKm(segments, places, routeId, fromId, toId);
  const low = Math.min(...publishedKm) * (1 - tolerance);
  const high = Math.max(...publishedKm) * (1 + tolerance);
  const range = `${Math.min(...publishedKm)}–${Math.max(...publishedKm)} km`;
  const error = (message: string): DataError[] => [
    { file: DATA_FILES.segments, record: routeId, field: 'properties.route', message },
  ];
  if (drawnKm === null) return error(`no drawn ${routeId} legs lead from "${fromId}" to "${toId}"`);
  if (drawnKm >= low && drawnKm <= high) return [];
  const off =
    drawnKm < low ? `${(100 * (1 - drawnKm / Math.min(...publishedKm))).toFixed(1)} % short of` : 'over';
  return error(
    `drawn ${fromId} → ${toId} is ${drawnKm.toFixed(1)} km, ${off} the published ${range} (tolerance ${100 * tolerance} %)`,
  );
}
