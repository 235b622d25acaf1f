// Keeps the query string and the state in step: a new selection pushes a history entry, other changes
// replace it; back and forward restore the state. The hash (camera) is MapLibre's and is left alone.
import { effect } from '@preact/signals';
import type { Actions, AppState } from './store';
import { selectableIds } from './store';
import { DEFAULT_LAYERS, parseQuery, serializeQuery } from './url';

export function syncUrl(state: AppState, actions: Actions, win: Window = window): () => void {
  let lastSelected = state.selected.value;
  let lastView = state.view.value;
  const stopEffect = effect(() => {
    const query = serializeQuery({
      selected: state.selected.value,
      layers: state.visibleLayers.value,
      lang: state.lang.value,
      view: state.view.value,
      filter: state.viewFilter.value,
      year: state.year.value,
      scale: state.scale.value,
      embed: state.embed,
    });
    const { location, history } = win;
    if (query === location.search) return;
    const url = `${location.pathname}${query}${location.hash}`;
    // A new selection or another view is a step the reader can go back from; the rest replaces.
    if (state.selected.value !== lastSelected || state.view.value !== lastView)
      history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    lastSelected = state.selected.value;
    lastView = state.view.value;
  });
  const onPopState = () => {
    const parsed = parseQuery(win.location.search, selectableIds(state.dataset.value));
    lastSelected = parsed.selected;
    lastView = parsed.view;
    actions.select(parsed.selected);
    actions.openView(parsed.view, parsed.filter);
    state.visibleLayers.value = parsed.layers ?? DEFAULT_LAYERS;
    actions.setYear(parsed.year);
    actions.setScale(parsed.scale ?? 'cargo');
    if (parsed.lang) actions.setLang(parsed.lang);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    stopEffect();
    win.removeEventListener('popstate', onPopState);
  };
}
