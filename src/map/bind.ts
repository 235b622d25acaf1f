// The one place that binds app state to the map view and map input to actions. Returns one dispose.
import { effect } from '@preact/signals';
import type { Lang } from '../data/schema';
import type { Actions, AppState } from '../state/store';
import { LAYER_KEYS, type LayerKey, type Scale } from '../state/url';
import type { RectLike } from './padding';
import type { StateUpdate } from './year-states';

/** What the binding needs of a map view: the seam where tests put a fake. */
export interface MapViewLike {
  setLayerVisible(key: LayerKey, visible: boolean): void;
  setLang(lang: Lang): void;
  select(id: string | null): void;
  hover(id: string | null): void;
  fitTo(bounds: [number, number, number, number], cover?: () => RectLike | null): void;
  setFeatureStates(updates: readonly StateUpdate[]): void;
}

export interface BindOptions {
  /** The feature-state a year and scale draw (null year: the default year); loaded with the map. */
  yearStates?: (year: number | null, scale: Scale) => readonly StateUpdate[];
  /** What covers the map at fit time (the side panel, the bottom sheet), in client pixels. */
  coverRect?: () => RectLike | null;
}

export function bindMap(
  view: MapViewLike,
  state: AppState,
  boundsOf: (id: string) => [number, number, number, number] | null,
  /** What the style was built with: those layers and that language need no call. */
  initial: { layers: readonly LayerKey[]; lang: Lang },
  options: BindOptions = {},
): () => void {
  const { yearStates, coverRect } = options;
  // Re-applying the initial visibility would make MapLibre reload every tile right after `load`.
  let shownLayers: readonly LayerKey[] = initial.layers;
  let shownLang: Lang = initial.lang;
  const disposers = [
    effect(() => {
      const visible = state.visibleLayers.value;
      for (const key of LAYER_KEYS) {
        const now = visible.includes(key);
        if (shownLayers.includes(key) !== now) view.setLayerVisible(key, now);
      }
      shownLayers = visible;
    }),
    effect(() => {
      const lang = state.lang.value;
      if (shownLang !== lang) view.setLang(lang);
      shownLang = lang;
    }),
    effect(() => view.select(state.selected.value)),
    effect(() => view.hover(state.hovered.value)),
    effect(() => {
      const request = state.focusRequest.value;
      if (!request) return;
      const bounds = boundsOf(request.id);
      if (bounds) view.fitTo(bounds, coverRect);
    }),
    effect(() => {
      const [year, scale] = [state.year.value, state.scale.value];
      if (yearStates) view.setFeatureStates(yearStates(year, scale));
    }),
  ];
  return () => {
    for (const dispose of disposers) dispose();
  };
}

/** Map input to actions: a click selects (or clears), hovering highlights. */
export function mapHandlersFor(actions: Actions) {
  return {
    click(id: string | null) {
      actions.select(id);
    },
    hover(id: string | null) {
      actions.hover(id);
    },
  };
}
