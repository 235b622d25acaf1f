// Lengths, boxes and distances of src/geo, checked against values computed independently in the test.
import { describe, expect, it } from 'vitest';
import { countriesCrossed } from '../../src/geo/crossing';
import { drawnLengthKm } from '../../src/geo/drawn-length';
import { bboxOf, greatCircleKm, routeLengthKmByMode, segmentLengthKm } from '../../src/geo/measure';
import { world } from '../fixtures/geo/world';

const R_KM = 6371.0088; // IUGG mean Earth radius
const KM_PER_DEGREE = (2 * Math.PI * R_KM) / 360;
const rad = (deg: number): number => (deg * Math.PI) / 180;

function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.sqrt(h));
}

/** Vincenty's inverse formula on the WGS84 ellipsoid: the geodesic a survey would measure. */
function vincentyKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const L = rad(lon2 - lon1);
  const U1 = Math.atan((1 - f) * Math.tan(rad(lat1)));
  const U2 = Math.atan((1 - f) * Math.tan(rad(lat2)));
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 0;
  let sigma = 0;
  let cos2Alpha = 0;
  let cos2SigmaM = 0;
  for (let i = 0; i < 100; i++) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    sinSigma = Math.hypot(
      Math.cos(U2) * sinLambda,
      Math.cos(U1) * Math.sin(U2) - Math.sin(U1) * Math.cos(U2) * cosLambda,
    );
    cosSigma = Math.sin(U1) * Math.sin(U2) + Math.cos(U1) * Math.cos(U2) * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (Math.cos(U1) * Math.cos(U2) * sinLambda) / sinSigma;
    cos2Alpha = 1 - sinAlpha ** 2;
    cos2SigmaM = cosSigma - (2 * Math.sin(U1) * Math.sin(U2)) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) *
        f *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const deltaSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
          (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (b * A * (sigma - deltaSigma)) / 1000;
}

// FACTS.md B1/B2: Baku GeoNames 587084, Tbilisi GeoNames 611717.
const BAKU: [number, number] = [49.89201, 40.37767];
const TBILISI: [number, number] = [44.83368, 41.69411];

describe('greatCircleKm', () => {
  it('gives Baku–Tbilisi within 1 % of an independent haversine on R = 6371.0088 km', () => {
    const reference = haversineKm(BAKU, TBILISI);
    expect(reference).toBeGreaterThan(440);
    expect(reference).toBeLessThan(460);
    expect(Math.abs(greatCircleKm(BAKU, TBILISI) - reference) / reference).toBeLessThan(0.01);
  });

  it('gives Baku–Tbilisi within 1 % of the WGS84 ellipsoidal geodesic (Vincenty)', () => {
    const reference = vincentyKm(BAKU, TBILISI);
    expect(Math.abs(greatCircleKm(BAKU, TBILISI) - reference) / reference).toBeLessThan(0.01);
  });
});

describe('segmentLengthKm', () => {
  it('measures one degree along the equator as 2πR/360', () => {
    const [leg] = world.routes.filter((r) => r.properties.id === 'titr-port-a-port-b');
    if (!leg) throw new Error('fixture leg missing');
    expect(segmentLengthKm(leg)).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });
});

describe('bboxOf', () => {
  it('returns [west, south, east, north] over all features', () => {
    expect(bboxOf(world.countries)).toEqual([0, -2, 10, 4]);
    expect(bboxOf(world.places)).toEqual([0, 0, 9, 0]);
  });

  it('refuses an empty list', () => {
    expect(() => bboxOf([])).toThrow(RangeError);
  });
});

describe('routeLengthKmByMode', () => {
  it('sums rail and sea legs of one route only', () => {
    const titr = routeLengthKmByMode(world.routes, 'titr');
    expect(titr.rail).toBeCloseTo(6 * KM_PER_DEGREE, 6);
    expect(titr.sea).toBeCloseTo(2 * KM_PER_DEGREE, 6);
    expect(titr.total).toBeCloseTo(8 * KM_PER_DEGREE, 6);
  });

  it('counts a leg drawn for both routes once for each route', () => {
    const btk = routeLengthKmByMode(world.routes, 'btk');
    expect(btk).toEqual({
      rail: expect.closeTo(4 * KM_PER_DEGREE, 6),
      sea: 0,
      total: expect.closeTo(4 * KM_PER_DEGREE, 6),
    });
  });

  it('counts a leg listed twice once', () => {
    const twice = [...world.routes, ...world.routes];
    expect(routeLengthKmByMode(twice, 'titr').total).toBeCloseTo(8 * KM_PER_DEGREE, 6);
  });
});

describe('countriesCrossed', () => {
  it('lists the countries of the places along a route in order of first appearance', () => {
    expect(countriesCrossed('titr', world.routes, world.places)).toEqual(['AAA', 'BBB']);
  });

  it('counts the via places of a leg between its from and to places', () => {
    const [btkLeg] = world.routes.filter((r) => r.properties.route === 'btk');
    if (!btkLeg) throw new Error('fixture btk leg missing');
    const detour = { ...btkLeg, properties: { ...btkLeg.properties, via: ['inland-b'] } };
    expect(countriesCrossed('btk', [btkLeg], world.places)).toEqual(['AAA']);
    expect(countriesCrossed('btk', [detour], world.places)).toEqual(['AAA', 'BBB']);
  });
});

describe('drawnLengthKm', () => {
  it('measures a route from the start of its first leg to the end of its last', () => {
    expect(drawnLengthKm(world.routes, world.places, 'btk', 'port-west', 'port-a')).toBeCloseTo(
      4 * KM_PER_DEGREE,
      6,
    );
  });

  it('measures from a via station of a leg', () => {
    expect(drawnLengthKm(world.routes, world.places, 'btk', 'inland-a', 'port-a')).toBeCloseTo(
      3 * KM_PER_DEGREE,
      6,
    );
  });

  it('chains the legs of one route across a mode change', () => {
    expect(drawnLengthKm(world.routes, world.places, 'titr', 'inland-a', 'inland-b')).toBeCloseTo(
      8 * KM_PER_DEGREE,
      6,
    );
  });

  it('takes the shorter branch where the route forks', () => {
    const [seaLeg] = world.routes.filter((r) => r.properties.id === 'titr-port-a-port-b');
    if (!seaLeg) throw new Error('fixture sea leg missing');
    const detour = {
      ...seaLeg,
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [4, 0],
          [5, 1],
          [6, 0],
        ] as [number, number][],
      },
      properties: { ...seaLeg.properties, id: 'titr-port-a-port-b-detour' },
    };
    expect(drawnLengthKm([detour, ...world.routes], world.places, 'titr', 'port-a', 'port-b')).toBeCloseTo(
      2 * KM_PER_DEGREE,
      6,
    );
  });

  it('gives null against the direction of the legs', () => {
    expect(drawnLengthKm(world.routes, world.places, 'btk', 'port-a', 'port-west')).toBeNull();
  });

  it('ignores the legs of other routes', () => {
    expect(drawnLengthKm(world.routes, world.places, 'btk', 'port-a', 'inland-b')).toBeNull();
  });
});
