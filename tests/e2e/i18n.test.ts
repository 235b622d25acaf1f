// The three interface languages end to end: the switch changes panel, legend, <html lang>, title and map
// labels at once without a reload; the URL and the browser locale choose the language; numbers and dates in
// the panel are formatted for it.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/schema';
import { az } from '../../src/i18n/messages/az';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { mapIdle } from './support/app';
import { openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

type Names = Record<Lang, string>;
const CATALOGUES = { az, ru, en };
/** The language switch labels, each language named in itself. */
const SWITCH: Record<Lang, string> = { az: 'Azərbaycanca', ru: 'Русский', en: 'English' };

const routes: { id: string; name: Names }[] = JSON.parse(readFileSync('data/routes.json', 'utf8'));
const countries: { id: string; name: Names }[] = JSON.parse(readFileSync('data/countries.json', 'utf8'));
const places: { properties: { id: string; name: Names } }[] = JSON.parse(
  readFileSync('geo/places.geojson', 'utf8'),
).features;

function nameOf(list: { id: string; name: Names }[], id: string): Names {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`${id} missing from the data`);
  return found.name;
}
const BTK = nameOf(routes, 'btk');
const AZERBAIJAN = nameOf(countries, 'AZE');
const BAKU = nameOf(
  places.map((p) => p.properties),
  'baku',
);

async function open(path: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(new URL(path, baseUrl).href);
  await waitForMapReady(watched.page);
  return watched;
}

interface Label {
  name: string;
  shown: string;
}

/** What the map draws for the labels: the expression of each label layer and the text of rendered labels. */
async function mapLabels(page: Page, lang: Lang) {
  await mapIdle(page);
  return page.evaluate((lang) => {
    type Rendered = { properties: Record<string, unknown>; layer: { layout?: Record<string, unknown> } };
    const map = (
      window as unknown as {
        __atlasMap: {
          getLayoutProperty(layer: string, name: string): unknown;
          queryRenderedFeatures(options: { layers: string[] }): Rendered[];
        };
      }
    ).__atlasMap;
    const read = (layer: string): Label[] =>
      map.queryRenderedFeatures({ layers: [layer] }).map((f) => {
        const field = f.layer.layout?.['text-field'] as string | { sections: { text: string }[] } | undefined;
        const shown = typeof field === 'object' ? field.sections.map((s) => s.text).join('') : String(field);
        return { name: String(f.properties[`name_${lang}`]), shown };
      });
    return {
      placeField: JSON.stringify(map.getLayoutProperty('place-labels', 'text-field')),
      countryField: JSON.stringify(map.getLayoutProperty('country-labels', 'text-field')),
      places: read('place-labels'),
      countries: read('country-labels'),
    };
  }, lang);
}

/** The interface as a reader meets it, in the words of the given language. */
async function expectInterfaceIn(page: Page, lang: Lang): Promise<void> {
  const t = CATALOGUES[lang];
  await expect(
    page.getByRole('heading', { level: 2, name: BTK[lang], exact: true }).isVisible(),
    'panel heading',
  ).resolves.toBe(true);
  await expect(
    page.getByRole('checkbox', { name: t['layers.btk'], exact: true }).count(),
    'legend label',
  ).resolves.toBe(1);
  await expect(page.getByRole('radio', { name: SWITCH[lang] }).isChecked()).resolves.toBe(true);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
  await expect(page.title()).resolves.toBe(`${BTK[lang]} · ${t['app.title']}`);
  const labels = await mapLabels(page, lang);
  expect(labels.placeField).toContain(`"name_${lang}"`);
  expect(labels.countryField).toContain(`"name_${lang}"`);
  expect(labels.places.length).toBeGreaterThan(0);
  for (const label of [...labels.places, ...labels.countries]) expect(label.shown).toBe(label.name);
  expect(labels.places.map((l) => l.name)).toContain(BAKU[lang]);
  expect(labels.countries.map((l) => l.name)).toContain(AZERBAIJAN[lang]);
}

