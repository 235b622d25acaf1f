// The map as a user meets it: it reaches idle with every layer, a click on the BTK line opens its panel
// with the cargo projection, a hidden layer cannot be clicked, the keyboard path works, the URL restores
// the view, and nothing leaves the origin.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickOnMap, mapIdle, pointOnRoute } from './support/app';
import { openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

/** Around the Georgian section of the BTK, zoomed in enough to click a line. */
const BTK_VIEW = '#map=6.5/41.1/44.3';
const btkPoint = pointOnRoute('btk', (leg) => leg.properties.to === 'kars');

async function open(path: string): Promise<Watched> {
  const watched = await openPage(browser, baseUrl);
  await watched.page.goto(new URL(path, baseUrl).href);
  await waitForMapReady(watched.page);
  return watched;
}

describe('the map', () => {
  it('reaches idle with every layer visible and no errors or foreign requests', async () => {
    const w = await open(`?lang=en${BTK_VIEW}`);
    const layers = await w.page.evaluate(() => {
      const map = (
        window as unknown as {
          __atlasMap: { getStyle(): { layers: { id: string; layout?: { visibility?: string } }[] } };
        }
      ).__atlasMap;
      return map.getStyle().layers.map((l) => [l.id, l.layout?.visibility ?? 'visible']);
    });
    expect(Object.fromEntries(layers)).toMatchObject({
      'route-btk': 'visible',
      'route-titr-rail': 'visible',
      'route-titr-sea': 'visible',
      'member-fill': 'visible',
      places: 'visible',
    });
    expect(w.consoleErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.close();
  });

  it('opens the BTK panel with its chart and the 5 Mt capacity when the line is clicked', async () => {
    const w = await open(`?lang=en${BTK_VIEW}`);
    await clickOnMap(w.page, btkPoint);
    const heading = w.page.getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' });
    await heading.waitFor();
    // The panel's details come from an on-demand chunk (warmed while idle, but maybe not yet): wait for them.
    await w.page.locator('.detail-panel figure.chart svg').first().waitFor();
    await w.page.locator('.detail-panel').getByText('5 Mt/yr').first().waitFor();
    await expect(w.page.locator('.detail-panel figure.chart svg').count()).resolves.toBe(1);
    await expect(w.page.locator('.detail-panel').getByText('5 Mt/yr').first().isVisible()).resolves.toBe(
      true,
    );
    expect(new URL(w.page.url()).searchParams.get('sel')).toBe('btk');
    expect(w.consoleErrors).toEqual([]);
    await w.close();
  });

  it('ignores a click on the BTK line once its layer is unchecked', async () => {
    const w = await open(`?lang=en${BTK_VIEW}`);
    await w.page.getByRole('checkbox', { name: 'Baku–Tbilisi–Kars railway' }).uncheck();
    await mapIdle(w.page);
    await clickOnMap(w.page, btkPoint);
    await mapIdle(w.page);
    await expect(w.page.locator('.detail-panel.open').count()).resolves.toBe(0);
    expect(new URL(w.page.url()).searchParams.get('layers')).toBe('members,titr,places');
    await w.close();
  });

  it('selects a route from the list with the keyboard and closes the panel with Escape', async () => {
    const w = await open('?lang=en');
    const item = w.page.getByRole('button', { name: 'Baku–Tbilisi–Kars railway' });
    await item.focus();
    await w.page.keyboard.press('Enter');
    await w.page.getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' }).waitFor();
    await w.page.keyboard.press('Escape');
    await expect(w.page.locator('.detail-panel.open').count()).resolves.toBe(0);
    await expect(item.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await w.close();
  });

  it('restores the selection, layers and camera from the URL after a reload', async () => {
    const w = await open(`?lang=en&sel=titr&layers=titr,places${BTK_VIEW}`);
    await w.page.reload();
    await waitForMapReady(w.page);
    await w.page.getByRole('heading', { level: 2, name: /Trans-Caspian/ }).waitFor();
    await expect(
      w.page.getByRole('checkbox', { name: 'Baku–Tbilisi–Kars railway' }).isChecked(),
    ).resolves.toBe(false);
    const zoom = await w.page.evaluate(() =>
      (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap.getZoom(),
    );
    expect(zoom).toBeCloseTo(6.5, 1);
    await w.close();
  });

  it('goes back to the previous selection with the browser history', async () => {
    const w = await open('?lang=en');
    await w.page.getByRole('button', { name: 'Baku–Tbilisi–Kars railway' }).click();
    await w.page.getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' }).waitFor();
    await w.page
      .getByRole('button', { name: /Trans-Caspian/ })
      .first()
      .click();
    await w.page.getByRole('heading', { level: 2, name: /Trans-Caspian/ }).waitFor();
    await w.page.goBack();
    await w.page.getByRole('heading', { level: 2, name: 'Baku–Tbilisi–Kars railway' }).waitFor();
    await w.close();
  });
});
