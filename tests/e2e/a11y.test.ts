// Accessibility of the production build: axe-core (WCAG 2.2 AA) on every main view, the live region, Escape,
// visible focus, focus never hidden behind the bottom sheet, reduced motion, and routes told apart without colour.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { axeReport } from './support/axe';
import { launchChromium, openPage, useServedApp, type Watched, waitForMapReady } from './support/harness';

let browser: Browser;
let baseUrl: string;
useServedApp((app) => {
  ({ browser, baseUrl } = app);
});

/** What the tests read of the MapLibre map the app exposes as `window.__atlasMap`. */
interface AtlasMap {
  getCanvas(): HTMLCanvasElement;
  project(p: [number, number]): { x: number; y: number };
  getZoom(): number;
  isMoving(): boolean;
  on(event: string, listener: (event: { atlasResize?: boolean }) => void): void;
  getStyle(): {
    layers: { id: string; type: string; filter?: unknown; paint?: Record<string, unknown> }[];
  };
}
type AtlasWindow = Window & { __atlasMap: AtlasMap };

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 } };
const BTK_NAME = 'Baku–Tbilisi–Kars railway';
/** Port of Baku, from geo/places.geojson. */
const PORT_OF_BAKU: [number, number] = [49.4408, 39.9764];

async function open(path: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const watched = await openPage(browser, baseUrl, options);
  await watched.page.goto(new URL(path, baseUrl).href);
  await waitForMapReady(watched.page);
  return watched;
}

/** Open a view with a feature selected and wait for its panel. */
async function openSelected(path: string, heading: string, options: BrowserContextOptions = {}) {
  const watched = await open(path, options);
  await panelHeading(watched.page, heading).waitFor();
  return watched;
}

function panelHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const report = await axeReport(page);
  expect(report, `axe violations:\n${report.join('\n')}`).toEqual([]);
}

interface FocusStop {
  label: string;
  inPanel: boolean;
  /** The element or its first descendants look different from before it had focus. */
  changed: boolean;
  outline: string;
  /** Stroke of a chart point's shape ("color width"), empty for anything else. */
  markStroke: string;
}

/** Tab from the panel heading through the whole panel, recording how each stop looks when focused. */
async function tabThroughPanel(page: Page): Promise<FocusStop[]> {
  await page.evaluate(() => {
    const look = (el: Element) =>
      [el, ...el.querySelectorAll('*')]
        .slice(0, 6)
        .map((n) => {
          const s = getComputedStyle(n);
          return [
            s.outlineStyle,
            s.outlineWidth,
            s.outlineColor,
            s.boxShadow,
            s.stroke,
            s.strokeWidth,
          ].join();
        })
        .join(';');
    const panel = document.querySelector('.detail-panel') as HTMLElement;
    const unfocused = new Map([...panel.querySelectorAll('*')].map((el) => [el, look(el)]));
    Object.assign(window, { __look: look, __unfocused: unfocused });
    (document.getElementById('panel-heading') as HTMLElement).focus();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): FocusStop => {
      const el = document.activeElement as HTMLElement;
      const { __look: look, __unfocused: unfocused } = window as unknown as {
        __look: (el: Element) => string;
        __unfocused: Map<Element, string>;
      };
      const s = getComputedStyle(el);
      const shape = el.matches('.chart .mark') ? el.querySelector('circle, rect, path') : null;
      const shapeStyle = shape ? getComputedStyle(shape) : null;
      return {
        label: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').slice(0, 40)}"`,
        inPanel: el.closest('.detail-panel') !== null,
        changed: unfocused.get(el) !== look(el),
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
        markStroke: shapeStyle ? `${shapeStyle.stroke} ${shapeStyle.strokeWidth}` : '',
      };
    });
    if (!stop.inPanel) break;
    stops.push(stop);
  }
  return stops;
}

