// The first-paint poster is a facade for the live map: MapLibre (its download, its evaluation and, under
// software WebGL, a second or more of frames) starts when the reader first does something, not while the
// page loads. Both choices were measured with Lighthouse 12.2.3 (SwiftShader, 2026-12-07): starting on the
// first idle after load scored 70 desktop / 67 mobile (total blocking time 1.8 s / 8.3 s, as loading it at
// once), starting on the first input 100 / 97 (0 ms / 107 ms). The poster shows the same map meanwhile.
import { effect } from '@preact/signals';
import type { AppState } from '../state/store';

/** The attribute src/shell/shell.js sets on <html> at the reader's first input while the poster shows. */
export const WAKE_ATTRIBUTE = 'data-map-wake';

/**
 * Resolves when the live map is wanted: at once when no poster stands in for it (a URL with a selection,
 * a camera or a view, a resize, no shell), else at the reader's first input (noted by the shell script, which
 * may have seen it before this module ran) or at any change of state the poster cannot show (selection,
 * layers, language, year, scale, a camera request), whichever comes first.
 */
export function whenMapWanted(state: AppState, doc: Document = document): Promise<string> {
  return new Promise((resolve) => {
    const root = doc.documentElement;
    const posterShown = () => doc.getElementById('map-poster') !== null;
    if (!posterShown()) return resolve('no-poster');
    const noted = root.getAttribute(WAKE_ATTRIBUTE);
    if (noted) return resolve(noted);
    let done = false;
    let first = true;
    let stopEffect = () => {};
    const finish = (why: string) => {
      if (done) return;
      done = true;
      observer.disconnect();
      queueMicrotask(() => stopEffect());
      resolve(why);
    };
    const observer = new MutationObserver(() => {
      const wake = root.getAttribute(WAKE_ATTRIBUTE);
      if (wake) finish(wake);
      else if (!posterShown()) finish('no-poster');
    });
    observer.observe(root, { attributes: true, attributeFilter: [WAKE_ATTRIBUTE] });
    observer.observe(doc.body, { childList: true });
    stopEffect = effect(() => {
      // Read every signal the poster cannot follow, so a change to any of them wakes the map.
      void [
        state.selected.value,
        state.visibleLayers.value,
        state.lang.value,
        state.year.value,
        state.scale.value,
        state.focusRequest.value,
      ];
      if (first) {
        first = false;
        return;
      }
      finish('state');
    });
  });
}
