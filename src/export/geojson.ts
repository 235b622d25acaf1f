// The features on show as one RFC 7946 FeatureCollection: places, route legs and countries, each with its
// id, its names in the three languages and its kind (plus route and mode for legs). No `crs`, [lon, lat].
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Country, CountryFeature, PlaceFeature, Route, SegmentFeature, Text3 } from '../data/schema';

export interface GeoJsonExportInput {
  readonly places: readonly PlaceFeature[];
  readonly segments: readonly SegmentFeature[];
  /** Country shapes to include (the caller passes the subset on show); names come from `countries`. */
  readonly countryShapes?: readonly CountryFeature[];
  readonly countries: readonly Country[];
  readonly routes: readonly Route[];
}

export interface ExportProperties {
  id: string;
  kind: string;
  name_az: string;
  name_ru: string;
  name_en: string;
  [key: string]: string | boolean;
}

export type ExportFeature = Feature<Geometry, ExportProperties> & { id: string };
export interface ExportCollection extends FeatureCollection<Geometry, ExportProperties> {
  features: ExportFeature[];
}

function names(name: Text3 | undefined, fallback: string) {
  return { name_az: name?.az ?? fallback, name_ru: name?.ru ?? fallback, name_en: name?.en ?? fallback };
}

/** Twice the signed planar area; positive for a counterclockwise ring. */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise. Returns copies. */
function rightHandRule(polygon: readonly (readonly Position[])[]): Position[][] {
  return polygon.map((ring, i) => {
    const copy = ring.map((p) => [...p]);
    const ccw = signedArea2(ring) > 0;
    return ccw === (i === 0) ? copy : copy.reverse();
  });
}

function countryGeometry(geometry: CountryFeature['geometry']): Geometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rightHandRule(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rightHandRule) };
}

/** Places, then legs, then countries, as a FeatureCollection ready for JSON.stringify. */
export function featuresToGeoJson(input: GeoJsonExportInput): ExportCollection {
  const placeName = new Map(input.places.map((p) => [p.properties.id, p.properties.name]));
  const routeName = new Map(input.routes.map((r) => [r.id, r.name]));
  const countryName = new Map(input.countries.map((c) => [c.id, c.name]));

  const places = input.places.map(
    ({ geometry, properties: p }): ExportFeature => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [...geometry.coordinates] },
      properties: { id: p.id, kind: p.kind, ...names(p.name, p.id), country: p.country },
    }),
  );

  const segments = input.segments.map(({ geometry, properties: s }): ExportFeature => {
    const from = names(placeName.get(s.from), s.from);
    const to = names(placeName.get(s.to), s.to);
    const route = names(routeName.get(s.route), s.route);
    return {
      type: 'Feature',
      id: s.id,
      geometry: { type: 'LineString', coordinates: geometry.coordinates.map((p) => [...p]) },
      properties: {
        id: s.id,
        kind: 'segment',
        // A leg is named by its end points; the route's own name is alongside.
        name_az: `${from.name_az} – ${to.name_az}`,
        name_ru: `${from.name_ru} – ${to.name_ru}`,
        name_en: `${from.name_en} – ${to.name_en}`,
        route: s.route,
        route_name_az: route.name_az,
        route_name_ru: route.name_ru,
        route_name_en: route.name_en,
        mode: s.mode,
        from: s.from,
        to: s.to,
      },
    };
  });

  const countries = (input.countryShapes ?? []).map(
    ({ geometry, properties: c }): ExportFeature => ({
      type: 'Feature',
      id: c.id,
      geometry: countryGeometry(geometry),
      properties: { id: c.id, kind: 'country', ...names(countryName.get(c.id), c.id), member: c.member },
    }),
  );

  return { type: 'FeatureCollection', features: [...places, ...segments, ...countries] };
}
