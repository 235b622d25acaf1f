// Warms the side panel while the page is idle: renders the details of the given features once into a
// hidden, off-screen host, forces their layout and removes them again, in one task (never painted, never
// exposed to assistive technology). The first click on a route then finds the panel's code compiled and
// its words shaped, instead of paying for both while the user waits.
import { render } from 'preact';
import type { Dataset } from '../data/schema';
import { featureOf } from '../state/derive';
import { AppContext, type AppContextValue } from './context';
import { FeatureDetails } from './FeatureDetails';

export function warmPanel(app: AppContextValue, dataset: Dataset, id: string): void {
  const feature = featureOf(dataset, id);
  if (!feature) return;
  const host = document.createElement('div');
  host.className = 'detail-panel open warm-host';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  try {
    render(
      <AppContext.Provider value={app}>
        <FeatureDetails dataset={dataset} feature={feature} deferLong={false} />
      </AppContext.Provider>,
      host,
    );
    void host.offsetHeight;
  } finally {
    host.remove();
    render(null, host);
  }
}
