// The only module that imports maplibre-gl at run time. Creates the map once, adds sources and layers once,
// and offers intent-level methods; it reports user input through handlers and never decides UI state.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  type MapLayerMouseEvent,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Lang } from '../data/schema';
import { afterNextFrame } from '../frames';
import { translate } from '../i18n/i18n';
import type { LayerKey } from '../state/url';
import type { MapData } from './data';
import { hatchPixels } from './hatch';
import { HATCH_IMAGE, INTERACTIVE_LAYERS, LAYER, SOURCE, TOGGLE_LAYERS } from './ids';
import { paddingFor, type RectLike } from './padding';
import { type BasemapUrls, buildStyle, glyphWarmLayers, labelField } from './style';
import type { StateUpdate } from './year-states';

setWorkerUrl(workerUrl);

export interface MapHandlers {
  /** A feature id under the pointer was clicked (null: empty map). */
  click(id: string | null): void;
  hover(id: string | null): void;
  contextLost(): void;
  contextRestored(): void;
}

/** Feature-state targets: for a route, all its segments; else one feature in one source. */
export type Target = { source: string; ids: readonly string[] };

export interface MapViewOptions {
  container: HTMLElement;
  basemap: BasemapUrls;
  data: MapData;
  lang: Lang;
  visible: readonly LayerKey[];
  bounds: [number, number, number, number];
  maxBounds: [number, number, number, number];
  /** Resolve a selectable id to where its features live. */
  targetsOf(id: string): Target[];
  handlers: MapHandlers;
  /** True when the camera comes from the URL hash, so the initial fit is skipped. */
  hasCameraInUrl: boolean;
  reducedMotion: boolean;
}

/** Margin around a fitted feature, in CSS pixels, beside whatever covers the map. */
const FIT_PADDING_PX = 60;

/** Tolerance in pixels around the pointer for hits on thin lines; with the 9 px offset of shared TITR legs (style.ts) a click on the BTK never reaches them. */
const HIT_PX = 3;

export class MapView {
  readonly map: MapLibreMap;
  private readonly options: MapViewOptions;
  private selected: string | null = null;
  /** Work deferred until the panel has been painted (see select). */
  private pending: {
    resize?: true;
    selection?: { id: string | null };
    fit?: { bounds: [number, number, number, number]; cover?: () => RectLike | null };
  } = {};
  /** The year's feature-state, kept to apply again after a lost context. */
  private yearStates: readonly StateUpdate[] = [];
  private readonly resizeObserver: ResizeObserver;
  private cancelPending: (() => void) | null = null;
  private hovered: string | null = null;
  /** From `webglcontextlost` until the restored context's style has loaded. */
  private contextLost = false;
  private disposed = false;

