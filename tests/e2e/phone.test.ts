// On a 390×844 phone: the first view shows the whole region, "Baki" typed in the search opens Baku's bottom
// sheet, the map keeps panning above it, and the sheet's handle changes its height from the keyboard.
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
