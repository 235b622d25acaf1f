// Drives one page once in a fresh browser context (cold cache): load to ready, heap, a scripted pan, and for
// the app the click → panel and language → labels interactions. Returns raw numbers, no statistics.
import {
  armLang,
  armPanel,
  floorLang,
  getCamera,
  initScript,
  langResult,
  mapRect,
  panelResult,
  setCamera,
  settle,
  startFrames,
  stopFrames,
  waitForReady,
} from './in-page.mjs';
import { changeYears } from './years.mjs';

export const LOAD_VIEWPORT = { width: 1280, height: 800 };
export const PAN_VIEWPORT = { width: 800, height: 600 };
/** The pan's camera: the Caspian between Baku and Turkmenbashi, zoom 4 (MapLibre). */
export const PAN_CAMERA = [52, 41, 4];
export const PAN_MS = 3000;
export const CLICKS = 10;
export const LANG_SWITCHES = ['ru', 'az', 'en', 'ru', 'az', 'en'];
const READY_TIMEOUT_MS = 120_000;
const SETTLE_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ kind: 'app' | 'floor' | 'naive' | 'leaflet', url: string, panSize?: { width: number, height: number }, yearChanges?: number }} target
 */
export async function runPage(browser, target) {
  const context = await browser.newContext({
    viewport: LOAD_VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    // A first visit as the page loads it: the service worker's offline precache (the whole build, fetched
    // in the background once the map is up) is not the page's weight; its size is reported from the build.
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(initScript);
    const transfers = [];
    context.on('requestfinished', (request) => {
      transfers.push(
        request
          .sizes()
          .then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize }))
          .catch(() => null),
      );
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(target.url, { waitUntil: 'commit' });
    const load = await page.evaluate(waitForReady, READY_TIMEOUT_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const loadRect = await page.evaluate(mapRect);
    const loadCamera = await page.evaluate(getCamera);
    const pan = await panOnce(page, target);
    const result = {
      kind: target.kind,
      ...load,
      heapUsedBytes: heap.usedSize,
      mapSize: { width: loadRect.width, height: loadRect.height },
      pan,
      transfers: (await Promise.all(transfers)).filter(Boolean),
      errors,
    };
    if (target.kind === 'app') {
      await page.setViewportSize(LOAD_VIEWPORT);
      await page.evaluate(settle, SETTLE_TIMEOUT_MS);
      result.clicks = await clickRoutes(page);
      await backTo(page, loadCamera);
      result.langs = await switchLanguages(page);
    }
    if ((target.kind === 'app' || target.kind === 'floor') && target.yearChanges) {
      await backTo(page, loadCamera);
      result.years = await changeYears(page, target.kind, target.yearChanges, () =>
        page.evaluate(settle, SETTLE_TIMEOUT_MS),
      );
    }
    if (target.kind === 'floor') {
      await page.setViewportSize(LOAD_VIEWPORT);
      await page.evaluate(({ width, height }) => window.__benchResize(width, height), result.mapSize);
      await backTo(page, loadCamera);
      result.langs = await switchFloorLanguages(page);
    }
    return result;
  } finally {
    await context.close();
  }
}

/** Back to the camera the page opened with, so app and floor switch languages on the same view. */
async function backTo(page, camera) {
  await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  await page.evaluate(setCamera, camera);
  await page.evaluate(settle, SETTLE_TIMEOUT_MS);
}

/** The same 3 s mouse drag on every page: a figure eight around the map's centre, one move per 16 ms. */
async function panOnce(page, target) {
  await page.setViewportSize(PAN_VIEWPORT);
  if (target.kind !== 'app' && target.panSize) {
    await page.evaluate(({ width, height }) => window.__benchResize(width, height), target.panSize);
  }
  await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  await page.evaluate(setCamera, PAN_CAMERA);
  await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  const rect = await page.evaluate(mapRect);
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const ax = rect.width * 0.3;
  const ay = rect.height * 0.2;
  await page.mouse.move(cx, cy);
  await page.evaluate(startFrames);
  await page.mouse.down();
  const start = performance.now();
  for (let step = 1; ; step++) {
    const due = start + step * 16;
    const now = performance.now();
    if (due > now) await sleep(due - now);
    const f = Math.min(1, (performance.now() - start) / PAN_MS);
    await page.mouse.move(cx + ax * Math.sin(2 * Math.PI * f), cy + ay * Math.sin(4 * Math.PI * f));
    if (f >= 1) break;
  }
  await page.mouse.up();
  const deltas = await page.evaluate(stopFrames);
  return { deltas, size: { width: rect.width, height: rect.height } };
}

/**
 * Alternates the BTK and TITR list buttons; waits for the map to settle after each (fitTo animation).
 * The pointer rests on the button first, as a user's does: hovering a list entry highlights its feature on
 * the map, and that redraw belongs to the hover, not to the click being timed.
 */
async function clickRoutes(page) {
  const samples = [];
  for (let i = 0; i < CLICKS; i++) {
    const selector = `.feature-list button[data-id="${i % 2 === 0 ? 'btk' : 'titr'}"]`;
    const expected = (await page.textContent(selector))?.trim() ?? '';
    await page.mouse.move(...(await pointOn(page, selector)));
    await page.evaluate(settle, SETTLE_TIMEOUT_MS);
    const [x, y] = await pointOn(page, selector);
    await page.mouse.move(x, y);
    await page.evaluate(armPanel, expected);
    await page.mouse.click(x, y);
    const panel = await page.evaluate(panelResult);
    if (panel?.timedOut) throw new Error('bench: the panel did not show the clicked route within 15 s');
    samples.push(panel);
    await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  }
  return samples;
}

/**
 * The centre of a button once it is in view and on top there (the list scrolls the selected entry into
 * view, so a neighbour can cover the target for a while): a trusted pointer action there hits the button.
 */
async function pointOn(page, selector) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const point = await page.$eval(selector, (element) => {
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = element.getBoundingClientRect();
      const [x, y] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
      return element.contains(document.elementFromPoint(x, y)) ? [x, y] : null;
    });
    if (point) return point;
    await sleep(250);
  }
  throw new Error(`${selector} stays covered`);
}

async function switchLanguages(page) {
  const samples = [];
  for (const lang of LANG_SWITCHES) {
    await page.evaluate(armLang, lang);
    await page.click(`.lang-switch input[value="${lang}"]`);
    const switched = await page.evaluate(langResult);
    if (switched?.timedOut) throw new Error('bench: the map labels did not switch language within 15 s');
    samples.push(switched);
    await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  }
  return samples;
}

/** The same language sequence on the floor page, changing the same two layers directly. */
async function switchFloorLanguages(page) {
  const samples = [];
  for (const lang of LANG_SWITCHES) {
    samples.push(await page.evaluate(floorLang, lang));
    await page.evaluate(settle, SETTLE_TIMEOUT_MS);
  }
  return samples;
}
