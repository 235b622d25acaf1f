// The SVG map in a browser without WebGL 2 (and after a GPU context is lost for good): drawn in place of
// the MapLibre map, features open the panel, drag, wheel and keys move it, the list stays one click away,
// and "Save map" downloads an SVG and a PNG of the view.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_RESTORE_TIMEOUT_MS } from '../../src/map/start';
import { SVGMAP_MESSAGES } from '../../src/svgmap/messages';
import { loseContext, recordRequests } from './support/faults';
import { launchChromium, openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

const en = SVGMAP_MESSAGES.en;
const BTK = 'Baku–Tbilisi–Kars railway';
const LOST =
  'The map’s graphics context was lost and did not come back. All the content is listed here instead.';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});
const href = (path: string) => new URL(path, baseUrl).href;

const camera = (page: Page) => page.locator('.svgmap').getAttribute('data-camera');

/** A screen point on the BTK's drawn line where nothing (a station, a label) is drawn over it. */
async function pointOnBtk(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    for (const path of document.querySelectorAll<SVGPathElement>('.svgmap [data-id="btk"] .casing path')) {
      const m = path.getScreenCTM();
      if (!m) continue;
      for (let t = 0.05; t < 1; t += 0.05) {
        const p = path.getPointAtLength(path.getTotalLength() * t);
        const [x, y] = [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f];
        if (document.elementFromPoint(x, y)?.closest('[data-id]')?.getAttribute('data-id') === 'btk')
          return { x, y };
      }
    }
    throw new Error('no free point on the BTK line');
  });
}

describe('the SVG map without WebGL 2', () => {
  let noGl: Browser;
  let w: Watched;
  let requests: string[];

  beforeAll(async () => {
    noGl = await launchChromium(['--disable-webgl', '--disable-webgl2']);
    w = await openPage(noGl, baseUrl, { acceptDownloads: true });
    requests = recordRequests(w.page);
    await w.page.goto(href('?lang=en'));
    await w.page.locator('.svgmap [data-id="btk"]').waitFor();
    await w.page.locator('.svgmap .land').waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await w?.close();
    await noGl?.close();
  });

  it('draws the map with the basemap, routes and places, and says why', async () => {
    await expect(w.page.getByRole('region', { name: en.label }).isVisible()).resolves.toBe(true);
    await expect(w.page.locator('.svgmap-notice').textContent()).resolves.toContain('WebGL 2');
    const box = await w.page.locator('.svgmap > svg').boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThan(300);
    await expect(w.page.locator('.svgmap [data-id="titr"] > title').textContent()).resolves.toContain(
      'Trans-Caspian',
    );
    expect(w.consoleErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
  });

  it('never requests MapLibre', () => {
    expect(requests.filter((url) => /\/assets\/(view|maplibre-gl-worker)-/.test(url))).toEqual([]);
  });

  it('opens the BTK panel when its line is clicked', async () => {
    const { x, y } = await pointOnBtk(w.page);
    await w.page.mouse.click(x, y);
    await w.page.getByRole('heading', { level: 2, name: BTK }).waitFor();
    await w.page.locator('.svgmap [data-id="btk"].selected').waitFor();
  });

  it('moves the view when dragged, without changing the selection', async () => {
    const before = await camera(w.page);
    const box = await w.page.locator('.svgmap').boundingBox();
    if (!box) throw new Error('no map box');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await w.page.mouse.move(x, y);
    await w.page.mouse.down();
    await w.page.mouse.move(x + 60, y + 30, { steps: 5 });
    await w.page.mouse.move(x + 120, y + 60, { steps: 5 });
    await w.page.mouse.up();
    await w.page.waitForFunction(
      (b) => document.querySelector('.svgmap')?.getAttribute('data-camera') !== b,
      before,
    );
    const [zoom0, lat0, lng0] = (before ?? '').split('/').map(Number);
    const [zoom1, lat1, lng1] = ((await camera(w.page)) ?? '').split('/').map(Number);
    expect(zoom1).toBe(zoom0);
    expect(lng1).toBeLessThan(lng0 ?? 0);
    expect(lat1).toBeGreaterThan(lat0 ?? 0);
    await expect(w.page.getByRole('heading', { level: 2, name: BTK }).isVisible()).resolves.toBe(true);
  });

  it('zooms with the wheel and pans with the arrow keys', async () => {
    const zoomOf = async () => Number(((await camera(w.page)) ?? '').split('/')[0]);
    const start = await zoomOf();
    // Over the map's left part: the detail panel floats over its right side.
    const box = await w.page.locator('.svgmap').boundingBox();
    if (!box) throw new Error('no SVG map');
    await w.page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await w.page.mouse.wheel(0, -300);
    await w.page.waitForFunction(
      (z) => Number(document.querySelector('.svgmap')?.getAttribute('data-camera')?.split('/')[0]) > z,
      start,
    );
    const before = await camera(w.page);
    await w.page.locator('.svgmap').focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.waitForFunction(
      (b) => document.querySelector('.svgmap')?.getAttribute('data-camera') !== b,
      before,
    );
  });

  it('shows the whole content as a list on request', async () => {
    await w.page.getByText(en.showList).click();
    await w.page.locator('.svgmap-list .list-view article[data-id="btk"]').waitFor();
  });

  it('saves the view as SVG with its title', async () => {
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: en.saveSvg }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas_map_en_\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync((await download.path()) as string, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(en.title);
    expect(svg).toContain('class="route route-btk selected"');
  });

  it('saves the view as a PNG at twice its size', async () => {
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: en.savePng }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^corridor-atlas_map_en_\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(readFileSync((await download.path()) as string));
    const box = await w.page.locator('.svgmap').boundingBox();
    expect(png.width).toBe(2 * Math.round(box?.width ?? 0));
    expect(png.height).toBeGreaterThan(2 * Math.round(box?.height ?? 0));
    // Not blank: the water colour (#c6dcea) is somewhere in the middle row.
    const row = Math.floor(png.height / 2) * png.width * 4;
    let water = 0;
    for (let i = 0; i < png.width; i++)
      if (png.data[row + i * 4] === 0xc6 && png.data[row + i * 4 + 2] === 0xea) water++;
    expect(water).toBeGreaterThan(0);
    expect(w.cspViolations).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('the SVG map after a lost GPU context', () => {
  it('replaces the MapLibre map when the context does not come back', async () => {
    const w = await openPage(browser, baseUrl);
    try {
      await w.page.goto(href('?lang=en&sel=btk'));
      await waitForMapReady(w.page);
      await loseContext(w.page, false);
      await w.page
        .locator('.svgmap [data-id="btk"].selected')
        .waitFor({ timeout: CONTEXT_RESTORE_TIMEOUT_MS + 5000 });
      await expect(w.page.locator('.svgmap-notice').textContent()).resolves.toBe(LOST);
      await expect(w.page.getByRole('heading', { level: 2, name: BTK }).isVisible()).resolves.toBe(true);
    } finally {
      await w.close();
    }
  });
});
