// The eight data files the app loads, by logical key, with their paths relative to the repo root.
// The paths double as the `file` of every DataError, so an error always names a real file.

export const DATA_FILES = {
  sources: 'data/sources.json',
  figures: 'data/figures.json',
  events: 'data/events.json',
  countries: 'data/countries.json',
  routes: 'data/routes.json',
  places: 'geo/places.geojson',
  segments: 'geo/routes.geojson',
  itineraries: 'data/itineraries.json',
} as const;

export type FileKey = keyof typeof DATA_FILES;

/** The keys in a fixed order (the order files are read and errors are reported in). */
export const FILE_KEYS: readonly FileKey[] = Object.freeze(Object.keys(DATA_FILES) as FileKey[]);

/** Files that hold a GeoJSON FeatureCollection; the others hold a JSON array of records. */
export const GEOJSON_FILE_KEYS: ReadonlySet<FileKey> = new Set<FileKey>(['places', 'segments']);
