// Offline: once the service worker controls the page, the app works with the network gone: after an offline
// reload the map reaches idle and the BTK entry of the feature list opens its panel, with no failed request,
// console error or CSP violation (the worker is registered from a module, not an inline script).
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useServedApp, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

/** Waits for an active service worker (precache complete) and reloads once if it does not control the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
  }
}

describe('offline', () => {
  it('registers a service worker from the page origin that precaches the app', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await waitForMapReady(w.page);
    await untilControlled(w.page);
    const { scriptURL, cached } = await w.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return { scriptURL: registration.active?.scriptURL ?? '', cached: keys.map((r) => r.url) };
    });
    expect(new URL(scriptURL).origin).toBe(new URL(baseUrl).origin);
    expect(cached.some((url) => /maplibre-gl-worker-[\w-]+\.mjs/.test(url))).toBe(true);
    expect(cached.some((url) => /basemap-land-[\w-]+\.json/.test(url))).toBe(true);
    expect(cached.some((url) => /places-[\w-]+\.geojson/.test(url))).toBe(true);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('keeps the atlas for offline use when the reader only looks at the poster (no input, no live map)', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await w.page.locator('#map-poster').waitFor();
    const cachedWorker = await w.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return keys.some((r) => /maplibre-gl-worker-[\w-]+\.mjs/.test(r.url));
    });
    expect(cachedWorker).toBe(true);
    // Still the poster: the service worker did not need the live map.
    await expect(w.page.evaluate(() => document.documentElement.dataset.mapReady)).resolves.toBeUndefined();
    await expect(w.page.locator('#map-poster').isVisible()).resolves.toBe(true);
    await w.close();
  });

  it('opens the BTK panel from the feature list after an offline reload', async () => {
    const w = await openPage(browser, baseUrl);
    // A request the network refused (net::ERR_INTERNET_DISCONNECTED, …) once offline; ERR_ABORTED is a
    // request of the page being unloaded, cancelled by the reload itself.
    const failed: string[] = [];
    let offline = false;
    w.page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      if (offline && !error.includes('ERR_ABORTED')) failed.push(`${request.url()} ${error}`);
    });
    await w.page.goto(new URL('?lang=en', baseUrl).href);
    await waitForMapReady(w.page);
    await untilControlled(w.page);

    await w.page.context().setOffline(true);
    offline = true;
    await w.page.reload();
    await waitForMapReady(w.page);
    await w.page.getByRole('button', { name: 'Baku–Tbilisi–Kars railway', exact: true }).click();
    await w.page.getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' }).waitFor();

    expect(await w.page.evaluate(() => navigator.onLine)).toBe(false);
    expect(failed).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.close();
  });
});
