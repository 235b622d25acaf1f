// The prerendered shell (build/prerender.ts, src/shell/shell.js): title, language switch, legend and route list
// are painted in the reader's language from the HTML alone, before (here: without) the app's modules; once
// the app runs, it replaces the shell rather than adding a second one.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/schema';
import { az } from '../../src/i18n/messages/az';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const CATALOGUES = { az, ru, en };
const routes: { id: string; name: Record<Lang, string> }[] = JSON.parse(
  readFileSync('data/routes.json', 'utf8'),
);

/** Opens `path` with the app's own module script blocked: what shows is the HTML and src/shell/shell.js. */
async function openWithoutApp(path: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
  await watched.page.goto(new URL(path, baseUrl).href);
  return watched;
}

async function expectShellIn(watched: Watched, lang: Lang) {
  const { page } = watched;
  const t = CATALOGUES[lang];
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t['app.title']);
  for (const key of ['members', 'btk', 'titr', 'places'] as const)
    expect(await page.getByRole('checkbox', { name: t[`layers.${key}`] }).isChecked()).toBe(true);
  const buttons = page.locator('.feature-list button');
  expect(await buttons.allTextContents()).toEqual(routes.map((r) => r.name[lang]));
  for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);
  expect(
    await page
      .getByRole('radio', { name: { az: 'Azərbaycanca', ru: 'Русский', en: 'English' }[lang] })
      .isChecked(),
  ).toBe(true);
  expect(watched.cspViolations).toEqual([]);
}

describe('the prerendered shell', () => {
  for (const [why, path, locale, lang] of [
    ['in the language of the URL', '?lang=ru', 'en-GB', 'ru'],
    ['else in the browser’s language', '', 'az-AZ', 'az'],
    ['else in English', '', 'de-DE', 'en'],
  ] as const) {
    it(`shows title, legend and route list ${why}, without the app’s modules`, async () => {
      const watched = await openWithoutApp(path, { locale });
      try {
        await expectShellIn(watched, lang);
      } finally {
        await watched.close();
      }
    });
  }

  it('is replaced by the live app, not doubled', async () => {
    const watched = await openPage(browser, baseUrl);
    try {
      await watched.page.goto(new URL('?lang=az', baseUrl).href);
      await waitForMapReady(watched.page);
      const counts = await watched.page.evaluate(() => ({
        apps: document.querySelectorAll('.app').length,
        maps: document.querySelectorAll('#map').length,
        h1: document.querySelectorAll('h1').length,
      }));
      expect(counts).toEqual({ apps: 1, maps: 1, h1: 1 });
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
