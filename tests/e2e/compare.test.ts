// The Compare routes view end to end (?view=compare): the table of itineraries in the production build, the
// Middle Corridor via Aktau's bottleneck naming its place with a value in Mt/yr in bold, and a narrow screen
// where the table scrolls sideways inside its own region instead of widening the page.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareItineraries } from '../../src/analysis/itineraries';
import { loadDataset } from '../../src/data/load';
import { COMPARE_MESSAGES } from '../../src/views/compare/messages';
import { defaultYear } from '../../src/views/compare/model';
import { fill } from '../../src/views/i18n';
import { axeReport } from './support/axe';
import { openPage, useServedApp } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const en = COMPARE_MESSAGES.en;
const { dataset } = await loadDataset(async (path) => readFileSync(path, 'utf8'));
const VIA_AKTAU = 'titr-dostyk-aktau-kars';
const year = defaultYear(dataset, dataset.itineraries);
const expected = compareItineraries(dataset, dataset.itineraries, year).find((c) => c.id === VIA_AKTAU);
const itinerary = dataset.itineraries.find((i) => i.id === VIA_AKTAU);
const bottleneckPlace = dataset.places.find((p) => p.properties.id === expected?.bottleneck?.subject)
  ?.properties.name.en;

async function openCompare(page: Page): Promise<void> {
  await page.goto(new URL('?lang=en&view=compare', baseUrl).href);
  await page.getByRole('table', { name: fill(en.caption, { year }) }).waitFor({ timeout: 60_000 });
}

describe('the Compare routes view', () => {
  it('compares the itineraries and names the Middle Corridor via Aktau’s bottleneck', async () => {
    expect(itinerary).toBeDefined();
    expect(bottleneckPlace).toBe('Port of Baku');
    const watched = await openPage(browser, baseUrl);
    try {
      const { page } = watched;
      await openCompare(page);
      const table = page.getByRole('table', { name: fill(en.caption, { year }) });
      const headers = await table.getByRole('columnheader').allTextContents();
      expect(headers).toEqual(dataset.itineraries.map((i) => i.name.en));
      const column = headers.indexOf(itinerary?.name.en ?? '');
      const row = table.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: fill(en['row.bottleneck'], { year }) }),
      });
      const cell = row.getByRole('cell').nth(column);
      const text = (await cell.locator('summary').textContent()) ?? '';
      expect(text).toContain(bottleneckPlace);
      expect(text).toMatch(/\d[\d.,–-]* Mt\/yr$/);
      expect(await cell.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
      await cell.locator('summary').click();
      expect(await cell.getByRole('listitem').count()).toBe(
        expected?.bottleneck?.capacityMt.figureIds.length,
      );
      const report = await axeReport(page);
      expect(report, `axe violations:\n${report.join('\n')}`).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it('scrolls the table sideways on a narrow screen, not the page', async () => {
    const watched = await openPage(browser, baseUrl, { viewport: { width: 375, height: 740 } });
    try {
      const { page } = watched;
      await openCompare(page);
      const region = page.getByRole('region', { name: en.scrollLabel });
      const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      const page_ = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(page_.scroll).toBeLessThanOrEqual(page_.client);
    } finally {
      await watched.close();
    }
  });
});
