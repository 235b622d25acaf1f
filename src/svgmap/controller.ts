// Owns one SVG map element: its camera and size, redraws from state at most once per animation frame, and
// routes input (src/svgmap/input.ts) to camera steps and the app's actions. Not a component: no re-render
// of Preact is involved in panning.
import { effect } from '@preact/signals';
import { type Basemap, type Camera, renderMapSvg } from '../render';
import { type Actions, type AppState, selectableIds } from '../state/store';
import { constrain, initialCamera, zoomBy } from './camera';
import { showSvg } from './dom';
import { bindMapInput } from './input';
import { SVGMAP_MESSAGES } from './messages';

/** Used while the element has no layout size (hidden, or jsdom). */
const FALLBACK_SIZE = { width: 800, height: 600 };

export class SvgMapController {
  private cam: Camera | null = null;
  private frame = 0;
  /** Set while a press is held (see MapInput.hold): drawing waits for its release. */
  private held = false;
  private missed = false;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly element: HTMLElement,
    private readonly state: AppState,
    private readonly actions: Actions,
    private basemap: Basemap,
  ) {
    this.disposers.push(
      effect(() => {
        // Subscribe to every input of the drawing; the draw itself reads them with peek().
        void [state.dataset.value, state.visibleLayers.value, state.lang.value];
        void [state.selected.value, state.hovered.value];
        this.schedule();
      }),
      bindMapInput(element, {
        camera: () => this.camera(),
        size: () => this.size(),
        setCamera: (camera) => this.setCamera(camera),
        hover: (id) => actions.hover(id),
        choose: (id) => this.choose(id),
        hold: (on) => this.hold(on),
      }),
    );
    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => this.schedule());
      observer.observe(element);
      this.disposers.push(() => observer.disconnect());
    }
  }

  size(): { width: number; height: number } {
    const { clientWidth: width, clientHeight: height } = this.element;
    return width > 0 && height > 0 ? { width, height } : FALLBACK_SIZE;
  }

  /** The camera now: MapLibre's initial fit until the first move; kept in its limits at the current size. */
  camera(): Camera {
    const { width, height } = this.size();
    this.cam = this.cam ? constrain(this.cam, width, height) : initialCamera(width, height);
    return this.cam;
  }

  setCamera(camera: Camera): void {
    this.cam = camera;
    this.schedule();
  }

  zoom(delta: number): void {
    const { width, height } = this.size();
    this.setCamera(zoomBy(this.camera(), delta, width, height));
  }

  setBasemap(basemap: Basemap): void {
    this.basemap = basemap;
    this.schedule();
  }

  private choose(id: string | null): void {
    const selectable = id !== null && selectableIds(this.state.dataset.peek()).has(id);
    this.actions.select(selectable ? id : null);
  }

  private hold(on: boolean): void {
    this.held = on;
    if (!on && this.missed) this.schedule();
  }

  private schedule(): void {
    if (this.held) this.missed = true;
    else if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Draws now (also called by tests and by the print handler, which cannot wait for a frame). */
  draw(): void {
    this.frame = 0;
    if (this.held) {
      this.missed = true;
      return;
    }
    this.missed = false;
    const dataset = this.state.dataset.peek();
    if (!dataset) return;
    const { width, height } = this.size();
    const camera = this.camera();
    const lang = this.state.lang.peek();
    showSvg(
      this.element,
      renderMapSvg({
        basemap: this.basemap,
        dataset,
        visibleLayers: this.state.visibleLayers.peek(),
        lang,
        selectedId: this.state.selected.peek(),
        hoveredId: this.state.hovered.peek(),
        camera,
        width,
        height,
        attribution: SVGMAP_MESSAGES[lang].attribution,
        interactive: true,
      }),
    );
    const [lng, lat] = camera.center;
    this.element.dataset.camera = `${camera.zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    for (const dispose of this.disposers) dispose();
  }
}
