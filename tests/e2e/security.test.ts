// Security of the shipped app: hostile links cannot inject markup, script or a broken camera; the
// Content-Security-Policy is strict and live; external links cannot reach back to the opener; and no
// source file writes HTML from strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSource, inlineTexts } from '../../build/csp';
import { REGION_BOUNDS } from '../../src/map/start';
import { mapIdle } from './support/app';
import { hostileUrlParts, type PageMap, recordDialogs, repoJson } from './support/faults';
import {
  launchChromium,
  openPage,
  startPreview,
  type Watched,
  waitForMapReady,
  wakeMap,
} from './support/harness';

const SHELL_SCRIPT = readFileSync('src/shell/shell.js', 'utf8');

const LANG_CODES = ['az', 'ru', 'en'];
const LAYER_NAMES = ['members', 'btk', 'titr', 'places', 'trade'];
const KNOWN_IDS = new Set([
  ...repoJson<{ id: string }[]>('data/routes.json').map((r) => r.id),
  ...repoJson<{ id: string; member: boolean }[]>('data/countries.json')
    .filter((c) => c.member)
    .map((c) => c.id),
  ...repoJson<{ features: { properties: { id: string } }[] }>('geo/places.geojson').features.map(
    (p) => p.properties.id,
  ),
]);
const BTK = 'Baku–Tbilisi–Kars railway';

