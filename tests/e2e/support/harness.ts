// End-to-end harness: serves the production build (dist/) with Vite's preview server on a free port and
// drives it in Debian's headless Chromium through playwright-core. Records console errors, CSP
// violations and every request that leaves the page's origin, so tests can assert there are none.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

export async function startPreview(): Promise<{ url: string; server: PreviewServer }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ missing: run `npm run build` first');
  const server = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  close(): Promise<void>;
}

/** A fresh context and page that records errors, CSP violations and non-origin requests. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const watched: Watched = {
    page,
    consoleErrors: [],
    cspViolations: [],
    foreignRequests: [],
    close: () => context.close(),
  };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (text.startsWith('CSP violation') || text.includes('Content Security Policy'))
      watched.cspViolations.push(text);
    else watched.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(`pageerror: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watched.foreignRequests.push(url);
    return route.abort();
  });
  return watched;
}

/** A fresh watched page at `path` (relative to the served app), once the map has reached its first idle. */
export async function openReady(
  browser: Browser,
  baseUrl: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(new URL(path, baseUrl).href);
  await waitForMapReady(watched.page);
  return watched;
}

/**
 * The reader's first input, which turns the first-paint poster into the live map (src/map/wake.ts): the
 * pointer moves over the page's top-left corner (the header), where it hovers nothing. Harmless when the
 * map is already starting.
 */
export async function wakeMap(page: Page): Promise<void> {
  await page.mouse.move(6, 6);
  await page.mouse.move(2, 2);
}

/**
 * Wake the map as a reader would, then wait until it has reached its first `idle` with every layer (set by
 * src/map/start.ts).
 */
export async function waitForMapReady(page: Page, timeout = 90_000): Promise<void> {
  await wakeMap(page);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, {
    timeout,
  });
}

/** Serve dist/ and launch Chromium once for a test file; closes both afterwards. */
export function useServedApp(onReady: (app: { browser: Browser; baseUrl: string }) => void): void {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const served = await startPreview();
    server = served.server;
    browser = await launchChromium();
    onReady({ browser, baseUrl: served.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
