// The geometry checks on the frozen fixture world: each defect class is caught, clean data passes.
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
} from '../../src/data/geometry-checks';
import type { PlaceFeature } from '../../src/data/schema';
import { defectRoute, world } from '../fixtures/geo/world';

function movedPlace(place: PlaceFeature, coordinates: [number, number], country?: string): PlaceFeature {
  return {
    ...place,
    geometry: { type: 'Point', coordinates },
    properties: { ...place.properties, country: country ?? place.properties.country },
  };
}

/** The [lon, lat] printed at the end of a surface-check message. */
function reportedPoint(message: string): [number, number] {
  const match = /\[(-?[\d.]+), (-?[\d.]+)\]$/.exec(message);
  if (!match) throw new Error(`no position in: ${message}`);
  return [Number(match[1]), Number(match[2])];
}

describe('clean data', () => {
  it('gives no error from any geometry check', () => {
    const errors = [
      ...checkPlacesInCountry(world.places, world.countries),
      ...checkSegmentEnds(world.routes, world.places),
      ...checkSegmentVia(world.routes, world.places),
      ...checkSegmentsOnSurface(world.routes, world.land),
      ...checkSegmentsInCountries(world.routes, world.places, world.countries),
      ...checkStationLegsSourced(world.routes, world.places),
      ...checkRailSpacing(world.routes, 400),
    ];
    expect(errors).toEqual([]);
  });
});

describe('checkPlacesInCountry', () => {
  it('reports a place lying outside its country, with file, record and field', () => {
    const errors = checkPlacesInCountry(world.defectPlaces, world.countries);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'geo/places.geojson',
      record: 'stray',
      field: 'geometry.coordinates',
    });
    expect(errors[0]?.message).toMatch(/111\.\d km outside AAA/);
  });

  it('accepts a place just off its country within the tolerance', () => {
    const [portA] = world.places.filter((p) => p.properties.id === 'port-a');
    if (!portA) throw new Error('fixture port-a missing');
    expect(checkPlacesInCountry([movedPlace(portA, [4.02, 0])], world.countries, 5)).toEqual([]);
  });

  it('reports a place whose country has no shape', () => {
    const [place] = world.places;
    if (!place) throw new Error('fixture places missing');
    const errors = checkPlacesInCountry([movedPlace(place, [1, 0], 'ZZZ')], world.countries);
    expect(errors.map((e) => e.field)).toEqual(['properties.country']);
  });
});

describe('checkSegmentEnds', () => {
  it('reports a leg that does not start at its from-place', () => {
    const errors = checkSegmentEnds([defectRoute('offset-start')], world.places);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'geo/routes.geojson',
      record: 'offset-start',
      field: 'geometry.coordinates',
    });
    expect(errors[0]?.message).toMatch(/^starts 55\.\d\d km from its place "inland-a"/);
  });
});

describe('checkSegmentsOnSurface', () => {
  it('reports a rail leg crossing water at the first point past the coast', () => {
    const errors = checkSegmentsOnSurface([defectRoute('wet-rail')], world.land);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^rail leg leaves land at /);
    const [lon, lat] = reportedPoint(errors[0]?.message ?? '');
    expect(lon).toBeGreaterThan(4);
    expect(lon).toBeLessThan(4.02);
    expect(lat).toBeCloseTo(0, 6);
  });

  it('reports a sea leg crossing land at the first point past the port allowance', () => {
    const errors = checkSegmentsOnSurface([defectRoute('dry-sea')], world.land, 8);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^sea leg crosses land at /);
    const [lon] = reportedPoint(errors[0]?.message ?? '');
    // 8 km west of the port at lon 4, sampled every ≤ 2 km.
    expect(lon).toBeLessThan(4 - 8 / 111.2);
    expect(lon).toBeGreaterThan(4 - 10.1 / 111.2);
  });

  it('lets a leg start on the coast only within the port allowance', () => {
    const seaLeg = world.routes.filter((r) => r.properties.mode === 'sea');
    expect(checkSegmentsOnSurface(seaLeg, world.land, 8)).toEqual([]);
    expect(checkSegmentsOnSurface(seaLeg, world.land, 0)).toHaveLength(1);
  });
});

