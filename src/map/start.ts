// Starts the map view on demand (MapLibre is a separate chunk) and ties its life cycle to state:
// ready on first idle, list view if the GPU context is lost and does not come back in time.
import type { FeatureCollection, Point } from 'geojson';
import { type Dataset, LANGS } from '../data/schema';
import { whenIdle } from '../frames';
import type { Actions, AppState } from '../state/store';
import { parseCameraHash } from '../state/url';
import { basemapUrls } from '../urls';
import { bindMap, mapHandlersFor } from './bind';
import { buildMapData, segmentIdsOf } from './data';
import { CAMERA_BOUNDS, MAP_CONTAINER_ID, SOURCE } from './ids';

/** How long to wait for `webglcontextrestored` before showing the list view. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 4000;

/** Region from the Black Sea to western China. */
export const REGION_BOUNDS: [number, number, number, number] = [27, 33, 88, 53];

export interface StartOptions {
  state: AppState;
  actions: Actions;
  dataset: Dataset;
  labels: FeatureCollection<Point>;
  boundsOf: (id: string) => [number, number, number, number] | null;
}

let viewModule: Promise<typeof import('./view')> | null = null;

/** Start downloading MapLibre while the data loads; startMap awaits the same promise. */
export function preloadMap(): Promise<typeof import('./view')> {
  viewModule ??= import('./view');
  return viewModule;
}

/**
 * True when the URL hash holds a valid camera. An invalid one (`#map=NaN/…`, out-of-range numbers) is
 * removed first, so MapLibre never jumps to it and the region is fitted instead.
 */
function cameraFromUrl(): boolean {
  if (parseCameraHash(location.hash)) return true;
  const rest = location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => !part.startsWith('map='));
  if (rest.length !== location.hash.replace(/^#/, '').split('&').length) {
    const hash = rest.filter(Boolean).join('&');
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`,
    );
  }
  return false;
}

/** The open detail panel (a side panel, or a bottom sheet on a phone); the hidden warm-up copy is not one. */
function openPanelRect(): DOMRect | null {
  return document.querySelector('.detail-panel.open:not(.warm-host)')?.getBoundingClientRect() ?? null;
}

export async function startMap({
  state,
  actions,
  dataset,
  labels,
  boundsOf,
}: StartOptions): Promise<() => void> {
  const container = document.getElementById(MAP_CONTAINER_ID);
  if (!container) throw new Error('map container missing');
  const [{ MapView }, { yearStatesFor }] = await Promise.all([preloadMap(), import('./year-bind')]);
  const data = buildMapData(dataset, labels);
  let restoreTimer: ReturnType<typeof setTimeout> | undefined;
  const placeIds = new Set(dataset.places.map((p) => p.properties.id));
  const initial = { layers: state.visibleLayers.value, lang: state.lang.value };
  const targetsOf = (id: string) => {
    if (id === 'btk' || id === 'titr') return [{ source: SOURCE.routes, ids: segmentIdsOf(dataset, id) }];
    if (placeIds.has(id)) return [{ source: SOURCE.points, ids: [id] }];
    return [
      { source: SOURCE.countries, ids: [id] },
      { source: SOURCE.points, ids: [id] },
    ];
  };
  const view = new MapView({
    container,
    basemap: basemapUrls(),
    data,
    lang: initial.lang,
    visible: initial.layers,
    bounds: REGION_BOUNDS,
    maxBounds: CAMERA_BOUNDS,
    hasCameraInUrl: cameraFromUrl(),
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    targetsOf,
    handlers: {
      ...mapHandlersFor(actions),
      contextLost() {
        clearTimeout(restoreTimer);
        restoreTimer = setTimeout(() => {
          state.mapStatus.value = 'lost';
        }, CONTEXT_RESTORE_TIMEOUT_MS);
      },
      contextRestored() {
        clearTimeout(restoreTimer);
        state.mapStatus.value = 'ready';
      },
    },
  });
  // `load` and the first `idle` fire in the same frame: listen for both before awaiting either.
  view.map.once('idle', () => {
    if (state.mapStatus.value === 'loading') state.mapStatus.value = 'ready';
    document.documentElement.dataset.mapReady = 'true';
    // The first-paint poster (build/poster.ts, src/shell/shell.js) goes in the frame the map is complete.
    document.getElementById('map-poster')?.remove();
    // While nothing else happens, have the labels' glyphs in the other languages ready for a switch.
    const others = LANGS.filter((lang) => lang !== state.lang.peek());
    whenIdle([() => void view.warmGlyphs(others)], 2000);
  });
  // Layout properties and feature-state need the style: bind once it has loaded.
  await new Promise<void>((resolve) => view.map.once('load', () => resolve()));
  // A selection from the URL is on the map from its first idle; later ones follow the panel (view.select).
  view.selectNow(state.selected.value);
  const unbind = bindMap(view, state, boundsOf, initial, {
    yearStates: yearStatesFor(dataset, targetsOf),
    coverRect: openPanelRect,
  });
  (window as unknown as { __atlasMap?: unknown }).__atlasMap = view.map;
  return () => {
    clearTimeout(restoreTimer);
    unbind();
    view.dispose();
  };
}