  constructor(options: MapViewOptions) {
    this.options = options;
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle(options.basemap, options.data, options.lang, options.visible),
      bounds: options.hasCameraInUrl ? undefined : options.bounds,
      fitBoundsOptions: { padding: 20 },
      hash: 'map',
      attributionControl: false,
      maxZoom: 10,
      minZoom: 2,
      // The basemap is clipped to this region (scripts/build-geo.mjs): never show past its edge.
      maxBounds: options.maxBounds,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // Labels appear at once: a fade delays every language switch by its duration.
      fadeDuration: 0,
      // MapLibre redraws synchronously inside its ResizeObserver, i.e. in the very frame that opens the panel;
      // this view resizes the map one frame later instead (see schedule).
      trackResize: false,
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.pending.resize = true;
      this.schedule();
    });
    this.resizeObserver.observe(this.map.getContainer());
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: 'Natural Earth' }));
    this.localizeControls(options.lang);
    this.map.on('click', this.onClick);
    this.map.on('mousemove', this.onMouseMove);
    this.map.on('mouseout', this.onMouseOut);
    this.map.on('webglcontextlost', this.onContextLost);
    this.map.on('webglcontextrestored', this.onContextRestored);
    this.map.on('styleimagemissing', this.onImageMissing);
  }

  /** Feature-state for the year (widths, radii, trade classes): never new data (src/map/year-states.ts). */
  setFeatureStates(updates: readonly StateUpdate[]): void {
    this.yearStates = updates;
    if (this.contextLost || this.disposed) return;
    for (const { source, id, state } of updates) this.map.setFeatureState({ source, id }, state);
  }

  setLayerVisible(key: LayerKey, visible: boolean): void {
    for (const layerId of TOGGLE_LAYERS[key]) {
      this.map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setLang(lang: Lang): void {
    this.map.setLayoutProperty(LAYER.placeLabels, 'text-field', labelField(lang));
    this.map.setLayoutProperty(LAYER.countryLabels, 'text-field', labelField(lang));
    this.localizeControls(lang);
  }

  /**
   * Lays out every label in `langs` once, invisibly, so that switching to them later finds their glyphs
   * rasterized (see glyphWarmLayers). Resolves once the temporary layers are gone again.
   */
  warmGlyphs(langs: readonly Lang[]): Promise<void> {
    const layers = glyphWarmLayers(langs);
    if (langs.length === 0 || this.contextLost || this.disposed) return Promise.resolve();
    for (const layer of layers) this.map.addLayer(layer);
    return new Promise((resolve) =>
      this.map.once('idle', () => {
        if (!this.disposed)
          for (const layer of layers) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
        resolve();
      }),
    );
  }

  /** MapLibre's controls take their strings once, at creation; keep them in the interface language. */
  private localizeControls(lang: Lang): void {
    const container = this.map.getContainer();
    const label = (selector: string, text: string) => {
      const element = container.querySelector(selector);
      element?.setAttribute('title', text);
      element?.setAttribute('aria-label', text);
    };
    label('.maplibregl-ctrl-zoom-in', translate(lang, 'map.zoomIn'));
    label('.maplibregl-ctrl-zoom-out', translate(lang, 'map.zoomOut'));
    label('.maplibregl-ctrl-attrib-button', translate(lang, 'map.attribution'));
    this.map.getCanvas().setAttribute('aria-label', translate(lang, 'map.label'));
  }

  /**
   * Highlight the selection once the frame after this call has been produced, so the panel the same click
   * opens is painted first and does not wait for a map redraw (slow under software WebGL).
   */
  select(id: string | null): void {
    this.pending.selection = { id };
    this.schedule();
  }

  /**
   * Runs the deferred resize, selection and camera move once the next frame has gone out: two animation
   * frames later, so that the panel's frame is not competing with a map redraw for the CPU while it is
   * rastered and presented.
   */
  private schedule(): void {
    if (this.cancelPending) return;
    this.cancelPending = afterNextFrame(() => {
      this.cancelPending = null;
      const { resize, selection, fit } = this.pending;
      this.pending = {};
      // Until now the canvas kept its size, clipped by the container: no blank or stretched frame. The event
      // data tells this resize's camera events from a move.
      if (resize) this.map.resize({ atlasResize: true });
      if (selection) this.applySelection(selection.id);
      if (fit) this.applyFit(fit);
    });
  }

  /** Highlight at once: for the selection the map opens with (a shared link), before its first idle. */
  selectNow(id: string | null): void {
    this.applySelection(id);
  }

  private applySelection(id: string | null): void {
    this.setState(this.selected, 'selected', false);
    this.selected = id;
    this.setState(id, 'selected', true);
  }

  hover(id: string | null): void {
    this.setState(this.hovered, 'hover', false);
    this.hovered = id;
    this.setState(id, 'hover', true);
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  /** Bring a feature into view (after the next frame, like select); instant when the user prefers reduced motion. */
  fitTo(bounds: [number, number, number, number], cover?: () => RectLike | null): void {
    this.pending.fit = cover ? { bounds, cover } : { bounds };
    this.schedule();
  }

  /** The cover (side panel, bottom sheet) is measured now, after the frame that opened it. */
  private applyFit({ bounds, cover }: NonNullable<MapView['pending']['fit']>): void {
    const canvas = this.map.getContainer().getBoundingClientRect();
    this.map.fitBounds(bounds, {
      padding: paddingFor(canvas, cover?.() ?? null, FIT_PADDING_PX),
      maxZoom: 7,
      animate: !this.options.reducedMotion,
    });
  }

  dispose(): void {
    this.disposed = true;
    this.cancelPending?.();
    this.resizeObserver.disconnect();
    this.map.off('click', this.onClick);
    this.map.off('mousemove', this.onMouseMove);
    this.map.off('mouseout', this.onMouseOut);
    this.map.off('webglcontextlost', this.onContextLost);
    this.map.off('webglcontextrestored', this.onContextRestored);
    this.map.off('style.load', this.reapplyFeatureState);
    this.map.off('styleimagemissing', this.onImageMissing);
    this.map.remove();
  }

  private setState(id: string | null, key: 'selected' | 'hover', value: boolean): void {
    // Without a context MapLibre has no style to hold feature-state: reapplyFeatureState catches up.
    if (!id || this.contextLost) return;
    for (const target of this.options.targetsOf(id)) {
      for (const featureId of target.ids) {
        this.map.setFeatureState({ source: target.source, id: featureId }, { [key]: value });
      }
    }
  }

  /** The selectable id under a point: routes and places win over the member-state fill below them. */
  private idAt(event: MapMouseEvent): string | null {
    const { x, y } = event.point;
    const layers = INTERACTIVE_LAYERS.filter((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none');
    if (layers.length === 0) return null;
    const hits = this.map.queryRenderedFeatures(
      [
        [x - HIT_PX, y - HIT_PX],
        [x + HIT_PX, y + HIT_PX],
      ],
      { layers },
    );
    const rank = (layerId: string) =>
      INTERACTIVE_LAYERS.indexOf(layerId as (typeof INTERACTIVE_LAYERS)[number]);
    const best = [...hits].sort((a, b) => rank(a.layer.id) - rank(b.layer.id))[0];
    if (!best) return null;
    if (best.source === SOURCE.routes) return String(best.properties.route);
    return String(best.properties.id ?? best.id);
  }

  private readonly onClick = (event: MapMouseEvent): void => {
    this.options.handlers.click(this.idAt(event));
  };

  private readonly onMouseMove = (event: MapLayerMouseEvent | MapMouseEvent): void => {
    this.options.handlers.hover(this.idAt(event));
  };

  private readonly onMouseOut = (): void => {
    this.options.handlers.hover(null);
  };

  /** The trade layer's hatching is drawn here, not fetched: added the first time a layer asks for it. */
  private readonly onImageMissing = (event: { id: string }): void => {
    if (event.id === HATCH_IMAGE && !this.map.hasImage(HATCH_IMAGE))
      this.map.addImage(HATCH_IMAGE, hatchPixels());
  };

  private readonly onContextLost = (): void => {
    this.contextLost = true;
    this.options.handlers.contextLost();
  };

  /**
   * Feature-state does not survive a restored context: apply selection and hover again, once MapLibre has
   * rebuilt the style (it does so asynchronously; setFeatureState before that throws).
   */
  private readonly onContextRestored = (): void => {
    this.options.handlers.contextRestored();
    if (this.map.isStyleLoaded()) this.reapplyFeatureState();
    else this.map.once('style.load', this.reapplyFeatureState);
  };

  private readonly reapplyFeatureState = (): void => {
    this.contextLost = false;
    const { selected, hovered } = this;
    this.selected = null;
    this.hovered = null;
    this.applySelection(selected);
    this.hover(hovered);
    this.setFeatureStates(this.yearStates);
  };
}
