// The SVG renderer on the real basemap and data set: the app's initial view, labelled in each language, small.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import type { Lang } from '../../src/data/schema';
import { renderMapSvg } from '../../src/render';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const json = async (name: string) => JSON.parse(await readFile(`geo/basemap/${name}.geojson`, 'utf8'));
const basemap = {
  land: await json('land'),
  countries: await json('countries'),
  borders: await json('borders'),
  countryLabels: await json('country-labels'),
};

/** The app's initial camera (src/map/start.ts REGION_BOUNDS, src/map/ids.ts CAMERA_BOUNDS; view.ts padding 20, zoom 2–10). */
function initialView(lang: Lang, width: number, height: number): string {
  return renderMapSvg({
    basemap,
    dataset,
    visibleLayers: ['members', 'btk', 'titr', 'places'],
    lang,
    camera: { bounds: [27, 33, 88, 53], padding: 20 },
    limits: { maxBounds: [20.5, 25.5, 99.5, 59.5], minZoom: 2, maxZoom: 10 },
    width,
    height,
    attribution: '© Natural Earth',
  });
}

const placeName = (id: string, lang: Lang) =>
  dataset.places.find((p) => p.properties.id === id)?.properties.name[lang] ?? `missing ${id}`;

describe('the real initial view', () => {
  for (const lang of ['en', 'ru', 'az'] as const) {
    it(`labels Baku, Aktau and Kars in ${lang}`, () => {
      const svg = initialView(lang, 1280, 800);
      for (const id of ['port-of-baku', 'port-aktau', 'kars']) {
        expect(svg).toContain(`data-id="${id}" x=`);
        expect(svg).toContain(`>${placeName(id, lang)}</text>`);
      }
    });
  }

  it('stays under 150 KB at 1280 × 800 and at 390 × 844', () => {
    expect(Buffer.byteLength(initialView('ru', 1280, 800))).toBeLessThan(150 * 1024);
    expect(Buffer.byteLength(initialView('ru', 390, 844))).toBeLessThan(150 * 1024);
  });
});
