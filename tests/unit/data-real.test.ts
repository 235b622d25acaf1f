// The real geo/ and data/ through the app's own loader and every geometry check: zero errors expected.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  checkPlacesInCountry,
  checkSegmentEnds,
  checkSegmentsOnSurface,
} from '../../src/data/geometry-checks';
import { loadDataset } from '../../src/data/load';
import type { CountryFeature } from '../../src/data/schema';

const { dataset, errors } = await loadDataset((path) => readFile(path, 'utf8'));
const countryShapes = JSON.parse(await readFile('geo/countries.geojson', 'utf8'))
  .features as CountryFeature[];
const land = JSON.parse(await readFile('geo/land.geojson', 'utf8'));

describe('the real data set', () => {
  it('loads through the app loader with no errors', () => {
    expect(errors).toEqual([]);
  });

  it('keeps every record of every file', async () => {
    const count = async (path: string) => {
      const json = JSON.parse(await readFile(path, 'utf8'));
      return Array.isArray(json) ? json.length : json.features.length;
    };
    expect(dataset.sources.length).toBe(await count('data/sources.json'));
    expect(dataset.figures.length).toBe(await count('data/figures.json'));
    expect(dataset.events.length).toBe(await count('data/events.json'));
    expect(dataset.places.length).toBe(await count('geo/places.geojson'));
    expect(dataset.segments.length).toBe(await count('geo/routes.geojson'));
    expect(dataset.itineraries.length).toBe(await count('data/itineraries.json'));
  });

  it('places every point in (or within a few km of) the country it names', () => {
    expect(checkPlacesInCountry(dataset.places, countryShapes)).toEqual([]);
  });

  it('starts and ends every leg at its places', () => {
    expect(checkSegmentEnds(dataset.segments, dataset.places)).toEqual([]);
  });

  it('keeps rail legs on land and sea legs on water', () => {
    expect(checkSegmentsOnSurface(dataset.segments, land)).toEqual([]);
  });

  it('ships the two freight figures of the article: BTK 1 → 5 Mt and the Port of Baku 15 → 25 Mt', () => {
    const values = (subject: string) =>
      dataset.figures.filter((f) => f.subject === subject).map((f) => f.value);
    expect(values('btk')).toEqual(expect.arrayContaining([1, 5]));
    expect(values('port-of-baku')).toEqual(expect.arrayContaining([15, 25]));
  });

  it('ships the World Bank forecast of 11 Mt a year on the Middle Corridor by 2030', () => {
    const wb = dataset.figures.find((f) => f.subject === 'titr' && f.value === 11 && f.period?.to === '2030');
    expect(
      wb?.sources.some((id) => dataset.sources.find((s) => s.id === id)?.publisher.includes('World Bank')),
    ).toBe(true);
  });
});
