// The views beside the map and the panel headline, driven like a reader: the Port of Baku headline says how
// full the port is, TITR's names the World Bank's 11 Mt with the growth a year it needs, the tracker lists
// met, missed and pending statements, the Sources view links real pages and opens a feature's panel, and
// the timeline lists events from 1992.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReady, useServedApp, type Watched } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const open = (path: string): Promise<Watched> => openReady(browser, baseUrl, path);

describe('panel headline', () => {
  it('tells how full the Port of Baku is, with the figures behind the number', async () => {
    const w = await open('?lang=en&sel=port-of-baku');
    const headline = w.page.locator('.headline').first();
    await headline.getByText('Utilisation').waitFor();
    const utilisation = headline.locator('dt:has-text("Utilisation") + dd summary');
    expect(await utilisation.textContent()).toMatch(/^\d+(–\d+)?%$/);
    await utilisation.click();
    expect(await headline.locator('details[open] li').count()).toBeGreaterThanOrEqual(2);
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });

  it('names the 11 Mt target for TITR and the growth a year it needs', async () => {
    const w = await open('?lang=en&sel=titr');
    const target = w.page.locator('.headline dd', { hasText: '11 Mt in 2030' });
    await target.waitFor();
    expect(await target.textContent()).toMatch(/\d+(\.\d)?% a year from \d{4}/);
    await w.close();
  });
});

describe('forecast tracker', () => {
  it('lists met and pending statements, and filters by outcome through the URL', async () => {
    const w = await open('?lang=en&view=tracker');
    await w.page.getByRole('heading', { name: 'Forecast tracker' }).waitFor();
    for (const outcome of ['met', 'pending'])
      expect(await w.page.locator(`tr.outcome-${outcome}`).count(), outcome).toBeGreaterThan(0);
    await w.page.getByLabel('Outcome').selectOption('met');
    await w.page.waitForURL(/f=outcome:met/);
    expect(await w.page.locator('tbody tr').count()).toBe(await w.page.locator('tr.outcome-met').count());
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });
});

describe('sources view', () => {
  it('lists every source with safe links and opens a feature’s panel from a source', async () => {
    const w = await open('?lang=en&view=sources&f=feature:btk');
    await w.page.getByRole('heading', { name: 'Sources' }).waitFor();
    const links = w.page.locator('.source-title a');
    expect(await links.count()).toBeGreaterThan(10);
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    await w.page.locator('.source-supports button', { hasText: 'Baku–Tbilisi–Kars railway' }).first().click();
    await w.page.locator('#panel-heading', { hasText: 'Baku–Tbilisi–Kars railway' }).waitFor();
    expect(w.page.url()).toContain('sel=btk');
    expect(w.page.url()).not.toContain('view=');
    await w.close();
  });

  it('comes back with the browser’s back button', async () => {
    const w = await open('?lang=en');
    await w.page.getByRole('link', { name: 'Sources' }).click();
    await w.page.getByRole('heading', { name: 'Sources' }).waitFor();
    await w.page.goBack();
    await w.page.locator('.view-page').waitFor({ state: 'detached' });
    await w.close();
  });
});

describe('timeline', () => {
  it('lists the events from 1992 on, in Russian, filtered by country', async () => {
    const w = await open('?lang=ru&view=timeline&f=country:KGZ');
    await w.page.getByRole('heading', { name: 'Хронология отношений' }).waitFor();
    const first = w.page.locator('.timeline-item').first();
    expect(await first.locator('time').getAttribute('datetime')).toBe('1993-01-19');
    expect(await w.page.locator('.timeline-item').count()).toBeGreaterThanOrEqual(5);
    await w.close();
  });
});

describe('data to take away', () => {
  it('downloads the BTK figures as CSV with sources, and its features as GeoJSON', async () => {
    const w = await open('?lang=en&sel=btk');
    const csvButton = w.page.getByRole('button', { name: 'Figures (CSV)' });
    await csvButton.waitFor();
    const [csv] = await Promise.all([w.page.waitForEvent('download'), csvButton.click()]);
    expect(csv.suggestedFilename()).toMatch(/^corridor-atlas_btk_figures_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFFSubject,Metric,Value')).toBe(true);
    expect(text).toContain('Baku–Tbilisi–Kars railway');
    expect(text).toMatch(/https:\/\/en\.trend\.az\//);
    for (const line of text.split('\r\n').slice(1))
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
    const [geo] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Map features (GeoJSON)' }).click(),
    ]);
    const collection = JSON.parse(readFileSync((await geo.path()) ?? '', 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(
      collection.features.some((f: { properties: { route?: string } }) => f.properties.route === 'btk'),
    ).toBe(true);
    await w.close();
  });

  it('exports the Sources view as BibTeX', async () => {
    const w = await open('?lang=en&view=sources&f=feature:btk');
    const button = w.page.getByRole('button', { name: 'BibTeX' });
    await button.waitFor();
    const [bib] = await Promise.all([w.page.waitForEvent('download'), button.click()]);
    const text = readFileSync((await bib.path()) ?? '', 'utf8');
    expect(text).toMatch(/^@\w+\{/m);
    expect(text).toContain('url =');
    await w.close();
  });
});
