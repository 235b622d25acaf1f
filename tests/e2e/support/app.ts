// Helpers that drive the app like a user: find a point on a drawn route and click it, read the panel.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface Leg {
  properties: { id: string; route: string; mode: string; from: string; to: string };
  geometry: { coordinates: [number, number][] };
}

const legs: Leg[] = JSON.parse(readFileSync('geo/routes.geojson', 'utf8')).features;

/** The midpoint of the longest straight piece of a route's legs (lon, lat): a point on the drawn line. */
export function pointOnRoute(route: string, filter: (leg: Leg) => boolean = () => true): [number, number] {
  let best: { len: number; mid: [number, number] } = { len: -1, mid: [0, 0] };
  for (const leg of legs.filter((l) => l.properties.route === route && filter(l))) {
    const c = leg.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const [a, b] = [c[i - 1], c[i]];
      if (!a || !b) continue;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len > best.len) best = { len, mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
    }
  }
  return best.mid;
}

/** Page coordinates of a lon/lat on the map canvas. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = (
      window as unknown as {
        __atlasMap: {
          project(p: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }
    ).__atlasMap;
    const point = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, lngLat);
}

export async function clickOnMap(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await screenPoint(page, lngLat);
  await page.mouse.click(x, y);
}

/** Wait until the map is idle again after an interaction (no timers). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __atlasMap: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
          }
        ).__atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
