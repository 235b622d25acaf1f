// The map drawn as SVG, for browsers without WebGL 2 or after a lost GPU context: the same picture as the
// MapLibre view, panned and zoomed by drag, wheel, keys and buttons; features select like on the map.
import { useEffect, useRef } from 'preact/hooks';
import type { Basemap } from '../render';
import { useApp } from '../ui/context';
import { useViewT } from '../views/i18n';
import { EMPTY_BASEMAP, loadBasemap as fetchBasemap } from './basemap';
import { SvgMapController } from './controller';
import { SVGMAP_MESSAGES } from './messages';
import { SaveMapButtons } from './SaveMapButtons';

export interface SvgMapProps {
  /** The basemap source (tests pass files read from disk). */
  loadBasemap?: () => Promise<Basemap>;
}

export function SvgMap({ loadBasemap = fetchBasemap }: SvgMapProps) {
  const { state, actions } = useApp();
  const { vt } = useViewT(SVGMAP_MESSAGES);
  const host = useRef<HTMLElement>(null);
  const controller = useRef<SvgMapController | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const map = new SvgMapController(host.current, state, actions, EMPTY_BASEMAP);
    controller.current = map;
    let live = true;
    loadBasemap()
      .then((basemap) => live && map.setBasemap(basemap))
      .catch(() => undefined);
    // A print is laid out at once: draw the current view rather than wait for a frame that may not come.
    const beforePrint = () => map.draw();
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      live = false;
      window.removeEventListener('beforeprint', beforePrint);
      map.dispose();
      controller.current = null;
    };
  }, []);

  return (
    <div class="svgmap-wrap">
      <section
        ref={host}
        class="svgmap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable like MapLibre's canvas, so the arrow and +/- keys reach it.
        tabIndex={0}
        aria-label={vt('label')}
        aria-describedby="svgmap-hint"
      />
      <p id="svgmap-hint" class="visually-hidden">
        {vt('hint')}
      </p>
      <div class="svgmap-controls">
        <button
          type="button"
          aria-label={vt('zoomIn')}
          title={vt('zoomIn')}
          onClick={() => controller.current?.zoom(1)}
        >
          +
        </button>
        <button
          type="button"
          aria-label={vt('zoomOut')}
          title={vt('zoomOut')}
          onClick={() => controller.current?.zoom(-1)}
        >
          −
        </button>
      </div>
      <SaveMapButtons view={() => controller.current} />
    </div>
  );
}
