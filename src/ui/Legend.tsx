// The legend that is also the layer switch: one native checkbox per layer, with its map symbol; the year's
// widths and trade classes follow once the data has loaded (src/ui/YearLegend.tsx, its own chunk).
import { useEffect, useState } from 'preact/hooks';
import type { LayerKey } from '../state/url';
import { LAYER_KEYS } from '../state/url';
import { useApp, useT } from './context';

function Swatch({ layer }: { layer: LayerKey }) {
  return <span class={`swatch swatch-${layer}`} aria-hidden="true" />;
}

export function Legend() {
  const { state, actions } = useApp();
  const { t } = useT();
  const visible = state.visibleLayers.value;
  const loaded = state.dataset.value !== null;
  const [yearLegend, setYearLegend] = useState<typeof import('./YearLegend') | null>(null);
  useEffect(() => {
    if (loaded) import('./YearLegend').then(setYearLegend, () => undefined);
  }, [loaded]);
  return (
    <fieldset class="legend">
      <legend>{t('layers.title')}</legend>
      {LAYER_KEYS.map((key) => (
        <label key={key} class="legend-item">
          <input
            type="checkbox"
            name={`layer-${key}`}
            checked={visible.includes(key)}
            onChange={(event) => actions.setLayerVisible(key, event.currentTarget.checked)}
          />
          <Swatch layer={key} />
          <span>{t(`layers.${key}`)}</span>
          {key === 'titr' && (
            <span class="legend-modes">
              <span class="swatch swatch-titr" aria-hidden="true" /> {t('legend.rail')}{' '}
              <span class="swatch swatch-titr-sea" aria-hidden="true" /> {t('legend.sea')}
            </span>
          )}
        </label>
      ))}
      {yearLegend && <yearLegend.YearLegend />}
    </fieldset>
  );
}