describe('no HTML from strings in the source', () => {
  const SINKS =
    /\b(innerHTML|outerHTML|insertAdjacentHTML|setHTML|setHTMLUnsafe|dangerouslySetInnerHTML)\b|document\.write/;

  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  }

  it('uses no innerHTML, outerHTML, insertAdjacentHTML, setHTML, document.write or dangerouslySetInnerHTML', () => {
    const files = filesUnder('src');
    expect(files.length).toBeGreaterThan(10);
    const hits = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});

describe('in the browser', () => {
  let server: PreviewServer;
  let baseUrl: string;
  let browser: Browser;
  const href = (path: string) => new URL(path, baseUrl).href;
  const pageErrors = (w: Watched) => w.consoleErrors.filter((e) => e.startsWith('pageerror'));

  beforeAll(async () => {
    ({ url: baseUrl, server } = await startPreview());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('hostile links', () => {
    /** One reused page; `webgl` says whether the map is drawn there or the list view stands in for it. */
    interface Tab {
      w: Watched;
      dialogs: string[];
      webgl: boolean;
    }
    let tab: Tab;
    let listTab: Tab;
    let noGl: Browser;

    async function openTab(on: Browser, webgl: boolean): Promise<Tab> {
      const w = await openPage(on, baseUrl);
      const dialogs = recordDialogs(w.page);
      // Vite's preview server refuses URLs over 16 kB (HTTP 431); a static host may take them, so answer the
      // page itself here whatever its query, as such a host would, and let the app meet the whole URL.
      await w.page.route(
        (url) => url.origin === new URL(baseUrl).origin && url.pathname === '/' && url.search !== '',
        async (route) => route.fulfill({ response: await route.fetch({ url: baseUrl }) }),
      );
      return { w, dialogs, webgl };
    }

    beforeAll(async () => {
      noGl = await launchChromium(['--disable-webgl2']);
      tab = await openTab(browser, true);
      listTab = await openTab(noGl, false);
    });

    afterAll(async () => {
      await tab?.w.close();
      await listTab?.w.close();
      await noGl?.close();
    });

    /** Opens a link afresh; waits for the shell, the data (the URL is rewritten then) and the map or list view. */
    async function visit(path: string, { w }: Tab = tab): Promise<void> {
      // A link that differs from the current page only in its hash would not reload the page.
      const target = new URL(href(path));
      if (target.href.split('#')[0] === w.page.url().split('#')[0])
        await w.page.goto('about:blank', { waitUntil: 'commit' });
      await w.page.goto(target.href);
      await w.page.getByRole('heading', { level: 1, name: 'Corridor Atlas' }).waitFor();
      await w.page.locator('nav.feature-list').waitFor();
      // The poster stands in for the live map until the reader's first input.
      await wakeMap(w.page);
      await w.page.waitForFunction(() => document.querySelector('.maplibregl-canvas, .svgmap'));
    }

    /** Nothing ran, nothing was injected, the map did not fail, and only valid parts are left in the query. */
    async function expectHarmless(path: string, { w, dialogs, webgl }: Tab = tab): Promise<void> {
      const found = await w.page.evaluate(
        (shellScript) => ({
          // The one inline script the build writes (the shell's language picker) is not an injection.
          injected: [...document.querySelectorAll('img[src="x"], script:not([src]), svg[onload], [onerror]')]
            .filter((el) => !(el instanceof HTMLScriptElement && el.textContent === shellScript))
            .map((el) => el.outerHTML.slice(0, 80)),
          fallbackMap: document.querySelector('.svgmap') !== null,
          search: location.search,
          title: document.title,
        }),
        SHELL_SCRIPT,
      );
      const context = `for ${path.slice(0, 200)}`;
      expect(dialogs, context).toEqual([]);
      expect(pageErrors(w), context).toEqual([]);
      expect(found.injected, context).toEqual([]);
      expect(found.fallbackMap, context).toBe(!webgl);
      expect(found.title, context).toMatch(/^[^<>]*Corridor Atlas$/);
      const params = new URLSearchParams(found.search);
      expect(
        [...params.keys()].filter(
          (k) => !['lang', 'sel', 'layers', 'view', 'f', 'year', 'scale', 'embed'].includes(k),
        ),
        context,
      ).toEqual([]);
      expect(LANG_CODES, context).toContain(params.get('lang'));
      expect(params.getAll('lang'), context).toHaveLength(1);
      expect(
        params.getAll('sel').filter((id) => !KNOWN_IDS.has(id)),
        context,
      ).toEqual([]);
      const layers = params.get('layers');
      if (layers !== null && layers !== '') {
        expect(
          layers.split(',').filter((k) => !LAYER_NAMES.includes(k)),
          context,
        ).toEqual([]);
      }
    }

    it('drops markup, script URLs and oversized values from the query without running them', async () => {
      const cases = [
        '?sel=<img src=x onerror=alert(1)>',
        `?sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
        '?sel=javascript:alert(1)',
        '?lang=xx&layers=<script>alert(1)</script>',
        '?sel="><svg onload=alert(1)>&lang=<script>alert(1)</script>',
        `?sel=${'a'.repeat(100_000)}`,
        `?lang=ru&layers=${'btk,'.repeat(5000)}`,
      ];
      for (const path of cases) {
        await visit(path);
        await expectHarmless(path);
        expect(new URL(tab.w.page.url()).searchParams.has('sel'), path.slice(0, 80)).toBe(false);
      }
    });

    it('keeps a valid selection but not the markup around it', async () => {
      await visit('?sel=btk&lang=<b>ru</b>&layers=btk,<i>x</i>');
      await expectHarmless('?sel=btk&lang=<b>ru</b>&layers=btk,<i>x</i>');
      const params = new URL(tab.w.page.url()).searchParams;
      expect(params.get('sel')).toBe('btk');
      expect(params.get('layers')).toBe('btk');
      await expect(tab.w.page.getByRole('heading', { level: 2, name: BTK }).isVisible()).resolves.toBe(true);
    });

    async function camera(): Promise<{ lng: number; lat: number; zoom: number }> {
      return tab.w.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: PageMap }).__atlasMap;
        return { ...map.getCenter(), zoom: map.getZoom() };
      });
    }

    it('ignores an invalid camera in the hash and opens on the region, as without one', async () => {
      await visit('?lang=en');
      await waitForMapReady(tab.w.page);
      const home = await camera();
      const [west, south, east, north] = REGION_BOUNDS;
      expect(home.lng > west && home.lng < east && home.lat > south && home.lat < north).toBe(true);
      const wrong: string[] = [];
      for (const hash of [
        '#map=NaN/NaN/NaN',
        '#map=1e308/1e308/1e308',
        '#map=-5/999/999',
        '#map=Infinity/0/0',
      ]) {
        await visit(`?lang=en${hash}`);
        await waitForMapReady(tab.w.page);
        await expectHarmless(hash);
        const opened = await camera();
        const same =
          Math.abs(opened.zoom - home.zoom) < 0.01 &&
          Math.abs(opened.lng - home.lng) < 0.01 &&
          Math.abs(opened.lat - home.lat) < 0.01;
        if (!same) wrong.push(`${hash} → zoom ${opened.zoom} at ${opened.lng},${opened.lat}`);
      }
      expect(wrong.join('; '), `the region opens at zoom ${home.zoom} at ${home.lng},${home.lat}`).toBe('');
    });

    it('takes a valid camera from the hash but no selection smuggled into it', async () => {
      await visit('?lang=en#map=5/41/44&sel=btk');
      await waitForMapReady(tab.w.page);
      await expectHarmless('#map=5/41/44&sel=btk');
      const opened = await camera();
      expect(opened.zoom).toBeCloseTo(5, 5);
      expect(opened.lat).toBeCloseTo(41, 5);
      expect(opened.lng).toBeCloseTo(44, 5);
      expect(new URL(tab.w.page.url()).searchParams.has('sel')).toBe(false);
      await expect(tab.w.page.locator('.detail-panel.open').count()).resolves.toBe(0);
    });

    it('survives 50 random hostile queries and hashes (seed 20240611)', async () => {
      // On the no-WebGL page (the SVG map): MapLibre's start-up would dominate the time, and the camera has its own tests.
      for (const path of hostileUrlParts(20240611, 50)) {
        await visit(path, listTab);
        await expectHarmless(path, listTab);
      }
    });
  });

  describe('the Content-Security-Policy', () => {
    it('is in the built page, before any script, style or preload, without unsafe sources', () => {
      const html = readFileSync('dist/index.html', 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
      expect(meta).not.toBeNull();
      const policy = (meta?.[1] ?? '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      const directives = new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name, values]),
      );
      expect(policy).not.toMatch(/'unsafe-|\*|https?:|blob:/);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      // 'self' plus exactly the hash of each inline script and style the build wrote, and nothing else.
      const { scripts, styles } = inlineTexts(html);
      expect(scripts.length).toBe(1);
      expect(styles.length).toBe(1);
      expect(directives.get('script-src')).toEqual(["'self'", ...scripts.map(hashSource)]);
      expect(directives.get('style-src')).toEqual(["'self'", ...styles.map(hashSource)]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.indexOf(meta?.[0] ?? '')).toBeLessThan(head.search(/<script|<link\b/));
    });

    it('sees no violation and no foreign request in a whole session', async () => {
      const w = await openPage(browser, baseUrl);
      await w.page.goto(href('?lang=en'));
      await waitForMapReady(w.page);
      await w.page.getByRole('button', { name: BTK }).click();
      await w.page.getByRole('heading', { level: 2, name: BTK }).waitFor();
      await w.page.getByRole('radio', { name: 'Русский' }).check();
      await w.page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
      await w.page.locator('input[name="layer-titr"]').uncheck();
      await mapIdle(w.page);
      expect(new URL(w.page.url()).search).toBe('?lang=ru&sel=btk&layers=members,btk,places');
      expect(w.cspViolations).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      await w.close();
    });

    it('blocks an inline script added to the page and reports the violation', async () => {
      const w = await openPage(browser, baseUrl);
      await w.page.goto(href('?lang=en'));
      await w.page.locator('nav.feature-list').waitFor();
      const ran = await w.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true;';
        document.body.append(script);
        return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => w.cspViolations.join('\n')).toMatch(/script-src/);
      await w.close();
    });
  });

  describe('external links', () => {
    async function linksIn(page: Page, selector: string) {
      // The panel renders its articles a frame after its heading.
      await page.locator(`${selector} .articles a`).first().waitFor();
      return page.evaluate((scope) => {
        const root = document.querySelector(scope);
        return {
          newTab: [...(root?.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]') ?? [])].map((a) => ({
            href: a.getAttribute('href') ?? '',
            rel: (a.getAttribute('rel') ?? '').split(/\s+/),
          })),
          scripted: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
        };
      }, selector);
    }

    function expectSafe(links: Awaited<ReturnType<typeof linksIn>>): void {
      expect(links.newTab.length).toBeGreaterThan(0);
      expect(links.newTab.filter((l) => !/^https?:\/\//i.test(l.href))).toEqual([]);
      expect(
        links.newTab.filter((l) => !l.rel.includes('noopener') || !l.rel.includes('noreferrer')),
      ).toEqual([]);
      expect(links.scripted).toBe(0);
    }

    it('open in a new tab without opener or referrer from the BTK panel', async () => {
      const w = await openPage(browser, baseUrl);
      await w.page.goto(href('?lang=en&sel=btk'));
      await w.page.locator('.detail-panel').getByRole('heading', { level: 2, name: BTK }).waitFor();
      expectSafe(await linksIn(w.page, '.detail-panel'));
      await w.close();
    });

    it('open in a new tab without opener or referrer from the list view', async () => {
      const noGl = await launchChromium(['--disable-webgl2']);
      const w = await openPage(noGl, baseUrl);
      await w.page.goto(href('?lang=en'));
      await w.page.locator('.svgmap-list > summary').click();
      await w.page.locator('.list-view').waitFor();
      expectSafe(await linksIn(w.page, '.list-view'));
      await w.close();
      await noGl.close();
    });
  });
});
