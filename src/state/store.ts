// App state as signals, and the actions that change it. Panels read these and call actions;
// the map binding turns them into map calls. The map instance never lives here.
import { type Signal, signal } from '@preact/signals';
import type { DataError, Dataset, Lang } from '../data/schema';
import { catalogueLoaded, loadCatalogue } from '../i18n/i18n';
import { DEFAULT_LAYERS, LAYER_KEYS, type LayerKey, type Scale, type ViewFilter, type ViewId } from './url';

/** 'poster': the first-paint poster stands in for the live map until the reader's first input (src/map/wake.ts). */
export type MapStatus = 'poster' | 'loading' | 'ready' | 'no-webgl' | 'lost' | 'failed';

export interface AppState {
  dataset: Signal<Dataset | null>;
  dataErrors: Signal<readonly DataError[]>;
  errorsDismissed: Signal<boolean>;
  selected: Signal<string | null>;
  hovered: Signal<string | null>;
  visibleLayers: Signal<readonly LayerKey[]>;
  lang: Signal<Lang>;
  mapStatus: Signal<MapStatus>;
  /** A request to bring a feature into view (from the list, not from a map click). */
  focusRequest: Signal<{ id: string } | null>;
  /** Last thing to announce in the live region. */
  announcement: Signal<string>;
  /** The whole-page view open beside the map (sources, tracker, …), or null. */
  view: Signal<ViewId | null>;
  /** The open view's filter, kept in the URL. */
  viewFilter: Signal<ViewFilter>;
  /** The map's year (null: none chosen; the year control shows its default). */
  year: Signal<number | null>;
  /** What route widths and port circles are scaled by. */
  scale: Signal<Scale>;
  /** Shown inside another page's <iframe> (`embed=1`): map, legend and panel only. Fixed at start. */
  readonly embed: boolean;
}

export function createState(
  init: Partial<{
    lang: Lang;
    layers: readonly LayerKey[];
    view: ViewId | null;
    viewFilter: ViewFilter;
    year: number | null;
    scale: Scale | null;
    embed: boolean;
  }> = {},
): AppState {
  return {
    dataset: signal<Dataset | null>(null),
    dataErrors: signal<readonly DataError[]>([]),
    errorsDismissed: signal(false),
    selected: signal<string | null>(null),
    hovered: signal<string | null>(null),
    visibleLayers: signal<readonly LayerKey[]>(init.layers ?? DEFAULT_LAYERS),
    lang: signal<Lang>(init.lang ?? 'en'),
    mapStatus: signal<MapStatus>('loading'),
    focusRequest: signal<{ id: string } | null>(null),
    announcement: signal(''),
    view: signal<ViewId | null>(init.view ?? null),
    viewFilter: signal<ViewFilter>(init.viewFilter ?? {}),
    year: signal<number | null>(init.year ?? null),
    scale: signal<Scale>(init.scale ?? 'cargo'),
    embed: init.embed ?? false,
  };
}

/** Ids that can be selected: routes, places and countries of the loaded data set. */
export function selectableIds(dataset: Dataset | null): Set<string> {
  if (!dataset) return new Set();
  return new Set([
    ...dataset.routes.map((r) => r.id),
    ...dataset.places.map((p) => p.properties.id),
    ...dataset.countries.filter((c) => c.member).map((c) => c.id),
  ]);
}

export function createActions(state: AppState) {
  return {
    select(id: string | null) {
      state.selected.value = id;
    },
    /** Select from the list: also brings the feature into view. */
    selectAndFocus(id: string) {
      state.selected.value = id;
      state.focusRequest.value = { id };
    },
    hover(id: string | null) {
      if (state.hovered.value !== id) state.hovered.value = id;
    },
    setLayerVisible(key: LayerKey, visible: boolean) {
      const current = new Set(state.visibleLayers.value);
      if (visible) current.add(key);
      else current.delete(key);
      state.visibleLayers.value = LAYER_KEYS.filter((k) => current.has(k));
    },
    /** Switches once the language's catalogue is there (at once when it is already loaded). */
    setLang(lang: Lang) {
      if (catalogueLoaded(lang)) {
        state.lang.value = lang;
        return;
      }
      const apply = () => {
        state.lang.value = lang;
      };
      loadCatalogue(lang).then(apply, apply);
    },
    /** Opens a view with an optional filter; null closes it (back to the map). */
    openView(view: ViewId | null, filter: ViewFilter = {}) {
      state.view.value = view;
      state.viewFilter.value = view ? filter : {};
    },
    setYear(year: number | null) {
      state.year.value = year;
    },
    setScale(scale: Scale) {
      state.scale.value = scale;
    },
    setViewFilter(filter: ViewFilter) {
      state.viewFilter.value = filter;
    },
    /** From a view: close it and open a feature's panel on the map. */
    showOnMap(id: string) {
      state.view.value = null;
      state.viewFilter.value = {};
      state.selected.value = id;
      state.focusRequest.value = { id };
    },
    dismissErrors() {
      state.errorsDismissed.value = true;
    },
    announce(text: string) {
      state.announcement.value = text;
    },
  };
}
export type Actions = ReturnType<typeof createActions>;
