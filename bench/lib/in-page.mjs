// Functions that run inside the benchmarked pages (serialized by Playwright: no closures over this module).
// All times are performance.now() values, i.e. milliseconds since the page's navigation start.

/**
 * Init script for every page: buffered long tasks; the first time `data-map-ready` turns 'true' on <html>
 * (set by the app on its map's first idle, and by the reference pages the same way); the first frame
 * produced after the app's shell shows its first list button (first useful paint).
 */
export function initScript() {
  const bench = {
    idle: null,
    firstUsefulPaint: null,
    posterPaint: null,
    svgMapPaint: null,
    longTasks: [],
    onIdle: null,
    onMapPaint: null,
  };
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the metric stays empty.
  }
  // The shell counts as painted once the frame after the first list button's insertion has been produced
  // (rAF, then a posted message): its DOM being there is not enough while scripts keep the thread busy.
  const shell = new MutationObserver(() => {
    if (!document.querySelector('.feature-list button')) return;
    shell.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.firstUsefulPaint = performance.now();
        performance.mark('bench:first-useful-paint');
      };
      channel.port2.postMessage(null);
    });
  });
  shell.observe(document, { childList: true, subtree: true });
  // First map paint: the frame after the map area first shows the routes, i.e. the first-paint poster
  // (#map-poster, inserted by the inline shell script) or, without WebGL, the SVG map (.svgmap svg), each
  // in the page and visible. Reference pages have neither (their "painted" is their own idle).
  const visible = (element) => {
    if (!element?.isConnected) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    const style = getComputedStyle(element);
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
  };
  const afterFrame = (key) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench[key] ??= performance.now();
        performance.mark(`bench:${key}`);
        bench.onMapPaint?.();
      };
      channel.port2.postMessage(null);
    });
  let posterSeen = false;
  let svgSeen = false;
  const mapPaint = new MutationObserver(() => {
    if (!posterSeen && visible(document.getElementById('map-poster'))) {
      posterSeen = true;
      afterFrame('posterPaint');
      // The poster is a facade (src/map/wake.ts): the reader's first input starts the live map. Measure a
      // reader who moves the pointer over the map the moment it shows, so start-up is timed from load.
      requestAnimationFrame(() => window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true })));
    }
    if (!svgSeen && visible(document.querySelector('.svgmap svg'))) {
      svgSeen = true;
      afterFrame('svgMapPaint');
    }
    if (svgSeen) mapPaint.disconnect();
  });
  mapPaint.observe(document, { childList: true, subtree: true });
  bench.stopMapPaint = () => mapPaint.disconnect();
  const ready = new MutationObserver(() => {
    if (bench.idle !== null || document.documentElement?.dataset.mapReady !== 'true') return;
    bench.idle = performance.now();
    performance.mark('bench:map-idle');
    ready.disconnect();
    shell.disconnect();
    bench.stopMapPaint();
    bench.onIdle?.();
  });
  ready.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
}

/** Resolves once the page is ready (see initScript) with the load metrics; rejects after timeoutMs. */
export function waitForReady(timeoutMs) {
  const bench = window.__bench;
  const snapshot = () => {
    const idle = bench.idle;
    const longTaskMs = bench.longTasks.reduce(
      (sum, [start, duration]) => sum + Math.max(0, Math.min(start + duration, idle) - start),
      0,
    );
    const resources = performance.getEntriesByType('resource').map((e) => ({
      url: e.name,
      initiator: e.initiatorType,
      encodedBytes: e.encodedBodySize,
      decodedBytes: e.decodedBodySize,
      startMs: e.startTime,
      endMs: e.responseEnd,
    }));
    const memory = performance.memory;
    return {
      idleMs: idle,
      firstUsefulPaintMs: bench.firstUsefulPaint,
      posterPaintMs: bench.posterPaint,
      svgMapPaintMs: bench.svgMapPaint,
      longTaskMs,
      longTaskCount: bench.longTasks.filter(([start]) => start < idle).length,
      usedJSHeapSize: memory ? memory.usedJSHeapSize : null,
      resources,
    };
  };
  return new Promise((resolve, reject) => {
    if (bench.idle !== null) return resolve(snapshot());
    const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
    bench.onIdle = () => {
      clearTimeout(timer);
      resolve(snapshot());
    };
  });
}

/**
 * Without WebGL (no `idle` ever comes): resolves once the SVG map's first frame is in, or after timeoutMs,
 * with the poster's and the SVG map's first frames (null when not seen).
 */
export function waitForMapPaint(timeoutMs) {
  const bench = window.__bench;
  const snapshot = () => ({ posterPaintMs: bench.posterPaint, svgMapPaintMs: bench.svgMapPaint });
  return new Promise((resolve) => {
    if (bench.svgMapPaint !== null) return resolve(snapshot());
    const timer = setTimeout(() => resolve(snapshot()), timeoutMs);
    bench.onMapPaint = () => {
      if (bench.svgMapPaint === null) return;
      clearTimeout(timer);
      resolve(snapshot());
    };
  });
}

