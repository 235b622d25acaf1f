// Time on the map: the year control sets the routes' widths by feature-state, the year travels in the URL,
// the keyboard moves the slider, the trade layer shades member states, and a fit keeps the TITR beside the panel.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapIdle } from './support/app';
import { openReady, useServedApp, type Watched } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const legs: { properties: { id: string; route: string }; geometry: { coordinates: [number, number][] } }[] =
  JSON.parse(readFileSync('geo/routes.geojson', 'utf8')).features;
const btkLeg = legs.find((l) => l.properties.route === 'btk')?.properties.id ?? '';
const titrCoords = legs.filter((l) => l.properties.route === 'titr').flatMap((l) => l.geometry.coordinates);

const open = (path: string): Promise<Watched> => openReady(browser, baseUrl, path);

function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([s, i]) =>
      (
        window as unknown as { __atlasMap: { getFeatureState(f: { source: string; id: string }): object } }
      ).__atlasMap.getFeatureState({ source: s as string, id: i as string }) as Record<string, unknown>,
    [source, id],
  );
}

interface MapEvents {
  on(type: string, f: (event: { atlasResize?: boolean }) => void): void;
  off(type: string, f: (event: { atlasResize?: boolean }) => void): void;
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Year on the map' });

describe('the year on the map', () => {
  it('changes the BTK line’s width feature-state and puts the year in the URL', async () => {
    const w = await open('?lang=en');
    const before = await featureState(w.page, 'routes', btkLeg);
    await slider(w.page).fill('2022');
    await mapIdle(w.page);
    const after = await featureState(w.page, 'routes', btkLeg);
    expect(after.yearKind).toBe('actual');
    expect(after.widthPx).not.toBe(before.widthPx);
    expect(new URL(w.page.url()).searchParams.get('year')).toBe('2022');
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });

  it('restores the year from the URL', async () => {
    const w = await open('?lang=en&year=2022');
    expect(await slider(w.page).inputValue()).toBe('2022');
    expect((await featureState(w.page, 'routes', btkLeg)).yearKind).toBe('actual');
    await w.close();
  });

  it('moves the slider with the keyboard and announces the year', async () => {
    const w = await open('?lang=en&year=2022');
    await slider(w.page).focus();
    await w.page.keyboard.press('ArrowRight');
    expect(await slider(w.page).inputValue()).toBe('2023');
    await w.page.keyboard.press('Home');
    expect(await slider(w.page).inputValue()).toBe('2017');
    await w.page.waitForFunction(() =>
      document.querySelector('[aria-live]')?.textContent?.startsWith('2017:'),
    );
    await w.close();
  });

  it('shades Kazakhstan when the trade layer is turned on', async () => {
    const w = await open('?lang=en');
    await w.page.getByRole('checkbox', { name: /^Trade with Azerbaijan/ }).check();
    await mapIdle(w.page);
    const visibility = await w.page.evaluate(() =>
      (
        window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }
      ).__atlasMap.getLayoutProperty('trade-fill', 'visibility'),
    );
    expect(visibility).toBe('visible');
    expect(await featureState(w.page, 'basemap-countries', 'KAZ')).toMatchObject({ tradeNoData: false });
    expect((await featureState(w.page, 'basemap-countries', 'KAZ')).tradeClass).toBeGreaterThanOrEqual(0);
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });
});

describe('bringing a route into view', () => {
  it('shows the whole Trans-Caspian route beside the open panel at 1280×800', async () => {
    const w = await open('?lang=en');
    // The fit runs two frames after the click (src/map/view.ts): wait for its moveend, not a resize's.
    await w.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: MapEvents }).__atlasMap;
      const win = window as unknown as { __fitted: Promise<void> };
      win.__fitted = new Promise((resolve) => {
        const onMoveEnd = (event: { atlasResize?: boolean }) => {
          if (event.atlasResize) return;
          map.off('moveend', onMoveEnd);
          resolve();
        };
        map.on('moveend', onMoveEnd);
      });
    });
    await w.page.click('.feature-list button[data-id="titr"]');
    await w.page.evaluate(() => (window as unknown as { __fitted: Promise<void> }).__fitted);
    await mapIdle(w.page);
    const box = await w.page.evaluate((coords) => {
      const map = (
        window as unknown as {
          __atlasMap: {
            project(p: [number, number]): { x: number; y: number };
            getCanvas(): HTMLCanvasElement;
          };
        }
      ).__atlasMap;
      const canvas = map.getCanvas().getBoundingClientRect();
      const panel = document.querySelector('.detail-panel.open')?.getBoundingClientRect();
      const lons = coords.map((c) => c[0]);
      const lats = coords.map((c) => c[1]);
      const corners: [number, number][] = [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ];
      const points = corners
        .map((c) => map.project(c))
        .map((p) => ({ x: canvas.left + p.x, y: canvas.top + p.y }));
      return { canvas: canvas.toJSON(), panel: panel?.toJSON(), points };
    }, titrCoords);
    const right = Math.min(box.canvas.right, box.panel?.left ?? Number.POSITIVE_INFINITY);
    for (const p of box.points) {
      expect(p.x).toBeGreaterThanOrEqual(box.canvas.left);
      expect(p.x).toBeLessThanOrEqual(right);
      expect(p.y).toBeGreaterThanOrEqual(box.canvas.top);
      expect(p.y).toBeLessThanOrEqual(box.canvas.bottom);
    }
    await w.close();
  });
});
