// Build-time constants the bench build (bench/build-pages.mjs) defines for the reference pages, all read from
// the repository's own files so nothing is copied by hand.

/** REGION_BOUNDS of src/map/start.ts: [west, south, east, north]. */
declare const __BENCH_REGION_BOUNDS__: [number, number, number, number];
/** Country names by language and alpha-3 id, from data/countries.json (for the country label layer). */
declare const __BENCH_COUNTRY_NAMES__: Record<'az' | 'ru' | 'en', Record<string, string>>;
/** Alpha-3 ids of the member states, from data/countries.json. */
declare const __BENCH_MEMBER_IDS__: string[];
/** Natural Earth names of the member states (data/countries.json isoNumeric → world-atlas), for the naive page. */
declare const __BENCH_NAIVE_MEMBER_NAMES__: string[];
/** Ids of the route features in geo/routes.geojson (the floor's year change sets their feature-state). */
declare const __BENCH_ROUTE_IDS__: string[];
