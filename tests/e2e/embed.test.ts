// Embedding: the generated <iframe> snippet, pasted into a page served from another origin (a second port),
// shows the map, the legend and the panel of the shared view inside its sandbox, with the atlas's name and a
// link that opens the same view in the atlas itself, and without the header.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/share/snippet';
import { useServedApp } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

let host: Server;
let hostUrl = '';
beforeAll(async () => {
  host = createServer((_request, response) => {
    const snippet = embedSnippet(embedUrl(new URL('?lang=en&sel=btk', baseUrl).href), 'Corridor Atlas map');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>A newsroom page</title><h1>Our story</h1>${snippet}`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

describe('the atlas embedded in another origin’s page', () => {
  it('shows the map, the legend and the BTK panel inside the sandboxed iframe, with a link to the atlas', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostUrl);
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('sandbox')).toContain('allow-scripts');
    const frame = page.frameLocator('iframe');
    await frame
      .getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' })
      .waitFor({ timeout: 60_000 });
    await frame.locator('.maplibregl-canvas, .svgmap').first().waitFor();
    await frame.locator('fieldset.legend').waitFor();
    expect(await frame.locator('.app-header').isVisible()).toBe(false);
    const open = frame.getByRole('link', { name: /Open in Corridor Atlas/ });
    const href = (await open.getAttribute('href')) ?? '';
    expect(href.startsWith(new URL(baseUrl).origin)).toBe(true);
    expect(new URL(href).searchParams.get('embed')).toBeNull();
    expect(new URL(href).searchParams.get('sel')).toBe('btk');
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(errors).toEqual([]);
    await context.close();
  });
});