describe('switching the language with the BTK panel open', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('?lang=en&sel=btk');
    await w.page.getByRole('heading', { level: 2, name: BTK.en, exact: true }).waitFor();
    await w.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  });
  afterAll(() => w?.close());

  it.each(['az', 'ru'] as const)(
    'changes panel, legend, <html lang>, title and map labels to %s at once, without a reload',
    async (lang) => {
      await w.page.getByRole('radio', { name: SWITCH[lang] }).check();
      // The other languages' catalogues load on demand (usually preloaded while idle, but not always on a
      // slow machine): the switch lands when <html lang> changes, then everything must say it at once.
      await w.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await w.page.getByRole('heading', { level: 2, name: BTK[lang], exact: true }).waitFor();
      await expectInterfaceIn(w.page, lang);
      const navigation = await w.page.evaluate(() => ({
        navigations: performance.getEntriesByType('navigation').length,
        marker: (window as unknown as { __sameDocument?: boolean }).__sameDocument,
      }));
      expect(navigation).toEqual({ navigations: 1, marker: true });
    },
  );

  it('keeps the map the same size in every language at 1280×800, so a switch never resizes it', async () => {
    await w.page.setViewportSize({ width: 1280, height: 800 });
    const sizes: string[] = [];
    for (const lang of ['en', 'ru', 'az', 'en'] as const) {
      await w.page.getByRole('radio', { name: SWITCH[lang] }).check();
      await w.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await mapIdle(w.page);
      sizes.push(
        await w.page.evaluate(() => {
          const canvas = (
            window as unknown as { __atlasMap: { getCanvas(): HTMLCanvasElement } }
          ).__atlasMap.getCanvas();
          return `${canvas.width}×${canvas.height}`;
        }),
      );
    }
    expect(new Set(sizes).size, sizes.join(', ')).toBe(1);
  });

  it('carries the language and the selection in the URL', async () => {
    await w.page.getByRole('radio', { name: SWITCH.ru }).check();
    await w.page.locator('html[lang="ru"]').waitFor({ state: 'attached' });
    const params = new URL(w.page.url()).searchParams;
    expect(params.get('lang')).toBe('ru');
    expect(params.get('sel')).toBe('btk');
  });
});

describe('choosing the language on arrival', () => {
  it('renders ?lang=az&sel=btk in Azerbaijani directly', async () => {
    const w = await open('?lang=az&sel=btk');
    await w.page.getByRole('heading', { level: 2, name: BTK.az, exact: true }).waitFor();
    await expectInterfaceIn(w.page, 'az');
    await w.close();
  });

  it.each([
    ['ru-RU', 'ru'],
    ['de-DE', 'en'],
  ] as const)('opens in the language of a %s browser (%s) when the URL has none', async (locale, lang) => {
    const w = await open('?sel=btk', { locale });
    await w.page.getByRole('heading', { level: 2, name: BTK[lang], exact: true }).waitFor();
    await expectInterfaceIn(w.page, lang);
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe(lang);
    await w.close();
  });
});

/** CLDR formats of the values the BTK panel shows: 20 May 2024, 6.5 and 432 284. */
const FORMATS: Record<Lang, { date: string; decimal: string; grouped: string }> = {
  ru: { date: '20 мая 2024 г.', decimal: '6,5', grouped: '432 284' },
  az: { date: '20 may 2024', decimal: '6,5', grouped: '432.284' },
  en: { date: '20 May 2024', decimal: '6.5', grouped: '432,284' },
};

describe.each(['ru', 'az', 'en'] as const)('numbers and dates in the %s BTK panel', (lang) => {
  const t = CATALOGUES[lang];
  let w: Watched;
  /** The text of a figure-table cell, with no-break spaces as plain spaces. */
  const cell = (figure: string, selector: string) =>
    w.page
      .locator(`.detail-panel tr[data-figure="${figure}"] ${selector}`)
      .first()
      .textContent()
      .then((text) => (text ?? '').replace(/[\u00a0\u202f]/g, ' '));

  beforeAll(async () => {
    w = await open(`?lang=${lang}&sel=btk`);
    await w.page.getByRole('heading', { level: 2, name: BTK[lang], exact: true }).waitFor();
  });
  afterAll(() => w?.close());

  it('shows the 5 Mt/yr capacity with the unit of the language', async () => {
    await expect(cell('btk-capacity-2024-ady', 'td.num')).resolves.toBe(
      t['unit.Mt/yr'].replace('{value}', '5'),
    );
  });

  it('writes decimals and thousands the way the language does', async () => {
    await expect
      .soft(cell('btk-capacity-initial-trend-2017', 'td.num'))
      .resolves.toBe(t['unit.Mt/yr'].replace('{value}', FORMATS[lang].decimal));
    await expect
      .soft(cell('btk-cargo-2022-ady', 'td.num'))
      .resolves.toBe(t['unit.t'].replace('{value}', FORMATS[lang].grouped));
  });

  it('writes the date the 5 Mt/yr capacity starts the way the language does', async () => {
    await expect(cell('btk-capacity-2024-ady', 'td:nth-of-type(1)')).resolves.toBe(
      t['period.since'].replace('{date}', FORMATS[lang].date),
    );
  });
});

describe('glyphs of the other languages', () => {
  it('are laid out once while the map is idle, by label layers that are removed again', async () => {
    const w = await open('?lang=en');
    try {
      const warmLayers = () =>
        w.page.evaluate(() =>
          (window as unknown as { __atlasMap: { getStyle(): { layers: { id: string }[] } } }).__atlasMap
            .getStyle()
            .layers.map((l) => l.id)
            .filter((id) => id.startsWith('glyph-warm')),
        );
      await expect
        .poll(warmLayers, { timeout: 10_000, interval: 20 })
        .toEqual(['glyph-warm-places', 'glyph-warm-countries']);
      await expect.poll(warmLayers, { timeout: 30_000 }).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
