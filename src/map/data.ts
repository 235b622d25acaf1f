// Turns the validated Dataset into the small GeoJSON sources the map draws (flat properties, one label
// field per language). Pure: no MapLibre, no DOM.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Dataset } from '../data/schema';

export interface MapData {
  routes: FeatureCollection<LineString>;
  places: FeatureCollection<Point>;
  countryLabels: FeatureCollection<Point>;
}

/** Vertices shared with the BTK railway: TITR legs running along it are drawn beside it, not on top. */
function btkVertexSet(dataset: Dataset): Set<string> {
  const set = new Set<string>();
  for (const seg of dataset.segments) {
    if (seg.properties.route !== 'btk') continue;
    for (const [lon, lat] of seg.geometry.coordinates) set.add(`${lon},${lat}`);
  }
  return set;
}

export function buildMapData(dataset: Dataset, labelPoints: FeatureCollection<Point>): MapData {
  const btkVertices = btkVertexSet(dataset);
  const routes: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: dataset.segments.map((seg) => {
      const coords = seg.geometry.coordinates;
      const shared =
        seg.properties.route === 'titr' && coords.every(([lon, lat]) => btkVertices.has(`${lon},${lat}`));
      return {
        type: 'Feature',
        id: seg.properties.id,
        geometry: { type: 'LineString', coordinates: coords.map(([lon, lat]) => [lon, lat]) },
        properties: {
          id: seg.properties.id,
          route: seg.properties.route,
          mode: seg.properties.mode,
          shared,
        },
      };
    }),
  };
  const places: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: dataset.places.map((place) => {
      const p = place.properties;
      const [lon, lat] = place.geometry.coordinates;
      return {
        type: 'Feature',
        id: p.id,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: {
          id: p.id,
          kind: p.kind,
          approximate: p.precision === 'approximate',
          main: p.id === 'port-of-baku' || p.id === 'alat-fez',
          name_az: p.name.az,
          name_ru: p.name.ru,
          name_en: p.name.en,
        },
      };
    }),
  };
  const names = new Map(dataset.countries.map((c) => [c.id, c]));
  const countryLabels: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: labelPoints.features.flatMap((feature) => {
      const id = String(feature.properties?.id ?? feature.id ?? '');
      const country = names.get(id);
      if (!country) return [];
      return [
        {
          type: 'Feature' as const,
          id,
          geometry: feature.geometry,
          properties: {
            id,
            kind: 'country',
            member: country.member,
            name_az: country.name.az,
            name_ru: country.name.ru,
            name_en: country.name.en,
          },
        },
      ];
    }),
  };
  return { routes, places, countryLabels };
}

/** Segment ids that make up a route, for feature-state on the whole route. */
export function segmentIdsOf(dataset: Dataset, routeId: string): string[] {
  return dataset.segments.filter((s) => s.properties.route === routeId).map((s) => s.properties.id);
}
