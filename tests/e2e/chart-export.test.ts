// "Save chart" in a real browser: the Middle Corridor's cargo chart downloads as a 2× PNG (signature and IHDR
// size checked, not blank) and as an SVG with its title; a member state's trade chart saves with its title too.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_MESSAGES } from '../../src/ui/chart-messages';
import { openPage, useServedApp, type Watched } from './support/harness';

const en = CHART_MESSAGES.en;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The chart's viewBox width (src/ui/CargoChart.tsx) plus the picture's 12 px margins, at 2×. */
const CARGO_PNG_WIDTH = 2 * (380 + 24);

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

async function download(page: Page, scope: string, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(scope).first().getByRole('button', { name }).click(),
  ]);
  return { file: saved.suggestedFilename(), bytes: readFileSync((await saved.path()) as string) };
}

describe('saving the cargo chart of the Middle Corridor', () => {
  let w: Watched;
  const chart = '.detail-panel figure.chart';

  beforeAll(async () => {
    w = await openPage(browser, baseUrl, { acceptDownloads: true });
    await w.page.goto(new URL('?lang=en&sel=titr', baseUrl).href);
    await w.page.locator(`${chart} svg`).first().waitFor({ timeout: 90_000 });
  });
  afterAll(async () => {
    await w?.close();
  });

  it('downloads a PNG at twice the picture’s size, with a valid header and something drawn', async () => {
    const { file, bytes } = await download(w.page, chart, en.savePng);
    expect(file).toMatch(/^corridor-atlas_titr_chart_\d{4}-\d{2}-\d{2}\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(CARGO_PNG_WIDTH);
    expect(height).toBeGreaterThan(2 * 230);
    expect(height).toBeLessThan(2 * 600);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([width, height]);
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if ((png.data[i] ?? 255) < 80 && png.data[i + 3] === 255) dark++;
    expect(dark).toBeGreaterThan(1000);
  });

  it('downloads an SVG document with the chart’s title and a source line', async () => {
    const { file, bytes } = await download(w.page, chart, en.saveSvg);
    expect(file).toMatch(/^corridor-atlas_titr_chart_\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Cargo projection, 2017–2030');
    expect(svg).toContain('Trans-Caspian');
    const drawnText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(drawnText).toMatch(/Sources: \S.+\. Corridor Atlas, \d{1,2} \w+ \d{4}/);
    expect(svg).not.toMatch(/\sclass="/);
  });

  it('saved without a Content-Security-Policy violation or an error', () => {
    expect(w.cspViolations).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('saving a member state’s trade chart', () => {
  it('downloads an SVG titled with the country, its legend naming whose statistics', async () => {
    const w = await openPage(browser, baseUrl, { acceptDownloads: true });
    try {
      await w.page.goto(new URL('?lang=en&sel=KAZ&year=2023', baseUrl).href);
      const chart = '.detail-panel figure.trade-chart';
      await w.page.locator(`${chart} .year-rule`).waitFor({ timeout: 90_000 });
      const { file, bytes } = await download(w.page, chart, en.saveSvg);
      expect(file).toMatch(/^corridor-atlas_kaz_chart_\d{4}-\d{2}-\d{2}\.svg$/);
      const svg = bytes.toString('utf8');
      expect(svg).toContain('Trade with Azerbaijan by year: Kazakhstan');
      expect(svg).toContain('Kazakhstan’s statistics');
      expect(w.cspViolations).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
