// The first-paint poster (build/poster.ts, src/shell/shell.js): shown before any module runs, where the map
// will draw the same places, gone at the map's first idle, and skipped when the URL asks for another view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoJson } from './support/faults';
import { openPage, useServedApp, waitForMapReady } from './support/harness';

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
});
