// The app under hostile conditions: no WebGL 2 (everything as lists, MapLibre never loaded), a GPU context
// that is lost and restored or lost for good, and data files that are invalid, not JSON or missing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_RESTORE_TIMEOUT_MS } from '../../src/map/start';
import {
  assetUrl,
  corruptJson,
  loseContext,
  type PageMap,
  recordRequests,
  repoJson,
  serveStatus,
  serveText,
} from './support/faults';
import { launchChromium, openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

interface Named {
  id: string;
  name: { en: string };
}
interface FigureRecord {
  id: string;
  subject: string;
  value: unknown;
  sources: string[];
}
interface SourceRecord {
  id: string;
  publisher: string;
  title?: string;
  url?: string;
}
interface EventRecord {
  id: string;
  title: { en: string };
}
interface Leg {
  properties: { id: string; route: string };
}
interface PlaceRecord {
  properties: { id: string; name: { en: string } };
}

const routes = repoJson<Named[]>('data/routes.json');
const figures = repoJson<FigureRecord[]>('data/figures.json');
const sources = repoJson<SourceRecord[]>('data/sources.json');
const events = repoJson<EventRecord[]>('data/events.json');
const legs = repoJson<{ features: Leg[] }>('geo/routes.geojson').features;
const places = repoJson<{ features: PlaceRecord[] }>('geo/places.geojson').features;
const btkSegmentIds = legs.filter((l) => l.properties.route === 'btk').map((l) => l.properties.id);

const NO_WEBGL =
  'This browser cannot draw the map (WebGL 2 is not available). All the content is listed here instead.';
const LOST =
  'The map’s graphics context was lost and did not come back. All the content is listed here instead.';
const BTK = 'Baku–Tbilisi–Kars railway';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const href = (path: string) => new URL(path, baseUrl).href;
const pageErrors = (w: Watched) => w.consoleErrors.filter((e) => e.startsWith('pageerror'));

describe('without WebGL 2', () => {
  let noGl: Browser;
  let w: Watched;
  let requests: string[];

  beforeAll(async () => {
    noGl = await launchChromium(['--disable-webgl2']);
    w = await openPage(noGl, baseUrl);
    requests = recordRequests(w.page);
    await w.page.goto(href('?lang=en'));
    await w.page.locator('.svgmap-list > summary').click();
    await w.page.locator('.list-view').waitFor();
  });

  afterAll(async () => {
    await w?.close();
    await noGl?.close();
  });

  it('runs in a browser where WebGL 2 is really unavailable', async () => {
    const hasWebGL2 = await w.page.evaluate(
      () => document.createElement('canvas').getContext('webgl2') !== null,
    );
    expect(hasWebGL2).toBe(false);
  });

  it('shows the no-WebGL message in place of the map, with no uncaught error', async () => {
    await expect(w.page.locator('.list-view .notice').textContent()).resolves.toBe(NO_WEBGL);
    await expect(w.page.locator('.map-wrap').isHidden()).resolves.toBe(true);
    await expect(w.page.getByRole('heading', { level: 1, name: 'Corridor Atlas' }).isVisible()).resolves.toBe(
      true,
    );
    expect(w.consoleErrors).toEqual([]);
  });

  it('never requests the MapLibre chunk or its worker', () => {
    expect(requests.some((url) => /\/assets\/index-[^/]+\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => /\/assets\/(view|maplibre-gl-worker)-/.test(url))).toEqual([]);
  });

  it('lists every route with its name and each of its legs', async () => {
    for (const route of routes) {
      const item = w.page.locator(`.list-view article[data-id="${route.id}"]`);
      await expect(item.locator('h3').first().textContent()).resolves.toBe(route.name.en);
      await expect(item.locator('ul.legs > li').count()).resolves.toBe(
        legs.filter((l) => l.properties.route === route.id).length,
      );
    }
  });

  it('lists every figure of the data set with its sources', async () => {
    const publisherOf = new Map(sources.map((s) => [s.id, s.publisher]));
    const expected = figures.map((f) => [f.id, publisherOf.get(f.sources[0] ?? '') ?? ''] as const);
    const missing = await w.page.evaluate((wanted) => {
      const view = document.querySelector('.list-view');
      return wanted
        .filter(([id, publisher]) => {
          const row = view?.querySelector(`tr[data-figure="${id}"]`);
          return !row?.lastElementChild?.textContent?.includes(publisher);
        })
        .map(([id]) => id);
    }, expected);
    expect(missing).toEqual([]);
  });

  it('lists every event of the data set', async () => {
    const missing = await w.page.evaluate(
      (titles) => {
        const shown = new Set(
          [...document.querySelectorAll('.list-view ol.events > li > span')].map((s) => s.textContent),
        );
        return titles.filter((t) => !shown.has(t));
      },
      events.map((e) => e.title.en),
    );
    expect(missing).toEqual([]);
  });

  it('links every article that has a URL', async () => {
    const missing = await w.page.evaluate(
      (urls) => urls.filter((url) => !document.querySelector(`.list-view a[href="${CSS.escape(url)}"]`)),
      sources.flatMap((s) => (s.url ? [s.url] : [])),
    );
    expect(missing).toEqual([]);
  });

  it('lists every place', async () => {
    const text = await w.page.locator('.list-view ul.places').textContent();
    const missing = places.map((p) => p.properties.name.en).filter((name) => !text?.includes(name));
    expect(missing).toEqual([]);
  });
});

describe('a lost GPU context', () => {
  it('keeps the selection and the hidden layer when the context is restored', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(href('?lang=en&sel=btk&layers=members,btk,places'));
    await waitForMapReady(w.page);
    const readMap = () =>
      w.page.evaluate((ids) => {
        const map = (window as unknown as { __atlasMap: PageMap }).__atlasMap;
        return {
          selected: ids.map((id) => map.getFeatureState({ source: 'routes', id }).selected === true),
          titrRail: map.getLayoutProperty('route-titr-rail', 'visibility'),
        };
      }, btkSegmentIds);
    const before = await readMap();
    expect(before.selected.every(Boolean)).toBe(true);
    expect(before.titrRail).toBe('none');

    const restored = await loseContext(w.page, true).then(
      () => 'restored',
      (error: Error) => error.message,
    );
    expect({ restored, errors: w.consoleErrors }).toEqual({ restored: 'restored', errors: [] });
    const after = await readMap();
    expect(after.selected).toEqual(btkSegmentIds.map(() => true));
    expect(after.titrRail).toBe('none');
    await expect(
      w.page.locator('.detail-panel').getByRole('heading', { level: 2, name: BTK }).isVisible(),
    ).resolves.toBe(true);
    // The map is back, so the list view must not take over once the restore timeout has passed.
    const listViewTookOver = await w.page
      .waitForSelector('.svgmap, .list-view', { timeout: CONTEXT_RESTORE_TIMEOUT_MS + 1000 })
      .then(
        () => true,
        () => false,
      );
    expect(listViewTookOver, 'fallback shown although the context came back').toBe(false);
    await w.close();
  });

  it('hands over to the SVG map and its list view when the context does not come back in time', async () => {
    const w = await openPage(browser, baseUrl);
    await w.page.goto(href('?lang=en&sel=btk'));
    await waitForMapReady(w.page);
    await loseContext(w.page, false);
    await w.page.locator('.svgmap-list > summary').click({ timeout: CONTEXT_RESTORE_TIMEOUT_MS + 5000 });
    await w.page.locator('.list-view').waitFor();
    await expect(w.page.locator('.list-view .notice').textContent()).resolves.toBe(LOST);
    await expect(w.page.locator('.list-view article[data-id="btk"] ul.legs > li').count()).resolves.toBe(
      btkSegmentIds.length,
    );
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });
});

