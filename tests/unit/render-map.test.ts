// The SVG map document: well-formed, escaped, layer toggles, selection and hover, accessible names, bands.
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { type Basemap, type RenderMapOptions, renderLegendSvg, renderMapSvg } from '../../src/render';
import { fixtureDataset } from '../fixtures/world';

function box(w: number, s: number, e: number, n: number) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

const countries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'AZE', member: true }, geometry: box(45, 38.5, 50.5, 41.9) },
    { type: 'Feature', properties: { id: 'KAZ', member: true }, geometry: box(47, 41, 87, 55) },
    { type: 'Feature', properties: { id: 'GEO', member: false }, geometry: box(40, 41, 46.5, 43.5) },
    { type: 'Feature', properties: { id: 'TUR', member: false }, geometry: box(26, 36, 45, 42) },
  ],
};

const basemap: Basemap = {
  land: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: box(20, 25, 100, 60) }],
  },
  countries,
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [45, 41],
            [46.5, 41.9],
          ],
        },
      },
    ],
  },
  countryLabels: {
    type: 'FeatureCollection',
    features: [
      ['AZE', 47.7, 40.4],
      ['KAZ', 67.3, 48.2],
      ['GEO', 43.5, 42.2],
      ['TUR', 35.4, 39],
    ].map(([id, lon, lat]) => ({
      type: 'Feature' as const,
      properties: { id },
      geometry: { type: 'Point' as const, coordinates: [lon as number, lat as number] },
    })),
  },
};

function render(overrides: Partial<RenderMapOptions> = {}): string {
  return renderMapSvg({
    basemap,
    dataset: fixtureDataset,
    visibleLayers: ['members', 'btk', 'titr', 'places'],
    lang: 'en',
    camera: { bounds: [27, 33, 88, 53], padding: 20 },
    width: 1280,
    height: 800,
    attribution: '© Natural Earth',
    ...overrides,
  });
}