describe('the initial view', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await open('?lang=en');
  });
  afterAll(() => w?.close());

  it('has no axe violations', async () => {
    await expectNoAxeViolations(w.page);
  });

  it('tells the BTK, the TITR rail legs and the TITR sea legs apart by line pattern, not only colour', async () => {
    const layers = await w.page.evaluate(
      () => (window as unknown as AtlasWindow).__atlasMap.getStyle().layers,
    );
    const index = (id: string) => layers.findIndex((l) => l.id === id);
    const layer = (id: string) => {
      const found = layers[index(id)];
      if (!found) throw new Error(`layer ${id} missing`);
      return found;
    };
    /** A width expression evaluated for a feature with no selection, hover or year state (its default). */
    const baseWidth = (id: string): number => {
      const evaluate = (e: unknown): number => {
        if (typeof e === 'number') return e;
        if (!Array.isArray(e)) return Number.NaN;
        const [op, ...args] = e as [string, ...unknown[]];
        if (op === 'case') return evaluate(args.at(-1));
        if (op === 'number') return evaluate(args[0]);
        if (op === 'coalesce') return evaluate(args.at(-1));
        if (op === '*') return args.map(evaluate).reduce((a, b) => a * b, 1);
        if (op === '+') return args.map(evaluate).reduce((a, b) => a + b, 0);
        if (op === 'interpolate') return evaluate(args.at(-1));
        return Number.NaN;
      };
      return evaluate(layer(id).paint?.['line-width']);
    };
    const btk = layer('route-btk');
    const casing = layer('route-btk-casing');
    // BTK: the railway symbol, white dashes over a wider dark casing drawn just below them.
    expect(btk.paint?.['line-dasharray']).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(btk.paint?.['line-color']).toBe('#ffffff');
    expect(casing.paint?.['line-dasharray']).toBeUndefined();
    expect(casing.filter).toEqual(btk.filter);
    expect(index('route-btk-casing')).toBeLessThan(index('route-btk'));
    expect(baseWidth('route-btk-casing')).toBeGreaterThan(baseWidth('route-btk') + 1);
    // TITR: solid on rail, dashed at sea, and no casing, so neither looks like the BTK.
    expect(layer('route-titr-rail').paint?.['line-dasharray']).toBeUndefined();
    expect(layer('route-titr-sea').paint?.['line-dasharray']).toEqual(
      expect.arrayContaining([expect.any(Number)]),
    );
    // The year's dashed copy of the rail legs (no data, or only a forecast, for that year) is invisible
    // unless its feature-state says so; otherwise the TITR is drawn by exactly its rail and sea layers.
    const titrLayers = layers.filter((l) => JSON.stringify(l.filter ?? null).includes('"titr"'));
    expect(titrLayers.map((l) => l.id).sort()).toEqual([
      'route-titr-dash',
      'route-titr-rail',
      'route-titr-sea',
    ]);
    expect(JSON.stringify(layer('route-titr-dash').paint?.['line-opacity'])).toContain('feature-state');
  });

  it('shows the same line patterns in the legend as on the map', async () => {
    const swatches = await w.page.evaluate(() =>
      Object.fromEntries(
        ['btk', 'titr', 'titr-sea'].map((key) => {
          const s = getComputedStyle(document.querySelector(`.legend .swatch-${key}`) as Element);
          return [key, { image: s.backgroundImage, border: s.borderTopStyle }];
        }),
      ),
    );
    expect(swatches.btk?.image).toMatch(/repeating-linear-gradient/);
    expect(swatches.btk?.border).toBe('solid');
    expect(swatches.titr?.image).toBe('none');
    expect(swatches['titr-sea']?.image).toMatch(/repeating-linear-gradient/);
  });
});

describe.each([
  ['a selected route', '?lang=en&sel=btk', BTK_NAME],
  ['a selected country', '?lang=en&sel=KAZ', 'Kazakhstan'],
])('%s with its panel open', (_, path, heading) => {
  let w: Watched;
  beforeAll(async () => {
    w = await openSelected(path, heading);
  });
  afterAll(() => w?.close());

  it('has no axe violations', async () => {
    await expectNoAxeViolations(w.page);
  });

  it('shows a visible focus indicator on every element reachable by Tab in the panel', async () => {
    const stops = await tabThroughPanel(w.page);
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((s) => !s.changed).map((s) => s.label)).toEqual([]);
    // The close button gets the 3 px outline; chart points (which keep `outline: none`) an accent stroke.
    expect(stops[0]?.label).toMatch(/^button\.close/);
    expect(stops[0]?.outline).toBe('solid 3px');
    const marks = stops.filter((s) => s.markStroke !== '');
    if (path.includes('btk')) expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.markStroke, mark.label).toBe('rgb(11, 87, 208) 4px');
  });
});

describe.each([
  ['Azerbaijani', '?lang=az&sel=btk', 'Bakı–Tbilisi–Qars dəmir yolu'],
  ['Russian', '?lang=ru&sel=KAZ', 'Казахстан'],
])('the %s interface with a selection', (_, path, heading) => {
  it('has no axe violations', async () => {
    const w = await openSelected(path, heading);
    await expectNoAxeViolations(w.page);
    await w.close();
  });
});

