// The saved map picture and the SVG map's camera steps, without a browser.
import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '../../src/render';
import { EMPTY_BASEMAP } from '../../src/svgmap/basemap';
import { initialCamera, panBy, zoomBy } from '../../src/svgmap/camera';
import { SVGMAP_MESSAGES } from '../../src/svgmap/messages';
import { pictureFileName, pictureSvg } from '../../src/svgmap/picture';
import { fixtureDataset } from '../fixtures/world';

const day = new Date(2026, 11, 2);

describe('the saved map picture', () => {
  it('is named corridor-atlas_map_<lang>_<day>.<format>', () => {
    expect(pictureFileName('az', 'png', day)).toBe('corridor-atlas_map_az_2026-12-02.png');
    expect(pictureFileName('en', 'svg', day)).toBe('corridor-atlas_map_en_2026-12-02.svg');
  });

  it('has the title, legend and source line in the chosen language, and the selection', () => {
    const svg = pictureSvg({
      dataset: fixtureDataset,
      basemap: EMPTY_BASEMAP,
      lang: 'ru',
      visibleLayers: ['members', 'btk', 'titr', 'places'],
      selectedId: 'btk',
      camera: initialCamera(800, 500),
      width: 800,
      height: 500,
    });
    const ru = SVGMAP_MESSAGES.ru;
    expect(svg.startsWith('<?xml')).toBe(true);
    for (const text of [ru.title, ru['legend.btk'], ru['legend.ports']]) expect(svg).toContain(text);
    expect(svg).toContain('class="route route-btk selected"');
  });
});

describe('the SVG map camera', () => {
  it('keeps the point under the cursor in place when zooming', () => {
    const start = initialCamera(800, 600);
    const zoomed = zoomBy(start, 1, 800, 600, [600, 300]);
    expect(zoomed.zoom).toBeCloseTo(start.zoom + 1, 6);
    const back = zoomBy(zoomed, -1, 800, 600, [600, 300]);
    expect(back.center[0]).toBeCloseTo(start.center[0], 6);
  });

  it('does not pan past the clipped basemap', () => {
    const start = initialCamera(800, 600);
    const far = panBy(start, 100_000, 0, 800, 600);
    expect(far.center[0]).toBeGreaterThan(20.5);
  });

  it('gives an interactive map a group root, so its buttons stay reachable', () => {
    const options = {
      basemap: EMPTY_BASEMAP,
      dataset: fixtureDataset,
      visibleLayers: ['btk'] as const,
      lang: 'en' as const,
      camera: initialCamera(400, 300),
      width: 400,
      height: 300,
      attribution: '',
    };
    expect(renderMapSvg({ ...options, interactive: true })).toMatch(/^<svg[^>]* role="group"/);
    expect(renderMapSvg(options)).toMatch(/^<svg[^>]* role="img"/);
  });
});
