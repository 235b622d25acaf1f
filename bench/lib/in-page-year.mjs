// Year change → next map idle, inside the benchmarked pages (serialized by Playwright: no closures over this
// module). The app's change goes through its slider (input[type=range], "Year on the map"): its value set and
// `input` + `change` dispatched, as a reader's drag does; its year binding then sets feature-state (widths,
// radii, trade classes) synchronously. The floor page sets a feature-state width on its route features.

/**
 * Times one year change on the app: from the `input` dispatch to the map's next `idle` (`idleMs`) and to
 * the first frame rendered after it (`drawnMs`). Rejects when the slider is missing or the year shown
 * afterwards is not the one set; when no idle came within timeoutMs, resolves with idleMs = timeoutMs
 * (a lower bound) and `timedOut: true`.
 */
export function appYear({ year, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const map = window.__atlasMap;
    const slider = document.querySelector('input[type="range"].year-range, input[type="range"]');
    if (!map || !slider) return reject(new Error('no map or no year slider'));
    let drawnMs = null;
    const onRender = () => {
      drawnMs ??= performance.now() - startedAt;
    };
    const timer = setTimeout(() => {
      map.off('render', onRender);
      resolve({ year, idleMs: timeoutMs, drawnMs, timedOut: true });
    }, timeoutMs);
    map.on('render', onRender);
    const startedAt = performance.now();
    slider.value = String(year);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    map.once('idle', () => {
      const idleMs = performance.now() - startedAt;
      clearTimeout(timer);
      map.off('render', onRender);
      const shown = document.querySelector('.year-value')?.textContent?.trim();
      if (shown !== undefined && shown !== String(year))
        return reject(new Error(`year ${year} set, the control shows ${shown}`));
      resolve({ year, idleMs, drawnMs: drawnMs ?? idleMs, timedOut: false });
    });
  });
}

/** The same on the floor page: window.__benchSetYear sets every route feature's widthPx for the year. */
export function floorYear({ year, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const map = window.__atlasMap;
    if (!map || !window.__benchSetYear) return reject(new Error('no map or no __benchSetYear'));
    let drawnMs = null;
    const onRender = () => {
      drawnMs ??= performance.now() - startedAt;
    };
    const timer = setTimeout(() => {
      map.off('render', onRender);
      resolve({ year, idleMs: timeoutMs, drawnMs, timedOut: true });
    }, timeoutMs);
    map.on('render', onRender);
    const startedAt = performance.now();
    window.__benchSetYear(year);
    map.once('idle', () => {
      const idleMs = performance.now() - startedAt;
      clearTimeout(timer);
      map.off('render', onRender);
      resolve({ year, idleMs, drawnMs: drawnMs ?? idleMs, timedOut: false });
    });
  });
}

/** The year the app's slider shows (null without one). */
export function appSliderYear() {
  const slider = document.querySelector('input[type="range"]');
  return slider ? Number(slider.value) : null;
}
