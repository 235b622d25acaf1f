// featuresToGeoJson: the features on show as an RFC 7946 FeatureCollection with ids, names and kinds.
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountryFeature } from '../../src/data/schema';
import { type ExportFeature, featuresToGeoJson } from '../../src/export/geojson';
import { fixtureDataset } from '../fixtures/world';

const { places, segments, countries, routes } = fixtureDataset;

/** Twice the signed planar area of a ring; positive when counterclockwise. Written here, not imported. */
const area2 = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x2 = 0, y2 = 0], i) => {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    return sum + x1 * y2 - x2 * y1;
  }, 0);

const clockwiseSquare = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x, y + size],
  [x + size, y + size],
  [x + size, y],
  [x, y],
];

/** Azerbaijan as a clockwise square with a counterclockwise hole: both against RFC 7946's rule. */
const wrongWayAze: CountryFeature = Object.freeze({
  type: 'Feature',
  id: 'AZE',
  properties: { id: 'AZE', member: true },
  geometry: {
    type: 'Polygon',
    coordinates: [clockwiseSquare(45, 38, 5), [...clockwiseSquare(47, 40, 1)].reverse()],
  },
}) as CountryFeature;

/** Georgia as a MultiPolygon of two clockwise squares; a fresh copy each call. */
const makeGeorgia = (): CountryFeature => ({
  type: 'Feature',
  properties: { id: 'GEO', member: false },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[clockwiseSquare(40, 41, 2)], [clockwiseSquare(43, 42, 1)]],
  },
});

const collection = featuresToGeoJson({
  places,
  segments,
  countries,
  routes,
  countryShapes: [wrongWayAze, makeGeorgia()],
});

function feature(id: string): ExportFeature {
  const found = collection.features.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no exported feature ${id}`);
  return found;
}

describe('featuresToGeoJson', () => {
  it('returns a FeatureCollection without a crs member', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(Object.keys(collection)).toEqual(['type', 'features']);
  });

  it('exports every place, leg and country shape given, once', () => {
    const ids = collection.features.map((f) => f.id);
    const expected = [
      ...places.map((p) => p.properties.id),
      ...segments.map((s) => s.properties.id),
      'AZE',
      'GEO',
    ];
    expect(ids).toEqual(expected);
  });

  it('gives each feature its id both as the feature id and as a property', () => {
    for (const f of collection.features) expect(f.properties.id).toBe(f.id);
  });

  it('writes a place as a Point at its [lon, lat]', () => {
    expect(feature('kars').geometry).toEqual({ type: 'Point', coordinates: [43.08548, 40.59825] });
  });

  it('gives a place its kind, its country and its three names', () => {
    expect(feature('port-of-baku').properties).toMatchObject({
      kind: 'port',
      country: 'AZE',
      name_az: 'Bakı Beynəlxalq Dəniz Ticarət Limanı',
      name_ru: 'Бакинский международный морской торговый порт',
      name_en: 'Port of Baku',
    });
  });

  it('writes a leg as its LineString, with the same positions', () => {
    const leg = segments.find((s) => s.properties.id === 'btk-tbilisi-kars');
    expect(feature('btk-tbilisi-kars').geometry).toEqual(leg?.geometry);
  });

  it('gives a leg its route, mode and end points, with kind "segment"', () => {
    expect(feature('titr-aktau-alat').properties).toMatchObject({
      kind: 'segment',
      route: 'titr',
      mode: 'sea',
      from: 'port-aktau',
      to: 'port-of-baku',
    });
  });

  it('names a leg by its end places in each language', () => {
    expect(feature('btk-tbilisi-kars').properties.name_en).toBe('Tbilisi – Kars');
  });

  it('gives a leg its route’s names', () => {
    expect(feature('btk-tbilisi-kars').properties.route_name_en).toBe('Baku–Tbilisi–Kars railway');
  });

  it('names a leg end it has no place for by its id', () => {
    const only = featuresToGeoJson({ places: [], segments, countries, routes });
    expect(only.features.find((f) => f.id === 'btk-tbilisi-kars')?.properties.name_ru).toBe('tbilisi – kars');
  });

  it('gives a country its membership and its names from the country records', () => {
    expect(feature('AZE').properties).toMatchObject({
      kind: 'country',
      member: true,
      name_az: 'Azərbaycan',
      name_ru: 'Азербайджан',
      name_en: 'Azerbaijan',
    });
  });

  it('turns exterior rings counterclockwise and holes clockwise (RFC 7946 §3.1.6)', () => {
    const polygons = [feature('AZE'), feature('GEO')].flatMap((f) => {
      if (f.geometry.type === 'Polygon') return [f.geometry.coordinates];
      return f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    });
    expect(polygons).toHaveLength(3);
    for (const polygon of polygons) {
      expect(polygon.map((ring) => area2(ring) > 0)).toEqual(polygon.map((_, i) => i === 0));
    }
  });

  it('keeps the ring’s positions when it turns it', () => {
    const geometry = feature('AZE').geometry;
    const exterior = geometry.type === 'Polygon' ? geometry.coordinates[0] : [];
    expect(exterior).toEqual([...clockwiseSquare(45, 38, 5)].reverse());
  });

  it('exports no countries when given no country shapes', () => {
    const without = featuresToGeoJson({ places, segments, countries, routes });
    expect(without.features.some((f) => f.properties.kind === 'country')).toBe(false);
  });

  it('leaves the shapes it is given untouched', () => {
    const shape = makeGeorgia();
    featuresToGeoJson({ places, segments, countries, routes, countryShapes: [shape] });
    expect(shape).toEqual(makeGeorgia());
  });

  it('holds nothing that JSON would drop or change', () => {
    expect(JSON.parse(JSON.stringify(collection))).toStrictEqual(collection);
  });
});
