// The app without WebGL: Chromium launched with WebGL off, so the app draws its SVG map. Measures the first
// map paint (the poster's first frame, else the SVG map's) on a cold cache; nothing else.
import { harnessFlags } from './chromium.mjs';
import { LOAD_VIEWPORT } from './drive.mjs';
import { initScript, waitForMapPaint } from './in-page.mjs';

export const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-webgl2'];
const PAINT_TIMEOUT_MS = 30_000;

export function noWebglArgs(rootDir) {
  return [...harnessFlags(rootDir), ...NO_WEBGL_FLAGS];
}

/** First of the two paints (null when neither came), and which one it was. */
export function firstMapPaint({ posterPaintMs, svgMapPaintMs }) {
  const seen = [
    ['poster', posterPaintMs],
    ['svgmap', svgMapPaintMs],
  ].filter(([, ms]) => typeof ms === 'number');
  if (seen.length === 0) return { firstMapPaintMs: null, firstMapPaintBy: null };
  const [by, ms] = seen.reduce((a, b) => (b[1] < a[1] ? b : a));
  return { firstMapPaintMs: ms, firstMapPaintBy: by };
}

/** One cold-cache load of the app in a browser without WebGL. */
export async function runNoWebgl(browser, url) {
  const context = await browser.newContext({
    viewport: LOAD_VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
  });
  try {
    await context.addInitScript(initScript);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'commit' });
    const paints = await page.evaluate(waitForMapPaint, PAINT_TIMEOUT_MS);
    const webgl = await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')));
    return { ...paints, ...firstMapPaint(paints), webgl, errors };
  } finally {
    await context.close();
  }
}
