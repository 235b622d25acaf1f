// Build-time URLs of the files the app loads at run time (hashed, same origin). Loading data by URL keeps
// it out of the JS bundle and lets MapLibre's worker fetch the basemap itself.

import countriesUrl from '../data/countries.json?url';
import eventsUrl from '../data/events.json?url';
import figuresUrl from '../data/figures.json?url';
import itinerariesUrl from '../data/itineraries.json?url';
import sourcesUrl from '../data/sources.json?url';
import basemapBordersUrl from '../geo/basemap/borders.geojson?url';
import basemapCountriesUrl from '../geo/basemap/countries.geojson?url';
import labelsUrl from '../geo/basemap/country-labels.geojson?url';
import basemapLandUrl from '../geo/basemap/land.geojson?url';
import placesUrl from '../geo/places.geojson?url';
import segmentsUrl from '../geo/routes.geojson?url';

/** The files fetched at start; data/routes.json ships inside the bundle (src/main.tsx) to paint the list at once. */
export const DATA_URLS = {
  sources: sourcesUrl,
  figures: figuresUrl,
  events: eventsUrl,
  countries: countriesUrl,
  places: placesUrl,
  segments: segmentsUrl,
  itineraries: itinerariesUrl,
} as const;

export const LABELS_URL = labelsUrl;

/** Absolute URLs: MapLibre's worker resolves GeoJSON URLs against its own location otherwise. */
export function basemapUrls(base: string = document.baseURI) {
  return {
    land: new URL(basemapLandUrl, base).href,
    countries: new URL(basemapCountriesUrl, base).href,
    borders: new URL(basemapBordersUrl, base).href,
  };
}
