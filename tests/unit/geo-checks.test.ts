// The geometry checks on the frozen fixture world: each defect class is caught, clean data passes.
import { describe, expect, it } from 'vitest';
import {
  checkPlacesInCountry,
  checkSegmentEnds,
  checkSegmentsInCountries,
  checkSegmentsOnSurface,
  checkSegmentVia,
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
