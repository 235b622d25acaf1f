// The state → map binding, against a fake map view (our own seam): only changes reach the map.
import { describe, expect, it } from 'vitest';
import { bindMap, type MapViewLike } from '../../src/map/bind';
import { createActions, createState } from '../../src/state/store';
import { LAYER_KEYS } from '../../src/state/url';

function fakeView() {
  const calls: string[] = [];
  const view: MapViewLike = {
    setLayerVisible: (key, visible) => calls.push(`layer ${key} ${visible}`),
    setLang: (lang) => calls.push(`lang ${lang}`),
    select: (id) => calls.push(`select ${id}`),
    hover: (id) => calls.push(`hover ${id}`),
    fitTo: (bounds) => calls.push(`fit ${bounds.join(',')}`),
  };
  return { view, calls };
}

function setup() {
  const state = createState({ lang: 'en' });
  const actions = createActions(state);
  const { view, calls } = fakeView();
  const dispose = bindMap(view, state, (id) => (id === 'btk' ? [40, 39, 50, 42] : null), {
    layers: LAYER_KEYS,
    lang: 'en',
  });
  return { state, actions, calls, dispose };
}

describe('bindMap', () => {
  it('does not re-apply the visibility and language the style was built with', () => {
    const { calls } = setup();
    expect(calls.filter((c) => c.startsWith('layer') || c.startsWith('lang'))).toEqual([]);
  });

  it('hides exactly the layer that was unchecked', () => {
    const { actions, calls } = setup();
    calls.length = 0;
    actions.setLayerVisible('btk', false);
    expect(calls).toEqual(['layer btk false']);
  });

  it('switches the map labels when the language changes', () => {
    const { actions, calls } = setup();
    calls.length = 0;
    actions.setLang('ru');
    expect(calls).toEqual(['lang ru']);
  });

  it('passes selection and hover to the map', () => {
    const { actions, calls } = setup();
    calls.length = 0;
    actions.select('btk');
    actions.hover('titr');
    expect(calls).toEqual(['select btk', 'hover titr']);
  });

  it('fits the camera only for a selection made from the list', () => {
    const { actions, calls } = setup();
    actions.select('btk');
    expect(calls.some((c) => c.startsWith('fit'))).toBe(false);
    actions.selectAndFocus('btk');
    expect(calls).toContain('fit 40,39,50,42');
  });

  it('stops calling the map once disposed', () => {
    const { actions, calls, dispose } = setup();
    dispose();
    calls.length = 0;
    actions.setLayerVisible('titr', false);
    actions.select('btk');
    expect(calls).toEqual([]);
  });
});