describe('the list view shown when WebGL 2 is unavailable', () => {
  it('has no axe violations', async () => {
    // --disable-webgl2 leaves WebGL 1 alone, so this exercises exactly the app's WebGL 2 check.
    const noWebgl = await launchChromium(['--disable-webgl2']);
    try {
      const w = await openPage(noWebgl, baseUrl);
      await w.page.goto(new URL('?lang=en', baseUrl).href);
      const webgl2 = await w.page.evaluate(() => document.createElement('canvas').getContext('webgl2'));
      expect(webgl2).toBeNull();
      await w.page.locator('.svgmap').waitFor();
      await expect(w.page.getByText(en['map.noWebgl']).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(w.page);
      // The same content as a list, on request.
      await w.page.locator('.svgmap-list > summary').click();
      await w.page.getByRole('heading', { level: 2, name: en['listview.title'] }).waitFor();
      await expectNoAxeViolations(w.page);
      await w.close();
    } finally {
      await noWebgl.close();
    }
  });
});

describe('the narrow layout (390×844) with a route selected', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openSelected('?lang=en&sel=btk', BTK_NAME, PHONE);
  });
  afterAll(() => w?.close());

  it('has no axe violations', async () => {
    await expectNoAxeViolations(w.page);
  });

  it('shows the panel as a bottom sheet and keeps at least 30 % of the viewport height of map above it', async () => {
    const layout = await w.page.evaluate(() => {
      const canvas = (window as unknown as AtlasWindow).__atlasMap.getCanvas();
      const map = canvas.getBoundingClientRect();
      const sheet = document.querySelector('.detail-panel.open')?.getBoundingClientRect();
      if (!sheet) throw new Error('no open panel');
      const top = Math.max(map.top, 0);
      const bottom = Math.min(map.bottom, sheet.top, innerHeight);
      const hit = document.elementFromPoint(map.left + map.width / 2, (top + bottom) / 2);
      return {
        sheet: { bottom: sheet.bottom, width: sheet.width },
        viewport: { width: innerWidth, height: innerHeight },
        visibleMapPx: bottom - top,
        mapAnswersPointer: hit === canvas,
      };
    });
    expect(layout.sheet.bottom).toBeCloseTo(layout.viewport.height, 0);
    expect(layout.sheet.width).toBeCloseTo(layout.viewport.width, 0);
    expect(layout.mapAnswersPointer).toBe(true);
    expect(
      layout.visibleMapPx / layout.viewport.height,
      `${layout.visibleMapPx.toFixed(0)} px of map above the sheet in a ${layout.viewport.height} px viewport`,
    ).toBeGreaterThanOrEqual(0.3);
  });

  it('opens the list over the bottom sheet and never hides a focused list item', async () => {
    await w.page.getByRole('button', { name: en['phone.list'] }).click();
    const items = await w.page.locator('.feature-list button.list-item').count();
    expect(items).toBeGreaterThan(10);
    await w.page.locator('.feature-list button.list-item').first().focus();
    const hidden: string[] = [];
    for (let i = 0; i < items; i++) {
      if (i > 0) await w.page.keyboard.press('Tab');
      const focused = await w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          name: el.textContent ?? '',
          isListItem: el.matches('.list-item'),
          visible: hit !== null && (hit === el || el.contains(hit)),
          coveredBy: hit ? `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}` : 'nothing',
        };
      });
      expect(focused.isListItem, `Tab ${i} left the list at "${focused.name}"`).toBe(true);
      if (!focused.visible) hidden.push(`${focused.name} (covered by ${focused.coveredBy})`);
    }
    expect(hidden).toEqual([]);
    await w.page.getByRole('button', { name: en['phone.list'] }).click();
    await w.page.locator('.feature-list').waitFor({ state: 'hidden' });
  });

  it('never hides a focused map control entirely behind the bottom sheet', async () => {
    await w.page.getByRole('button', { name: en['phone.list'] }).focus();
    const hidden: string[] = [];
    const visited: string[] = [];
    for (let i = 0; i < 20; i++) {
      await w.page.keyboard.press('Tab');
      const focused = await w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        // Not entirely hidden (WCAG 2.4.11): some point of a 5×5 grid over the box reaches the element.
        let visible = false;
        for (let gx = 1; gx <= 5 && !visible; gx++)
          for (let gy = 1; gy <= 5 && !visible; gy++) {
            const hit = document.elementFromPoint(
              box.left + (box.width * gx) / 6,
              box.top + (box.height * gy) / 6,
            );
            visible = hit !== null && (hit === el || el.contains(hit));
          }
        return {
          label: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${el.getAttribute('aria-label') ?? el.getAttribute('title') ?? ''}"`,
          inSheet: el.closest('.detail-panel') !== null,
          visible,
        };
      });
      if (focused.inSheet) break;
      visited.push(focused.label);
      if (!focused.visible) hidden.push(focused.label);
    }
    expect(visited.some((label) => label.startsWith('canvas'))).toBe(true);
    expect(hidden, `visited: ${visited.join(', ')}`).toEqual([]);
  });
});

