// Paints the prerendered shell (build/prerender.ts) in the reader's language before the app's modules run:
// the language from `?lang=`, else the browser's first language among az, ru and en, else English, the
// same choice as src/state/url.ts (parseQuery, preferredLang; tests/unit/shell-script.test.ts holds them
// together). Inlined into index.html by build/prerender.ts; the Content-Security-Policy allows it by hash.
(() => {
  const langs = ['az', 'ru', 'en'];
  let lang = null;
  try {
    const search = location.search.length > 4096 ? '' : location.search;
    const wanted = new URLSearchParams(search).get('lang');
    if (wanted !== null && wanted.length <= 200 && langs.includes(wanted)) lang = wanted;
  } catch {
    // An unreadable query: fall back to the browser's languages.
  }
  if (lang === null) {
    const tags = navigator.languages ?? [navigator.language];
    for (const tag of tags) {
      const base = String(tag).toLowerCase().split('-')[0];
      if (langs.includes(base)) {
        lang = base;
        break;
      }
    }
  }
  lang ??= 'en';
  const root = document.getElementById('app');
  const template = document.getElementById(`shell-${lang}`);
  if (!root || !template || root.firstChild) return;
  root.appendChild(template.content.cloneNode(true));
  document.documentElement.lang = lang;
  try {
    if (showPoster(root, lang)) wakeOnFirstInput();
  } catch {
    // No poster: the map area shows its loading message, as without one.
  }

  /**
   * The poster is a facade: the live map (MapLibre, the heaviest start-up work) starts on the reader's first
   * input, noted here as <html data-map-wake> so an input made before the app's modules run is not lost
   * (src/map/wake.ts waits for it). A resize also wakes it, since the poster is then gone.
   */
  function wakeOnFirstInput() {
    const events = ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown', 'resize'];
    const wake = (event) => {
      document.documentElement.dataset.mapWake = event.type;
      for (const type of events) removeEventListener(type, wake, true);
    };
    for (const type of events) addEventListener(type, wake, { capture: true, passive: true });
  }

  /**
   * The map poster (build/poster.ts) over the map area, at the camera MapLibre will choose for the map
   * container's size (src/map/view.ts: fit the region with 20 px padding, zoom 2–10, kept inside the
   * clipped basemap; src/render/projection.ts does the same in TypeScript). Skipped when the URL asks for
   * a camera, a selection or a view the poster cannot show. src/map/start.ts removes it at the first idle.
   */
  function showPoster(appRoot, posterLang) {
    const poster = document.getElementById('poster');
    const labels = document.getElementById(`poster-labels-${posterLang}`);
    if (!poster || !labels || /(^|[#&])map=/.test(location.hash)) return false;
    const params = new URLSearchParams(location.search);
    if (params.has('sel') || params.has('view')) return false;
    const host = appRoot.querySelector('.map-wrap');
    const rect = host?.getBoundingClientRect();
    if (!rect || rect.width < 1 || rect.height < 1) return false;
    const svg = poster.content.firstElementChild.cloneNode(true);
    svg.querySelector('.poster-labels')?.replaceWith(labels.content.cloneNode(true));
    const W = rect.width;
    const H = rect.height;
    const mx = (lon) => (lon + 180) / 360;
    const my = (lat) =>
      (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
    // Fit [27, 33, 88, 53] with 20 px padding; ws is the world's size in px (512 · 2^zoom).
    let ws = Math.min((W - 40) / (mx(88) - mx(27)), (H - 40) / (my(33) - my(53)));
    ws = Math.max(512 * 2 ** 2, Math.min(512 * 2 ** 10, ws));
    let cx = ((mx(27) + mx(88)) / 2) * ws;
    let cy = ((my(53) + my(33)) / 2) * ws;
    // Constrain to [0, -45, 140, 75] (src/map/ids.ts CAMERA_BOUNDS): zoom in until it fills the view, else pan inside it.
    const [minX, maxX, minY, maxY] = [mx(0) * ws, mx(140) * ws, my(75) * ws, my(-45) * ws];
    const sx = maxX - minX < W ? W / (maxX - minX) : 0;
    const sy = maxY - minY < H ? H / (maxY - minY) : 0;
    const s = Math.max(sx, sy);
    if (s) {
      cx = (sx ? (maxX + minX) / 2 : cx) * s;
      cy = (sy ? (maxY + minY) / 2 : cy) * s;
      ws *= s;
    } else {
      if (cy - H / 2 < minY) cy = minY + H / 2;
      if (cy + H / 2 > maxY) cy = maxY - H / 2;
      if (cx - W / 2 < minX) cx = minX + W / 2;
      if (cx + W / 2 > maxX) cx = maxX - W / 2;
    }
    const ws0 = Number(svg.getAttribute('data-ws'));
    const k = ws0 / ws;
    const x = (cx / ws) * ws0 + Number(svg.getAttribute('data-dx')) - (W / 2) * k;
    const y = (cy / ws) * ws0 + Number(svg.getAttribute('data-dy')) - (H / 2) * k;
    svg.setAttribute('viewBox', `${x} ${y} ${W * k} ${H * k}`);
    svg.setAttribute('width', String(W));
    svg.setAttribute('height', String(H));
    const wrap = document.createElement('div');
    wrap.id = 'map-poster';
    wrap.setAttribute('aria-hidden', 'true');
    // Set through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
    Object.assign(wrap.style, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${W}px`,
      height: `${H}px`,
      overflow: 'hidden',
      pointerEvents: 'none',
      zIndex: '1',
    });
    wrap.appendChild(svg);
    document.body.appendChild(wrap);
    // The layout it was measured for is gone: better no poster than a misplaced one.
    addEventListener('resize', () => wrap.remove(), { once: true });
    return true;
  }
})();
