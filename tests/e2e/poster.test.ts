// The first-paint poster (build/poster.ts, src/shell/shell.js): shown before any module runs, where the map
// will draw the same places, gone at the map's first idle, and skipped when the URL asks for another view.
// It is a facade (src/map/wake.ts): the live map starts at the reader's first input, not before.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoJson } from './support/faults';
import { openPage, useServedApp, waitForMapReady, wakeMap } from './support/harness';

interface PlaceRecord {
  properties: { id: string };
  geometry: { coordinates: [number, number] };
}
const places = repoJson<{ features: PlaceRecord[] }>('geo/places.geojson').features;
const lngLatOf = (id: string) => {
  const place = places.find((p) => p.properties.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return place.geometry.coordinates;
};
const IDS = ['baku', 'port-aktau', 'kars'];
/** The goal: poster and map within this many CSS px of each other. */
const TOLERANCE_PX = 2;

let browser: Parameters<Parameters<typeof useServedApp>[0]>[0]['browser'];
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

/** Records the centres of the poster's place circles the moment shell.js adds the poster. */
async function recordPoster(page: Page): Promise<void> {
  await page.addInitScript((ids: string[]) => {
    const w = window as unknown as { __poster?: Record<string, [number, number]> | null };
    w.__poster = null;
    new MutationObserver((_, observer) => {
      const poster = document.getElementById('map-poster');
      if (!poster) return;
      observer.disconnect();
      const out: Record<string, [number, number]> = {};
      for (const id of ids) {
        const box = poster.querySelector(`circle[data-id="${id}"]`)?.getBoundingClientRect();
        if (box) out[id] = [box.left + box.width / 2, box.top + box.height / 2];
      }
      w.__poster = out;
    }).observe(document, { childList: true, subtree: true });
  }, IDS);
}

async function mapPoints(page: Page): Promise<Record<string, [number, number]>> {
  const wanted = IDS.map((id) => [id, lngLatOf(id)] as const);
  return page.evaluate((list) => {
    const map = (
      window as unknown as {
        __atlasMap: {
          project(p: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }
    ).__atlasMap;
    const rect = map.getCanvas().getBoundingClientRect();
    return Object.fromEntries(
      list.map(([id, lngLat]) => {
        const p = map.project(lngLat as [number, number]);
        return [id, [rect.left + p.x, rect.top + p.y]];
      }),
    );
  }, wanted);
}

describe('the first-paint poster', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`puts Baku, Aktau and Kars where the map draws them at ${viewport.width}×${viewport.height}`, async () => {
      const w = await openPage(browser, baseUrl, { viewport });
      try {
        await recordPoster(w.page);
        await w.page.goto(new URL('?lang=en', baseUrl).href);
        await waitForMapReady(w.page);
        const poster = await w.page.evaluate(
          () => (window as unknown as { __poster: Record<string, [number, number]> | null }).__poster,
        );
        expect(poster).not.toBeNull();
        const map = await mapPoints(w.page);
        const apart = IDS.map((id) => {
          const [px, py] = poster?.[id] ?? [Number.NaN, Number.NaN];
          const [mx, my] = map[id] ?? [Number.NaN, Number.NaN];
          return { id, dx: +(px - mx).toFixed(2), dy: +(py - my).toFixed(2) };
        });
        console.log(`poster − map at ${viewport.width}×${viewport.height}:`, JSON.stringify(apart));
        for (const { dx, dy } of apart) expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(TOLERANCE_PX);
        await expect(w.page.locator('#map-poster').count()).resolves.toBe(0);
        expect(w.cspViolations).toEqual([]);
        expect(w.consoleErrors).toEqual([]);
      } finally {
        await w.close();
      }
    });
  }

  it('is not shown when the URL asks for a selection or a camera', async () => {
    for (const path of ['?lang=en&sel=btk', '?lang=en#map=5/40/50']) {
      const w = await openPage(browser, baseUrl);
      try {
        await recordPoster(w.page);
        await w.page.goto(new URL(path, baseUrl).href);
        await w.page.locator('.app').waitFor();
        const poster = await w.page.evaluate(() => (window as unknown as { __poster: unknown }).__poster);
        expect(poster).toBeNull();
      } finally {
        await w.close();
      }
    }
  });

  describe('as a facade for the live map', () => {
    /** MapLibre's chunk and its worker (hashed file names under assets/). */
    const isMapLibre = (url: string) => /\/assets\/(view|maplibre)[^/]*\.m?js$/.test(new URL(url).pathname);

    async function openQuiet(path: string) {
      const w = await openPage(browser, baseUrl);
      const requested: string[] = [];
      w.page.on('request', (request) => requested.push(request.url()));
      await w.page.goto(new URL(path, baseUrl).href);
      // The app has loaded and validated its data and painted the route list, and the page is idle.
      await w.page.locator('.feature-list button').first().waitFor();
      await w.page.waitForLoadState('networkidle');
      return { w, requested };
    }

    it('loads no MapLibre and draws no canvas until the reader does something', async () => {
      const { w, requested } = await openQuiet('?lang=en');
      try {
        await expect(w.page.locator('#map-poster').isVisible()).resolves.toBe(true);
        expect(requested.filter(isMapLibre)).toEqual([]);
        await expect(w.page.locator('.map-wrap canvas').count()).resolves.toBe(0);
        await expect(w.page.locator('.map-loading').count()).resolves.toBe(0);
        await expect(
          w.page.evaluate(() => document.documentElement.dataset.mapReady),
        ).resolves.toBeUndefined();
        // The first pointer move starts it; the poster goes in the frame the map is complete.
        await wakeMap(w.page);
        await waitForMapReady(w.page);
        expect(requested.filter(isMapLibre).length).toBeGreaterThan(0);
        await expect(w.page.locator('#map-poster').count()).resolves.toBe(0);
        await expect(w.page.locator('.map-wrap canvas').count()).resolves.toBe(1);
        expect(w.consoleErrors).toEqual([]);
      } finally {
        await w.close();
      }
    });

    it('starts the live map when the keyboard is used, and when a route is chosen from the list', async () => {
      const keyboard = await openQuiet('?lang=en');
      try {
        await keyboard.w.page.keyboard.press('Tab');
        await keyboard.w.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
      } finally {
        await keyboard.w.close();
      }
      const list = await openQuiet('?lang=en');
      try {
        await list.w.page.locator('.feature-list button').first().dispatchEvent('click');
        await list.w.page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
        expect(new URL(list.w.page.url()).searchParams.get('sel')).not.toBeNull();
      } finally {
        await list.w.close();
      }
    });
  });
});