/** Errors as the notice words them: '{file}, record {record}, field {field}: {message}'. */
const noticeItem = (file: string, record: string, field: string) =>
  `${file}, record ${record}, field ${field}:`;

describe('invalid records in the data', () => {
  let w: Watched;
  const JS_URL = 'javascript:alert(document.domain)';

  beforeAll(async () => {
    w = await openPage(browser, baseUrl);
    const context = w.page.context();
    await corruptJson(context, assetUrl('figures', 'json'), (data) =>
      (data as FigureRecord[]).map((f) => {
        if (f.id === 'btk-length-enwiki') return { ...f, value: '826' };
        if (f.id === 'btk-length-azernews') return { ...f, sources: [...f.sources, 'no-such-source'] };
        return f;
      }),
    );
    await corruptJson(context, assetUrl('sources', 'json'), (data) =>
      (data as SourceRecord[]).map((s) => (s.id === 'sea-news-az-2023-05-02' ? { ...s, url: JS_URL } : s)),
    );
    await w.page.goto(href('?lang=en'));
    await w.page.getByRole('alert').waitFor();
  });

  afterAll(async () => {
    await w?.close();
  });

  it('names the file, record and field of each broken record in an alert', async () => {
    const items = await w.page.getByRole('alert').locator('li').allTextContents();
    for (const expected of [
      noticeItem('data/figures.json', 'btk-length-enwiki', 'value'),
      noticeItem('data/figures.json', 'btk-length-azernews', 'sources.1'),
      noticeItem('data/sources.json', 'sea-news-az-2023-05-02', 'url'),
    ]) {
      expect(items.filter((item) => item.startsWith(expected))).toHaveLength(1);
    }
  });

  it('still draws the map and opens the BTK panel with the valid figures only', async () => {
    await waitForMapReady(w.page);
    await w.page.getByRole('button', { name: BTK }).click();
    const panel = w.page.locator('.detail-panel');
    await panel.getByRole('heading', { level: 2, name: BTK }).waitFor();
    await panel.locator('tr[data-figure="btk-capacity-2024-ady"]').waitFor();
    await expect(panel.locator('tr[data-figure="btk-capacity-2024-ady"]').count()).resolves.toBe(1);
    await expect(panel.locator('tr[data-figure="btk-length-azernews"]').count()).resolves.toBe(1);
    await expect(panel.locator('tr[data-figure="btk-length-enwiki"]').count()).resolves.toBe(0);
    await expect(w.page.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    expect(pageErrors(w)).toEqual([]);
  });

  it('hides the notice when Dismiss is pressed', async () => {
    await w.page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect(w.page.getByRole('alert').count()).resolves.toBe(0);
    await expect(w.page.getByRole('heading', { level: 2, name: BTK }).isVisible()).resolves.toBe(true);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('unreadable data files', () => {
  it('keeps the app running when a file is not JSON', async () => {
    const w = await openPage(browser, baseUrl);
    await serveText(w.page.context(), assetUrl('events', 'json'), '<html>Gateway timeout</html>');
    await w.page.goto(href('?lang=en&sel=KAZ'));
    const alert = w.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.locator('li').first().textContent()).resolves.toMatch(
      /^data\/events\.json, record \(file\), field \(file\): is not valid JSON/,
    );
    const panel = w.page.locator('.detail-panel');
    await panel.getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
    await panel.getByText('No dated events in the data set.').waitFor();
    await expect(panel.locator('tr[data-figure]').count()).resolves.toBeGreaterThan(0);
    await waitForMapReady(w.page);
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });

  it('keeps the app running when a file is missing', async () => {
    const w = await openPage(browser, baseUrl);
    await serveStatus(w.page.context(), assetUrl('countries', 'json'), 404);
    await w.page.goto(href('?lang=en'));
    const alert = w.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.locator('li').first().textContent()).resolves.toMatch(
      /^data\/countries\.json, record \(file\), field \(file\): could not be read: HTTP 404/,
    );
    await w.page.getByRole('button', { name: BTK }).click();
    const panel = w.page.locator('.detail-panel');
    await panel.getByRole('heading', { level: 2, name: BTK }).waitFor();
    // The panel's details load on demand and its table follows the heading by a frame: wait for the row.
    await panel.locator('tr[data-figure="btk-capacity-2024-ady"]').waitFor();
    await expect(panel.locator('tr[data-figure="btk-capacity-2024-ady"]').count()).resolves.toBe(1);
    await waitForMapReady(w.page);
    expect(pageErrors(w)).toEqual([]);
    // The browser's own report of the 404 is the only console error.
    expect(w.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    await w.close();
  });
});