/** Resolves on the next `idle` of a MapLibre map (forcing one frame), or after two frames for Leaflet. */
export function settle(timeoutMs) {
  return new Promise((resolve) => {
    const map = window.__atlasMap;
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    if (!map) return requestAnimationFrame(() => requestAnimationFrame(done));
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/** Puts every page on the same camera for the pan (Leaflet zoom = MapLibre zoom + 1: 256 vs 512 px tiles). */
export function setCamera([lon, lat, zoom]) {
  if (window.__atlasMap) window.__atlasMap.jumpTo({ center: [lon, lat], zoom });
  else window.__leafletMap.setView([lat, lon], zoom + 1, { animate: false });
}

/** A MapLibre map's camera as [lon, lat, zoom] (null on Leaflet). */
export function getCamera() {
  const map = window.__atlasMap;
  if (!map) return null;
  const { lng, lat } = map.getCenter();
  return [lng, lat, map.getZoom()];
}

export function mapRect() {
  const rect = document.getElementById('map').getBoundingClientRect();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}

/** Starts recording rAF deltas; window.__benchStopFrames() stops and returns them. */
export function startFrames() {
  const deltas = [];
  let last = null;
  let running = true;
  const tick = (time) => {
    if (last !== null) deltas.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchStopFrames = () => {
    running = false;
    return deltas;
  };
}

export function stopFrames() {
  return window.__benchStopFrames();
}

/**
 * Arms one click → panel measurement. `paintedMs` is the Event Timing API's duration of the click (the
 * web's "interaction to next paint": from the click's timeStamp to the presentation of the first frame after
 * its handlers, which includes the panel Preact commits in the same task; 8 ms granularity, and entries under
 * 16 ms are not reported, counted as 16). The heading must show `expected` by then, else the measurement
 * is rejected. `commitMs` is when the DOM change was observed; `settledMs` the frame after it plus any tasks
 * queued before a posted message (the app's follow-up work: deferred sections, map resize and camera).
 */
export function armPanel(expected) {
  window.__benchPanel = new Promise((resolve, reject) => {
    let clickedAt = null;
    let eventMs = null;
    const timing = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'click' && clickedAt !== null && Math.abs(entry.startTime - clickedAt) < 1)
          eventMs = entry.duration;
      }
    });
    timing.observe({ type: 'event', durationThreshold: 16 });
    window.addEventListener(
      'click',
      (event) => {
        clickedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const heading = document.getElementById('panel-heading');
      if (clickedAt === null || heading?.textContent?.trim() !== expected) return;
      observer.disconnect();
      const commitMs = performance.now() - clickedAt;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const settledMs = performance.now() - clickedAt;
          // Event Timing entries arrive once the frame's presentation time is known.
          setTimeout(() => {
            timing.disconnect();
            if (commitMs > (eventMs ?? 16) + 8)
              reject(new Error("panel committed after the click's next paint"));
            resolve({ paintedMs: eventMs ?? 16, commitMs, settledMs });
          }, 500);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** The armed panel measurement, or `{ timedOut: true }` after `timeoutMs` (a hang is reported, not waited out). */
export function panelResult(timeoutMs = 15000) {
  return Promise.race([
    window.__benchPanel,
    new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), timeoutMs)),
  ]);
}

/**
 * Arms one language switch measurement: from the radio's click event to the map's next `idle` after the
 * label layers' text-field names the new language (`idleMs`), and to the first rendered frame in which the
 * re-laid-out label tiles are all loaded again (`drawnMs`: labels drawn, still fading in).
 */
export function armLang(lang) {
  window.__benchLang = new Promise((resolve) => {
    const map = window.__atlasMap;
    window.addEventListener(
      'click',
      (event) => {
        const clickedAt = event.timeStamp;
        let drawnMs = null;
        let reloading = false;
        const onRender = () => {
          const loaded = map.areTilesLoaded();
          if (!loaded) reloading = true;
          else if (reloading && drawnMs === null) drawnMs = performance.now() - clickedAt;
        };
        const check = () => {
          const field = JSON.stringify(map.getLayoutProperty('place-labels', 'text-field'));
          if (!field.includes(`name_${lang}`)) return requestAnimationFrame(check);
          map.on('render', onRender);
          map.once('idle', () => {
            map.off('render', onRender);
            const idleMs = performance.now() - clickedAt;
            resolve({ idleMs, drawnMs: drawnMs ?? idleMs });
          });
        };
        setTimeout(check, 0);
      },
      { capture: true, once: true },
    );
  });
}

/** The armed language measurement, or `{ timedOut: true }` after `timeoutMs`. */
export function langResult(timeoutMs = 15000) {
  return Promise.race([
    window.__benchLang,
    new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), timeoutMs)),
  ]);
}

/** The floor's language switch, timed like armLang but from the call that changes both label layers. */
export function floorLang(lang) {
  return new Promise((resolve) => {
    const map = window.__atlasMap;
    const startedAt = performance.now();
    let drawnMs = null;
    let reloading = false;
    const onRender = () => {
      const loaded = map.areTilesLoaded();
      if (!loaded) reloading = true;
      else if (reloading && drawnMs === null) drawnMs = performance.now() - startedAt;
    };
    window.__benchSetLang(lang);
    map.on('render', onRender);
    map.once('idle', () => {
      map.off('render', onRender);
      const idleMs = performance.now() - startedAt;
      resolve({ idleMs, drawnMs: drawnMs ?? idleMs });
    });
  });
}