/** A strict enough XML 1.0 check for our output: balanced tags, quoted unique attributes, known entities. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  for (const [, tag, text] of xml.matchAll(/<([^>]*)>|([^<]+)/g)) {
    if (text !== undefined) {
      if (stack.length === 0) problems.push(`text outside the root: ${text.slice(0, 20)}`);
      if (entity.test(text)) problems.push(`bare & in text: ${text.slice(0, 40)}`);
      continue;
    }
    if (tag === undefined) continue;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (open !== tag.slice(1)) problems.push(`</${tag.slice(1)}> closes <${open}>`);
      continue;
    }
    const match = /^([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!match) {
      problems.push(`malformed tag <${tag.slice(0, 60)}>`);
      continue;
    }
    const [, name = '', attributes = '', selfClosing] = match;
    const names = [...attributes.matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)].map(([, n, value]) => {
      if (entity.test(value ?? '')) problems.push(`bare & in ${n}`);
      return n;
    });
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function withPlaceName(id: string, name: string): Dataset {
  return {
    ...fixtureDataset,
    places: fixtureDataset.places.map((p) =>
      p.properties.id === id
        ? { ...p, properties: { ...p.properties, name: { az: name, ru: name, en: name } } }
        : p,
    ),
  };
}

describe('renderMapSvg', () => {
  it('writes a well-formed SVG document', () => {
    const svg = render();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('is caught by the well-formedness check when a tag is left open', () => {
    expect(xmlProblems(render().replace('</g>', ''))).not.toEqual([]);
  });

  it('sizes the viewBox to the viewport and slices by default', () => {
    const svg = render({ width: 390, height: 844 });
    expect(svg).toContain('viewBox="0 0 390 844"');
    expect(svg).toContain('preserveAspectRatio="xMidYMid slice"');
    expect(render({ preserveAspectRatio: 'xMidYMid meet' })).toContain('preserveAspectRatio="xMidYMid meet"');
  });

  it('escapes names from the data in text and titles', () => {
    const svg = render({ dataset: withPlaceName('kars', `<Kars & "Sons" 'n'>`) });
    expect(svg).toContain('&lt;Kars &amp; &quot;Sons&quot; &#39;n&#39;&gt;');
    expect(svg).not.toContain('<Kars');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('drops characters XML does not allow', () => {
    const svg = render({ dataset: withPlaceName('kars', 'Ka\u0001rs\uD800') });
    expect(svg).toContain('>Kars<');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('draws nothing of a hidden layer', () => {
    const svg = render({ visibleLayers: ['members', 'titr', 'places'] });
    expect(svg).not.toContain('data-id="btk"');
    expect(svg).toContain('data-id="titr"');
    const noPlaces = render({ visibleLayers: ['members', 'btk', 'titr'] });
    expect(noPlaces).not.toContain('<circle');
    expect(noPlaces).not.toContain('place-label');
    const noMembers = render({ visibleLayers: ['btk', 'titr', 'places'] });
    expect(noMembers).not.toContain('class="country');
    expect(noMembers).not.toContain('country-label');
  });

  it('gives the selected feature the highlight class and colour', () => {
    const svg = render({ selectedId: 'btk' });
    expect(svg).toMatch(/<g class="route route-btk selected" data-id="btk"/);
    expect(svg).toMatch(/class="casing" stroke="#0b57d0" stroke-width="7.5"/);
    expect(render()).not.toContain('selected');
  });

  it('highlights a selected place and a hovered country', () => {
    const svg = render({ selectedId: 'port-aktau', hoveredId: 'KAZ' });
    expect(svg).toMatch(
      /<circle class="place place-port selected" data-id="port-aktau"[^>]* stroke="#0b57d0"/,
    );
    expect(svg).toMatch(/<path class="country member hovered" data-id="KAZ"[^>]* fill="#dfc27a"/);
  });

  it('gives every route, place and country a data-id and an accessible name', () => {
    const svg = render();
    for (const id of ['btk', 'titr', 'AZE', 'KAZ', 'GEO', 'port-of-baku', 'kars']) {
      expect(svg).toMatch(new RegExp(`data-id="${id}" role="img"[^>]*><title>[^<]+</title>`));
    }
  });

  it('makes selectable features focusable buttons when interactive', () => {
    const svg = render({ interactive: true });
    expect(svg).toMatch(/data-id="KAZ" role="button" tabindex="0"/);
    expect(svg).toMatch(/data-id="kars" role="button" tabindex="0"/);
  });

  it('classes route legs by mode and places by kind', () => {
    const svg = render();
    expect(svg).toMatch(/class="leg sea" data-leg="titr-aktau-alat"[^>]*stroke-dasharray="6 4.5"/);
    expect(svg).toContain('class="place place-port"');
  });

  it('labels places and countries in the chosen language', () => {
    const aktau = fixtureDataset.places.find((p) => p.properties.id === 'port-aktau');
    const azerbaijan = fixtureDataset.countries.find((c) => c.id === 'AZE');
    const svg = render({ lang: 'ru' });
    expect(svg).toContain(`>${aktau?.properties.name.ru}</text>`);
    expect(svg).toContain(`>${azerbaijan?.name.ru.toLocaleUpperCase('ru')}</text>`);
  });

  it('skips features outside the view', () => {
    const svg = render({ camera: { center: [-100, 40], zoom: 5 } });
    expect(svg).not.toContain('data-id="KAZ"');
    expect(svg).not.toContain('<circle');
    expect(svg).not.toContain('class="land"');
  });

  it('writes the attribution', () => {
    expect(render({ attribution: 'Natural Earth & friends' })).toContain(
      '>Natural Earth &amp; friends</text>',
    );
  });

  it('draws a title band and a legend with a source line when given, the map in between', () => {
    const svg = render({
      title: 'Routes & ports',
      sourceLine: 'Source: Asadova (2024)',
      legend: { members: 'Member states', btk: 'BTK railway', sea: 'sea crossing' },
    });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('class="title-band"');
    expect(svg).toContain('>Routes &amp; ports</tspan>');
    expect(svg).toContain('>Source: Asadova (2024)</tspan>');
    expect(svg).toContain('>BTK railway</text>');
    expect(svg).toMatch(/<svg x="0" y="\d+" width="1280" height="\d+"/);
    expect(svg).toContain('aria-label="Routes &amp; ports"');
  });

  it('leaves a hidden layer out of the legend', () => {
    const svg = render({
      visibleLayers: ['members'],
      legend: { members: 'Member states', btk: 'BTK railway' },
    });
    expect(svg).not.toContain('BTK railway');
  });
});

describe('renderLegendSvg', () => {
  it('draws the legend alone as a well-formed document', () => {
    const svg = renderLegendSvg({
      width: 400,
      legend: { titr: 'Middle Corridor', ports: 'ports' },
      sourceLine: 'x',
    });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('>Middle Corridor</text>');
    expect(svg).toContain('legend-ports');
  });
});
