// Entry point: paints the shell at once, loads and validates the data, then starts the map (only when
// WebGL 2 is available; MapLibre is loaded on demand) and wires state, URL, title and announcements.
import { effect } from '@preact/signals';
import type { FeatureCollection, Point } from 'geojson';
import { render } from 'preact';
import routesText from '../data/routes.json?raw';
import { DATA_FILES } from './data/files';
import { fetchReader, loadDataset } from './data/load';
import { parseDataset } from './data/parse';
import { type Dataset, LANGS } from './data/schema';
import { afterPaint, whenIdle } from './frames';
import { bboxOf } from './geo/measure';
import { loadCatalogue, translate, warmFormatters } from './i18n/i18n';
import { preloadMap, startMap } from './map/start';
import { whenMapWanted } from './map/wake';
import { startOffline } from './pwa/start';
import { featureOf, nameOf } from './state/derive';
import { createActions, createState, selectableIds } from './state/store';
import { parseCameraHash, parseQuery, preferredLang } from './state/url';
import { syncUrl } from './state/url-sync';
import { App } from './ui/App';
import { AppContext } from './ui/context';
import { loadPanel } from './ui/lazy';
import './ui/app.css';
import { DATA_URLS, LABELS_URL } from './urls';

const initial = parseQuery(location.search, new Set());
const state = createState({
  lang: initial.lang ?? preferredLang(navigator.languages ?? [navigator.language]),
  layers: initial.layers ?? undefined,
  view: initial.view,
  viewFilter: initial.filter,
  year: initial.year,
  scale: initial.scale,
  embed: initial.embed,
});
const actions = createActions(state);

const root = document.getElementById('app');
// The prerendered shell stays on screen while the reader's catalogue loads (English is in the bundle).
const mounted = loadCatalogue(state.lang.peek())
  .catch(() => undefined)
  .then(() => {
    if (!root) return;
    // The inline shell script (src/shell/shell.js) may have shown the prerendered shell: the live app
    // replaces it in the same task, so no blank frame comes between.
    root.replaceChildren();
    render(
      <AppContext.Provider value={{ state, actions }}>
        <App />
      </AppContext.Provider>,
      root,
    );
  });

effect(() => {
  const lang = state.lang.value;
  document.documentElement.lang = lang;
  const dataset = state.dataset.value;
  const selected = state.selected.value;
  const feature = dataset && selected ? featureOf(dataset, selected) : null;
  const title = translate(lang, 'app.title');
  document.title = feature ? `${nameOf(feature, lang)} · ${title}` : title;
});

// Intl formatters cost milliseconds to build on first use: build them while the page is idle once the map
// is up (not while it loads, nor while the poster stands in for it), rather than on the first click on a
// feature.
effect(() => {
  const lang = state.lang.value;
  const status = state.mapStatus.value;
  if (status === 'loading' || status === 'poster') return;
  // The other languages' catalogues too, so a switch does not wait for a download.
  whenIdle([
    () => warmFormatters(lang),
    ...LANGS.filter((other) => other !== lang).map(
      (other) => () => void loadCatalogue(other).catch(() => undefined),
    ),
  ]);
});

// Once the map is up, warm the route panels (src/ui/warm.tsx) in idle time: the first click on a route is
// the one users notice.
let panelsWarmed = false;
effect(() => {
  const dataset = state.dataset.value;
  if (panelsWarmed || state.mapStatus.value !== 'ready' || !dataset) return;
  panelsWarmed = true;
  whenIdle([
    () =>
      void loadPanel()
        .then(({ warmPanel }) =>
          whenIdle(dataset.routes.map((route) => () => warmPanel({ state, actions }, dataset, route.id))),
        )
        .catch(() => undefined),
  ]);
});

// Offline support (service worker, update prompt) once the map is up, known not to come, or stood in for by
// the poster (a reader who only looks has visited too), never while MapLibre starts; not inside another
// page's <iframe>.
let offlineStarted = false;
effect(() => {
  if (offlineStarted || state.embed || state.mapStatus.value === 'loading') return;
  offlineStarted = true;
  whenIdle([() => void startOffline().catch(() => undefined)]);
});

