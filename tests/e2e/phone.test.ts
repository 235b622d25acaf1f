// On a 390×844 phone: the first view shows the whole region, "Baki" typed in the search opens Baku's bottom
// sheet, the map keeps panning above it, and the sheet's handle changes its height from the keyboard.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useServedApp, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

interface AtlasMap {
  project(p: [number, number]): { x: number; y: number };
  loaded(): boolean;
  isMoving(): boolean;
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lng: number; lat: number };
}

describe('a 390×844 phone', () => {
  it('shows the whole region, from Türkiye to western China, at first', async () => {
    const w = await openPage(browser, baseUrl, PHONE);
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await waitForMapReady(w.page);
    const inside = await w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: AtlasMap }).__atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      // Istanbul (the region's west), Kashgar-side Khorgos (its east), Kabul (its south), Astana (its north).
      const points: [number, number][] = [
        [28.95, 41.01],
        [80.41, 44.21],
        [69.17, 34.53],
        [71.45, 51.18],
      ];
      return points.map((p) => {
        const { x, y } = map.project(p);
        return x >= 0 && x <= rect.width && y >= 0 && y <= rect.height;
      });
    });
    expect(inside).toEqual([true, true, true, true]);
    await w.close();
  });

  it('finds "Baki", opens Baku in the bottom sheet and keeps the map pannable above it', async () => {
    const w = await openPage(browser, baseUrl, PHONE);
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await waitForMapReady(w.page);
    const box = w.page.locator('input[role=combobox]');
    await box.fill('Baki');
    await w.page.getByRole('option').first().waitFor();
    await box.press('Enter');
    const sheet = w.page.locator('.detail-panel.open');
    await sheet.getByRole('heading', { level: 2 }).waitFor();
    expect(await sheet.getByRole('heading', { level: 2 }).textContent()).toMatch(/Baku/);
    const before = await w.page.evaluate(() =>
      (window as unknown as { __atlasMap: AtlasMap }).__atlasMap.getCenter(),
    );
    const canvas = await w.page.locator('.maplibregl-canvas').boundingBox();
    const top = (await sheet.boundingBox())?.y ?? 0;
    if (!canvas) throw new Error('no canvas');
    const y = (canvas.y + top) / 2;
    await w.page.mouse.move(canvas.x + 120, y);
    await w.page.mouse.down();
    await w.page.mouse.move(canvas.x + 260, y + 30, { steps: 8 });
    await w.page.mouse.up();
    await w.page.waitForFunction(
      (lng) => (window as unknown as { __atlasMap: AtlasMap }).__atlasMap.getCenter().lng !== lng,
      before.lng,
    );
    const handle = sheet.locator('.sheet-handle');
    await handle.focus();
    await w.page.keyboard.press('ArrowUp');
    await expect(sheet.getAttribute('class')).resolves.toContain('sheet-full');
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('ArrowDown');
    await expect(sheet.getAttribute('class')).resolves.toContain('sheet-peek');
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });
});

describe('bringing a route into view on a 390×844 phone', () => {
  it('shows the whole Trans-Caspian route above the bottom sheet', async () => {
    const w = await openPage(browser, baseUrl, { ...PHONE, reducedMotion: 'reduce' });
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await waitForMapReady(w.page);
    await w.page.getByRole('button', { name: 'Find a place' }).click();
    await w.page.locator('.feature-list button[data-id="titr"]').click();
    await w.page.locator('.detail-panel.open').waitFor();
    // The fit runs two frames after the selection; reduced motion makes it a jump, then the map is idle.
    await w.page.waitForFunction(() => {
      const map = (window as unknown as { __atlasMap: AtlasMap }).__atlasMap;
      return map.loaded() && !map.isMoving();
    });
    const titr = JSON.parse(readFileSync('geo/routes.geojson', 'utf8')).features.filter(
      (f: { properties: { route: string } }) => f.properties.route === 'titr',
    ) as { geometry: { coordinates: [number, number][] } }[];
    const coords = titr.flatMap((f) => f.geometry.coordinates);
    const box = await w.page.evaluate((points) => {
      const map = (window as unknown as { __atlasMap: AtlasMap }).__atlasMap;
      const canvas = map.getCanvas().getBoundingClientRect();
      const sheet = document.querySelector('.detail-panel.open')?.getBoundingClientRect();
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      const corners: [number, number][] = [
        [Math.min(...lons), Math.max(...lats)],
        [Math.max(...lons), Math.min(...lats)],
      ];
      const projected = corners
        .map((c) => map.project(c))
        .map((p) => ({ x: canvas.left + p.x, y: canvas.top + p.y }));
      return { canvas: canvas.toJSON(), sheetTop: sheet?.top ?? canvas.bottom, projected };
    }, coords);
    for (const p of box.projected) {
      expect(p.x).toBeGreaterThanOrEqual(box.canvas.left);
      expect(p.x).toBeLessThanOrEqual(box.canvas.right);
      expect(p.y).toBeGreaterThanOrEqual(box.canvas.top);
      expect(p.y).toBeLessThanOrEqual(box.sheetTop);
    }
    await w.close();
  });
});
