// Search and share in the header: the combobox finds Baku for "Baki" and opens its panel with Enter, finds
// the Port of Aktau for "Актау", clears on Escape; Share puts the page URL on the clipboard and says so;
// Embed shows the iframe code for the view.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReady, useServedApp, type Watched } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

const open = (path: string): Promise<Watched> => openReady(browser, baseUrl, path);

describe('search', () => {
  it('finds Baku for "Baki" and opens its panel with Enter', async () => {
    const w = await open('?lang=en');
    const box = w.page.locator('input[role=combobox]');
    await box.focus();
    await box.pressSequentially('Baki');
    const first = w.page.getByRole('option').first();
    await expect(first.textContent()).resolves.toMatch(/^Baku\b/);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await first.getAttribute('id'));
    await w.page.keyboard.press('Enter');
    await w.page.getByRole('heading', { level: 2, name: 'Baku', exact: true }).waitFor();
    expect(new URL(w.page.url()).searchParams.get('sel')).toBe('baku');
    expect(w.consoleErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('finds the Port of Aktau for "Актау", moves with the arrow keys and clears on Escape', async () => {
    const w = await open('?lang=en');
    const box = w.page.locator('input[role=combobox]');
    await box.focus();
    await box.fill('Актау');
    await w.page.getByRole('option', { name: /Port of Aktau/ }).waitFor();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(w.page.getByRole('option').count()).resolves.toBe(0);
    await w.close();
  });
});

describe('share', () => {
  it('copies the page URL and confirms "Link copied"', async () => {
    const w = await open('?lang=en&sel=btk#map=5/41/50');
    await w.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await w.page.getByRole('button', { name: 'Share', exact: true }).click();
    await w.page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(w.page.url());
    expect(new URL(copied).searchParams.get('sel')).toBe('btk');
    expect(new URL(copied).hash).toMatch(/^#map=/);
    await w.close();
  });

  it('shows the iframe code for the current view under Embed', async () => {
    const w = await open('?lang=en&sel=btk');
    await w.page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await w.page.getByRole('textbox', { name: 'HTML to embed this view' }).inputValue();
    expect(code).toMatch(
      /^<iframe src="[^"]+\?embed=1&amp;lang=en&amp;sel=btk[^"]*" title="Corridor Atlas map"/,
    );
    await w.close();
  });
});