function announceSelections() {
  let previous = state.selected.value;
  effect(() => {
    const selected = state.selected.value;
    const dataset = state.dataset.value;
    if (selected === previous) return;
    previous = selected;
    const feature = dataset && selected ? featureOf(dataset, selected) : null;
    if (feature)
      actions.announce(
        translate(state.lang.peek(), 'announce.selected', { name: nameOf(feature, state.lang.peek()) }),
      );
  });
}

function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** Bounds to fit when a feature is chosen from the list. */
function boundsFor(dataset: Dataset, labels: FeatureCollection<Point>) {
  return (id: string): [number, number, number, number] | null => {
    const segments = dataset.segments.filter((s) => s.properties.route === id);
    if (segments.length > 0) return bboxOf(segments);
    const place = dataset.places.find((p) => p.properties.id === id);
    const label = labels.features.find((f) => f.properties?.id === id);
    const point = place?.geometry.coordinates ?? label?.geometry.coordinates;
    if (!point) return null;
    const [lon, lat] = point;
    const pad = place ? 0.6 : 4;
    return [(lon ?? 0) - pad, (lat ?? 0) - pad, (lon ?? 0) + pad, (lat ?? 0) + pad];
  };
}

async function loadLabels(): Promise<FeatureCollection<Point>> {
  try {
    const response = await fetch(LABELS_URL);
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as FeatureCollection<Point>;
  } catch {
    return { type: 'FeatureCollection', features: [] };
  }
}

/** The routes file is bundled (it is small); every other file is fetched from its hashed URL. */
const fetchFile = fetchReader({ ...DATA_URLS, routes: '' });
const readFile = (path: string) =>
  path === DATA_FILES.routes ? Promise.resolve(routesText) : fetchFile(path);

async function boot() {
  await mounted;
  // Paint the route list at once from the bundled routes; the full, validated data set replaces it.
  try {
    state.dataset.value = parseDataset({ routes: JSON.parse(routesText) }).dataset;
  } catch {
    // A broken routes file is reported by loadDataset below, like any other file.
  }
  // Let the shell be painted before evaluating MapLibre and validating the data set, which each hold the
  // main thread for a while (the data files are preloaded by the page and keep downloading meanwhile).
  await afterPaint();
  const webgl = hasWebGL2();
  // With the poster on screen, MapLibre waits for the reader's first input (src/map/wake.ts), else it is
  // wanted now; either way it starts downloading the moment it is wanted, while the data may still load.
  // Failure surfaces later, where startMap awaits the same promise.
  const facade = webgl && document.getElementById('map-poster') !== null;
  const wanted = facade ? whenMapWanted(state) : Promise.resolve('no-poster');
  if (webgl) void wanted.then(() => preloadMap().catch(() => undefined));
  const [{ dataset, errors }, labels] = await Promise.all([loadDataset(readFile), loadLabels()]);
  state.dataErrors.value = errors;
  state.dataset.value = dataset;
  const fromUrl = parseQuery(location.search, selectableIds(dataset));
  state.selected.value = fromUrl.selected;
  // A shared link with a selection but no camera opens on the selected feature.
  if (fromUrl.selected && !parseCameraHash(location.hash))
    state.focusRequest.value = { id: fromUrl.selected };
  announceSelections();
  syncUrl(state, actions);
  if (!webgl) {
    state.mapStatus.value = 'no-webgl';
    return;
  }
  if (facade) {
    state.mapStatus.value = 'poster';
    await wanted;
    state.mapStatus.value = 'loading';
  }
  await startMap({ state, actions, dataset, labels, boundsOf: boundsFor(dataset, labels) });
}

boot().catch((error: unknown) => {
  console.error('Corridor Atlas: the map could not be started.', error);
  state.mapStatus.value = 'failed';
});
