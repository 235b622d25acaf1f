// Fetches the basemap the MapLibre view uses (same hashed URLs, so the browser's cache serves both) once,
// for the SVG map and the picture export.
import type { FeatureCollection } from 'geojson';
import type { Basemap } from '../render';
import { basemapUrls, LABELS_URL } from '../urls';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A basemap with nothing in it: what is drawn until the files have arrived, or if they cannot. */
export const EMPTY_BASEMAP: Basemap = { land: EMPTY, countries: EMPTY, borders: EMPTY, countryLabels: EMPTY };

let pending: Promise<Basemap> | null = null;

async function fetchCollection(url: string): Promise<FeatureCollection> {
  try {
    const response = await fetch(url);
    if (!response.ok) return EMPTY;
    return (await response.json()) as FeatureCollection;
  } catch {
    return EMPTY;
  }
}

/** The basemap files; a missing or broken file is drawn as empty rather than failing the map. */
export function loadBasemap(): Promise<Basemap> {
  if (pending) return pending;
  const urls = basemapUrls();
  pending = Promise.all([
    fetchCollection(urls.land),
    fetchCollection(urls.countries),
    fetchCollection(urls.borders),
    fetchCollection(new URL(LABELS_URL, document.baseURI).href),
  ]).then(([land, countries, borders, countryLabels]) => ({ land, countries, borders, countryLabels }));
  return pending;
}
