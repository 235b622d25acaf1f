// Build-time only (build/prerender.ts): the app's shell (title, language switch, legend, route list) as
// static HTML in one language, rendered by the same components the app mounts, from the bundled routes file.
import { renderToString } from 'preact-render-to-string';
import routesText from '../../data/routes.json?raw';
import { DATA_FILES } from '../data/files';
import { parseDataset } from '../data/parse';
import type { Lang } from '../data/schema';

export { LANGS } from '../data/schema';
export { loadCatalogue } from '../i18n/i18n';

import { createActions, createState } from '../state/store';
import { App } from '../ui/App';
import { AppContext } from '../ui/context';

export function renderShell(lang: Lang): string {
  const state = createState({ lang });
  const actions = createActions(state);
  // Only the routes file is given: the others are reported missing, as in src/main.tsx's first paint.
  const { dataset, errors } = parseDataset({ routes: JSON.parse(routesText) });
  const own = errors.filter((e) => e.file === DATA_FILES.routes);
  if (own.length > 0 || dataset.routes.length === 0)
    throw new Error(own.map((e) => `${e.file} ${e.record} ${e.field}: ${e.message}`).join('\n'));
  state.dataset.value = dataset;
  return renderToString(
    <AppContext.Provider value={{ state, actions }}>
      <App />
    </AppContext.Provider>,
  );
}