describe('the narrow layout (390×844) selecting from the list', () => {
  it('brings the chosen feature into view above the bottom sheet', async () => {
    const w = await open('?lang=en', { ...PHONE, reducedMotion: 'reduce' });
    await w.page.getByRole('button', { name: en['phone.list'] }).click();
    await w.page.getByRole('button', { name: 'Port of Baku', exact: true }).click();
    await panelHeading(w.page, 'Port of Baku').waitFor();
    const where = await w.page.evaluate((lngLat) => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      const canvas = map.getCanvas();
      const point = map.project(lngLat);
      const rect = canvas.getBoundingClientRect();
      const x = rect.left + point.x;
      const y = rect.top + point.y;
      const hit = document.elementFromPoint(x, y);
      return { x, y, hitsMap: hit === canvas, hit: hit ? `${hit.tagName}.${hit.getAttribute('class')}` : '' };
    }, PORT_OF_BAKU);
    await w.close();
    expect(
      where.hitsMap,
      `Port of Baku drawn at ${where.x.toFixed(0)},${where.y.toFixed(0)}, under ${where.hit}`,
    ).toBe(true);
  });
});

describe('keyboard and screen reader use', () => {
  it.each([
    ['en', 'Port of Baku', en['announce.selected']],
    ['ru', 'Бакинский порт', ru['announce.selected']],
  ])('announces a selection from the list in the polite live region (%s)', async (lang, name, template) => {
    const w = await open(`?lang=${lang}`);
    const region = w.page.getByTestId('live-region');
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(region.textContent()).resolves.toBe('');
    await w.page.getByRole('button', { name, exact: true }).click();
    await panelHeading(w.page, name).waitFor();
    await expect(region.textContent()).resolves.toBe(template.replace('{name}', name));
    await w.close();
  });

  it('closes the panel with Escape from inside it and returns focus to the list item', async () => {
    const w = await open('?lang=en');
    const item = w.page.getByRole('button', { name: BTK_NAME, exact: true });
    await item.click();
    await panelHeading(w.page, BTK_NAME).waitFor();
    await w.page.locator('.detail-panel .chart .mark').first().focus();
    await w.page.keyboard.press('Escape');
    await expect(w.page.locator('.detail-panel.open').count()).resolves.toBe(0);
    await expect(item.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(w.page.getByTestId('live-region').textContent()).resolves.toBe(en['announce.closed']);
    await w.close();
  });
});

describe('camera motion', () => {
  /**
   * Click a list item and record the camera move it starts: the `move` events between its `movestart` and
   * `moveend`, and whether the map still moves at the next animation frame.
   */
  /**
   * The camera events of the move a list click starts. The panel that opens narrows the map first: that
   * resize is tagged by the app (`atlasResize`) and left out here.
   */
  async function cameraMoveAfterListClick(options: BrowserContextOptions) {
    const w = await open('?lang=en', options);
    const zoomBefore = await w.page.evaluate(() => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      const events: string[] = [];
      for (const type of ['movestart', 'move', 'moveend'])
        map.on(type, (event: { atlasResize?: boolean }) => {
          if (!event.atlasResize) events.push(type);
        });
      Object.assign(window, { __cameraEvents: events });
      return map.getZoom();
    });
    await w.page.getByRole('button', { name: 'Port of Baku', exact: true }).click();
    await w.page.waitForFunction(() =>
      (window as unknown as { __cameraEvents: string[] }).__cameraEvents.includes('movestart'),
    );
    const movingAtNextFrame = await w.page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => resolve((window as unknown as AtlasWindow).__atlasMap.isMoving())),
        ),
    );
    await w.page.waitForFunction(() =>
      (window as unknown as { __cameraEvents: string[] }).__cameraEvents.includes('moveend'),
    );
    const { events, zoom } = await w.page.evaluate(() => ({
      events: (window as unknown as { __cameraEvents: string[] }).__cameraEvents,
      zoom: (window as unknown as AtlasWindow).__atlasMap.getZoom(),
    }));
    await w.close();
    const first = events.slice(events.indexOf('movestart'), events.indexOf('moveend') + 1);
    return { zoomBefore, zoom, movingAtNextFrame, first, moves: first.filter((e) => e === 'move').length };
  }

  it('jumps to a feature chosen from the list without animation when reduced motion is preferred', async () => {
    const camera = await cameraMoveAfterListClick({ reducedMotion: 'reduce' });
    expect(camera.first[0]).toBe('movestart');
    expect(camera.moves, camera.first.join(' ')).toBeLessThanOrEqual(1);
    expect(camera.movingAtNextFrame).toBe(false);
    expect(camera.zoom).toBeGreaterThan(camera.zoomBefore + 1);
  });

  it('animates the same camera move when reduced motion is not preferred', async () => {
    const camera = await cameraMoveAfterListClick({ reducedMotion: 'no-preference' });
    expect(camera.first[0]).toBe('movestart');
    expect(camera.moves).toBeGreaterThan(1);
  });
});
