// Fault injection for the robustness and security e2e tests: corrupt or withhold the hashed data files,
// lose the GPU context, record dialogs and requests, and generate hostile URL parts from a fixed seed.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from 'playwright-core';

/** The built (hashed) URL of a data file, e.g. `assets/figures-BFme8hSf.json` for ('figures', 'json'). */
export function assetUrl(name: string, ext: 'json' | 'geojson'): RegExp {
  return new RegExp(`/assets/${name}-[A-Za-z0-9_-]+\\.${ext}$`);
}

/** A repo file parsed as JSON (paths relative to the repo root, like the harness's). */
export function repoJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Serves the real file with `mutate` applied to its parsed JSON. */
export async function corruptJson(
  context: BrowserContext,
  url: RegExp,
  mutate: (data: unknown) => unknown,
): Promise<void> {
  await context.route(url, async (route: Route) => {
    const response = await route.fetch();
    const body = JSON.stringify(mutate(await response.json()));
    await route.fulfill({ response, body, headers: { 'content-type': 'application/json' } });
  });
}

/** Serves `body` (any text) in place of a file. */
export async function serveText(context: BrowserContext, url: RegExp, body: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, body, headers: { 'content-type': 'application/json' } }),
  );
}

/** Answers a file with an HTTP error status. */
export async function serveStatus(context: BrowserContext, url: RegExp, status: number): Promise<void> {
  await context.route(url, (route) => route.fulfill({ status, body: 'Not Found' }));
}

/** What the tests read of the MapLibre map the app exposes as `window.__atlasMap`. */
export interface PageMap {
  getCanvas(): HTMLCanvasElement;
  once(event: string, listener: () => void): void;
  triggerRepaint(): void;
  getFeatureState(feature: { source: string; id: string }): Record<string, unknown>;
  getLayoutProperty(layer: string, name: string): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
}

/** How long MapLibre gets to report a lost or restored context before loseContext gives up. */
export const CONTEXT_EVENT_DEADLINE_MS = 15_000;

/**
 * Loses the map's WebGL context through WEBGL_lose_context. With `restore`, gives it back once MapLibre has
 * seen the loss and resolves on the first `idle` after MapLibre's `webglcontextrestored`; without, resolves
 * once the loss has been reported. Rejects if MapLibre never reports them (a listener before ours threw).
 */
export async function loseContext(page: Page, restore: boolean): Promise<void> {
  await page.evaluate(
    ([restoreIt, deadlineMs]) =>
      new Promise<void>((resolve, reject) => {
        const map = (window as unknown as { __atlasMap: PageMap }).__atlasMap;
        let step = 'webglcontextlost';
        const deadline = setTimeout(
          () => reject(new Error(`MapLibre did not report ${step} within ${deadlineMs} ms`)),
          deadlineMs,
        );
        const done = () => {
          clearTimeout(deadline);
          resolve();
        };
        const gl = map.getCanvas().getContext('webgl2');
        const extension = gl?.getExtension('WEBGL_lose_context');
        if (!extension) {
          clearTimeout(deadline);
          reject(new Error('WEBGL_lose_context is not available'));
          return;
        }
        map.once('webglcontextlost', () => {
          if (!restoreIt) {
            done();
            return;
          }
          step = 'webglcontextrestored';
          map.once('webglcontextrestored', () => {
            step = 'idle after webglcontextrestored';
            map.once('idle', done);
            map.triggerRepaint();
          });
          // Only once the loss event has been dispatched (and its default prevented) can it be restored.
          setTimeout(() => extension.restoreContext(), 0);
        });
        extension.loseContext();
      }),
    [restore, CONTEXT_EVENT_DEADLINE_MS] as const,
  );
}

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Records the URL of every request the page makes (same origin included). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** mulberry32: a small seeded PRNG, so a failing random case can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '"><script>alert(1)</script>',
  "'-alert(1)-'",
  '&sel=',
  '&layers=',
  '&lang=',
  '#map=',
  '%',
  '%00',
  '%3Cscript%3E',
  '%E0%A4%A',
  '\u202e',
  '\ud83d\ude00',
  '..%2F..%2F',
  '__proto__',
  'constructor',
  'btk',
  'NaN',
  'Infinity',
  '1e308',
  '-0',
  '/',
  '?',
  '=',
  ',',
];

const ALPHABET = 'abcXYZ019-_.~!$&\'()*+,;=:@/?#[]%<> "`{}|\\^\u00e4\u0259\u0416\u4e2d';

/** `count` hostile query+hash suffixes (e.g. `?sel=<svg…&layers=…#map=NaN/…`), the same for the same seed. */
export function hostileUrlParts(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const piece = (): string => {
    if (random() < 0.5) return pick(HOSTILE_PIECES);
    const length = 1 + Math.floor(random() * 24);
    return Array.from({ length }, () => pick([...ALPHABET])).join('');
  };
  const value = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, piece).join('');
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const params = ['sel', 'layers', 'lang', 'map', pick(HOSTILE_PIECES)]
      .filter(() => random() < 0.6)
      .map((name) => `${name}=${value()}`);
    const hash = random() < 0.5 ? `#map=${value()}/${value()}/${value()}` : `#${value()}`;
    parts.push(`?${params.join('&')}${random() < 0.7 ? hash : ''}`);
  }
  return parts;
}
