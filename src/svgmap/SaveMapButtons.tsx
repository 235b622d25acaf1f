// "Save map" for the SVG map: the current view as an SVG or a PNG picture (src/svgmap/save-picture.ts).
import { useState } from 'preact/hooks';
import { useApp } from '../ui/context';
import { useViewT } from '../views/i18n';
import type { SvgMapController } from './controller';
import { SVGMAP_MESSAGES } from './messages';
import type { PictureFormat } from './picture';
import { saveMapPicture } from './save-picture';

export function SaveMapButtons({ view }: { view: () => SvgMapController | null }) {
  const { state } = useApp();
  const { vt } = useViewT(SVGMAP_MESSAGES);
  const [busy, setBusy] = useState(false);

  async function save(format: PictureFormat) {
    const map = view();
    const dataset = state.dataset.peek();
    if (!map || !dataset || busy) return;
    setBusy(true);
    try {
      await saveMapPicture(format, {
        dataset,
        lang: state.lang.peek(),
        visibleLayers: state.visibleLayers.peek(),
        selectedId: state.selected.peek(),
        camera: map.camera(),
        ...map.size(),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset class="svgmap-save">
      <legend class="visually-hidden">{vt('save')}</legend>
      <button type="button" disabled={busy} onClick={() => void save('svg')}>
        {vt('saveSvg')}
      </button>
      <button type="button" disabled={busy} onClick={() => void save('png')}>
        {vt('savePng')}
      </button>
    </fieldset>
  );
}
