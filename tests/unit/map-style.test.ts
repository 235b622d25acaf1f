// The temporary label layers that rasterize the other languages' glyphs while the map is idle: they must
// lay out every name in those languages, in the label sources and the label case, and stay invisible
// without taking part in label collisions.
import { describe, expect, it } from 'vitest';
import { SOURCE } from '../../src/map/ids';
import { glyphWarmLayers } from '../../src/map/style';

describe('glyphWarmLayers', () => {
  const layers = glyphWarmLayers(['az', 'ru']);

  it('covers place and country labels, countries in capitals like their labels', () => {
    expect(layers.map((l) => [l.type, 'source' in l ? l.source : null])).toEqual([
      ['symbol', SOURCE.points],
      ['symbol', SOURCE.points],
    ]);
    expect(layers.map((l) => ('filter' in l ? l.filter : null))).toEqual([
      ['!=', ['get', 'kind'], 'country'],
      ['==', ['get', 'kind'], 'country'],
    ]);
    expect(layers[1]?.layout).toMatchObject({ 'text-transform': 'uppercase' });
  });

  it('lays out the names in every given language', () => {
    for (const layer of layers) {
      const field = JSON.stringify(
        layer.layout && 'text-field' in layer.layout && layer.layout['text-field'],
      );
      expect(field).toContain('"name_az"');
      expect(field).toContain('"name_ru"');
      expect(field).not.toContain('"name_en"');
    }
  });

  it('is invisible and never hides or is hidden by another label', () => {
    for (const layer of layers) {
      expect(layer.paint).toEqual({ 'text-opacity': 0 });
      expect(layer.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': true });
    }
  });
});