describe('checkSegmentVia', () => {
  it('reports a via place that the line does not pass through', () => {
    const errors = checkSegmentVia([defectRoute('via-off-line')], world.places);
    expect(errors).toEqual([expect.objectContaining({ record: 'via-off-line', field: 'properties.via.0' })]);
  });

  it('reports a via id that names no place', () => {
    const errors = checkSegmentVia([defectRoute('unknown-via')], world.places);
    expect(errors).toEqual([
      expect.objectContaining({
        record: 'unknown-via',
        field: 'properties.via.0',
        message: '"nowhere" is not a place',
      }),
    ]);
  });
});

describe('checkStationLegsSourced', () => {
  it('reports a leg drawn through stations with a vertex that is not one of its places', () => {
    const errors = checkStationLegsSourced([defectRoute('waypoint-stations')], world.places);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: 'waypoint-stations', field: 'geometry.coordinates' });
    expect(errors[0]?.message).toMatch(/^vertex 1 \[2\.5000, 0\.0000\] is not one of its places/);
  });

  it('lets a schematic leg carry plain waypoints', () => {
    expect(checkStationLegsSourced([defectRoute('foreign-rail')], world.places)).toEqual([]);
  });
});

describe('checkRailSpacing', () => {
  it('reports a rail leg drawn through stations with two vertices farther apart than the limit', () => {
    // inland-a [1, 0] to port-a [4, 0]: 3° of the equator, 333.6 km.
    const errors = checkRailSpacing(world.routes, 150);
    expect(errors.map((e) => e.record)).toEqual([
      'btk-port-west-port-a',
      'titr-inland-a-port-a',
      'titr-port-b-inland-b',
    ]);
    expect(errors[0]?.message).toMatch(/^333\.6 km from vertex 1 to 2 without a station \(max 150 km\)$/);
  });

  it('leaves sea legs and schematic rail legs alone', () => {
    const sea = world.routes.filter((r) => r.properties.mode === 'sea');
    expect(sea.length).toBeGreaterThan(0);
    expect(checkRailSpacing([...sea, defectRoute('foreign-rail')], 100)).toEqual([]);
  });
});

describe('checkDrawnLength', () => {
  // BTK in the fixture world: port-west [0, 0] → inland-a → port-a [4, 0], 4° of the equator = 444.8 km.
  const btk = { routeId: 'btk', fromId: 'port-west', toId: 'port-a' } as const;

  it('accepts a drawn length within 5 % of the published range', () => {
    expect(checkDrawnLength(world.routes, world.places, { ...btk, publishedKm: [460, 470] })).toEqual([]);
  });

  it('reports a drawn length more than 5 % short of the shortest published value', () => {
    const errors = checkDrawnLength(world.routes, world.places, { ...btk, publishedKm: [470, 500] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'geo/routes.geojson', record: 'btk' });
    expect(errors[0]?.message).toMatch(
      /^drawn port-west → port-a is 444\.8 km, 5\.4 % short of the published 470–500 km/,
    );
  });

  it('reports a drawn length more than 5 % over the longest published value', () => {
    const errors = checkDrawnLength(world.routes, world.places, { ...btk, publishedKm: [400, 420] });
    expect(errors[0]?.message).toMatch(/444\.8 km, over the published 400–420 km/);
  });

  it('reports a route whose legs do not lead from one place to the other', () => {
    const errors = checkDrawnLength(world.routes, world.places, {
      ...btk,
      fromId: 'port-a',
      toId: 'port-west',
      publishedKm: [400],
    });
    expect(errors[0]?.message).toBe('no drawn btk legs lead from "port-a" to "port-west"');
  });
});

describe('checkSegmentsInCountries', () => {
  it('reports a rail leg drawn through a country none of its places is in', () => {
    const errors = checkSegmentsInCountries([defectRoute('foreign-rail')], world.places, world.countries, 5);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: 'foreign-rail', field: 'geometry.coordinates' });
    expect(errors[0]?.message).toMatch(/^rail leg leaves AAA at /);
    const [, lat] = reportedPoint(errors[0]?.message ?? '');
    // The first point more than 5 km north of the AAA–CCC border at lat 2.
    expect(lat).toBeGreaterThan(2 + 5 / 111.2);
    expect(lat).toBeLessThan(2 + 7.1 / 111.2);
  });
});
