// A bare MapLibre page: one map with the app's camera options and the given style, no controls, no UI.
// Marks readiness on the first `idle` after `load`, exactly like src/map/start.ts does for the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import { Map as MapLibreMap, type StyleSpecification, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mapContainer, markReady, setSize } from './container';
import { countryLabelField, type Lang, placeLabelField } from './style';

setWorkerUrl(workerUrl);

/** The route features' ids (geo/routes.geojson, promoteId 'id'), inlined at build time. */
const ROUTE_IDS: readonly string[] = __BENCH_ROUTE_IDS__;

export function startBareMap(style: StyleSpecification): MapLibreMap {
  const container = mapContainer();
  const map = new MapLibreMap({
    container,
    style,
    bounds: __BENCH_REGION_BOUNDS__,
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
    maxZoom: 10,
    minZoom: 2,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: 300,
  });
  map.once('load', () => map.once('idle', markReady));
  const bench = window as unknown as {
    __atlasMap?: MapLibreMap;
    __benchResize?: (widthPx: number, heightPx: number) => void;
    __benchSetLang?: (lang: Lang) => void;
    __benchSetYear?: (year: number) => void;
  };
  bench.__atlasMap = map;
  bench.__benchResize = (widthPx, heightPx) => {
    setSize(container, widthPx, heightPx);
    map.resize();
  };
  // The floor's language switch: the same two layout changes the app makes (src/map/view.ts setLang).
  bench.__benchSetLang = (lang) => {
    map.setLayoutProperty('place-labels', 'text-field', placeLabelField(lang));
    map.setLayoutProperty('country-labels', 'text-field', countryLabelField(lang));
  };
  // The floor's year change: a feature-state width on every route feature, as the app's year binding sets
  // (src/map/year-states.ts), with a width that depends on the year so each change redraws the routes.
  bench.__benchSetYear = (year) => {
    ROUTE_IDS.forEach((id, i) => {
      map.setFeatureState({ source: 'routes', id }, { widthPx: 2 + ((year * 7 + i * 3) % 9) });
    });
  };
  return map;
}
