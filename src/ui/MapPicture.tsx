// "Save map" and "Print" over the live map: the current view (camera from the URL hash, layers, selection,
// language) drawn by the SVG renderer as a picture with title, legend and source line. The renderer loads
// on first use; printing puts the same picture in place of the WebGL canvas, without the controls.
import { useState } from 'preact/hooks';
import { MAP_CONTAINER_ID } from '../map/ids';
import { REGION_BOUNDS } from '../map/start';
import { parseCameraHash } from '../state/url';
import { useApp, useT } from './context';

export function MapPicture() {
  const { state } = useApp();
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [printSrc, setPrintSrc] = useState<string | null>(null);

  function options() {
    const dataset = state.dataset.peek();
    const host = document.getElementById(MAP_CONTAINER_ID);
    if (!dataset || !host) return null;
    const hash = parseCameraHash(location.hash);
    return {
      dataset,
      lang: state.lang.peek(),
      visibleLayers: state.visibleLayers.peek(),
      selectedId: state.selected.peek(),
      hash,
      width: host.clientWidth,
      height: host.clientHeight,
    };
  }

  async function run(action: 'svg' | 'png' | 'print') {
    const found = options();
    if (!found || busy) return;
    setBusy(true);
    try {
      const { hash, ...rest } = found;
      const camera = hash
        ? { center: [hash.lng, hash.lat] as [number, number], zoom: hash.zoom }
        : (await import('../render/projection')).fitBounds(REGION_BOUNDS, rest.width, rest.height, 20);
      const opts = { ...rest, camera };
      if (action === 'print') {
        const [{ pictureSvg }, { loadBasemap }] = await Promise.all([
          import('../svgmap/picture'),
          import('../svgmap/basemap'),
        ]);
        const svg = pictureSvg({ ...opts, basemap: await loadBasemap() });
        setPrintSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
        requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
      } else {
        const { saveMapPicture } = await import('../svgmap/save-picture');
        await saveMapPicture(action, opts);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <fieldset class="map-picture">
        <legend class="visually-hidden">{t('map.picture')}</legend>
        <button type="button" disabled={busy} onClick={() => void run('svg')}>
          {t('map.saveSvg')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('png')}>
          {t('map.savePng')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('print')}>
          {t('map.print')}
        </button>
      </fieldset>
      {printSrc && <img class="print-map" src={printSrc} alt={t('map.label')} />}
    </>
  );
}
