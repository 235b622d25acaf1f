// Lengths, bounding boxes and great-circle distances of the route legs (pure Turf; no DOM, no MapLibre).
// Distances are geodesic on Turf's sphere (R = 6371.0088 km), in kilometres.
import { bbox, distance, featureCollection, length, lineString } from '@turf/turf';
import type { Feature } from 'geojson';
import type { RouteId, SegmentFeature } from '../data/schema';

export type LonLat = readonly [number, number];
/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface LengthByModeKm {
  rail: number;
  sea: number;
  total: number;
}

/** Length of one leg along its drawn vertices. */
export function segmentLengthKm(seg: SegmentFeature): number {
  const coords = seg.geometry.coordinates.map(([lon, lat]) => [lon, lat]);
  return length(lineString(coords), { units: 'kilometers' });
}

/**
 * Rail, sea and total length of one route. Each leg counts once for the route it belongs to: a TITR leg
 * drawn along the BTK counts for TITR and its BTK twin for BTK, and a leg listed twice counts once.
 */
export function routeLengthKmByMode(segments: readonly SegmentFeature[], routeId: RouteId): LengthByModeKm {
  const seen = new Set<string>();
  const result: LengthByModeKm = { rail: 0, sea: 0, total: 0 };
  for (const seg of segments) {
    const { route, mode, id } = seg.properties;
    if (route !== routeId || seen.has(id)) continue;
    seen.add(id);
    const km = segmentLengthKm(seg);
    result[mode] += km;
    result.total += km;
  }
  return result;
}

/** Bounding box of any GeoJSON features; throws on an empty list (there is no box to fit to). */
export function bboxOf(features: readonly Feature[]): BBox {
  if (features.length === 0) throw new RangeError('bboxOf needs at least one feature');
  const [west, south, east, north] = bbox(featureCollection([...features]));
  return [west, south, east, north];
}

/** Great-circle distance between two [lon, lat] positions. */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}
