// The state → map binding, against a fake map view (our own seam): only changes reach the map.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n';
import { bindMap, type MapViewLike } from '../../src/map/bind';
import { createActions, createState } from '../../src/state/store';
import { DEFAULT_LAYERS } from '../../src/state/url';

function fakeView() {
  const calls: string[] = [];
  const view: MapViewLike = {
    setLayerVisible: (key, visible) => calls.push(`layer ${key} ${visible}`),
    setLang: (lang) => calls.push(`lang ${lang}`),
    select: (id) => calls.push(`select ${id}`),
    hover: (id) => calls.push(`hover ${id}`),
    fitTo: (bounds, cover) => calls.push(`fit ${bounds.join(',')}${cover ? ' padded' : ''}`),
    setFeatureStates: (updates) => calls.push(`states ${updates.map((u) => u.id).join(',')}`),
  };
  return { view, calls };
}

/** A year's feature-state as the map chunk computes it, reduced to the year and scale asked for. */
const yearStates = (year: number | null, scale: string) => [
  { source: 'routes', id: `${year ?? 'default'}-${scale}`, state: {} },
];

function setup(options: Parameters<typeof bindMap>[4] = { yearStates }) {
  // The store's default layers: what a style built from a fresh state shows.
  const state = createState({ lang: 'en' });
  const actions = createActions(state);
  const { view, calls } = fakeView();
  const initial = { layers: DEFAULT_LAYERS, lang: 'en' as const };
  const bounds = (id: string) =>
    id === 'btk' ? ([40, 39, 50, 42] as [number, number, number, number]) : null;
  const dispose = bindMap(view, state, bounds, initial, options);
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

  it('switches the map labels when the language changes', async () => {
    await loadCatalogue('ru');
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

  it('draws the default year (null) and scale once bound', () => {
    const { calls } = setup();
    expect(calls.filter((c) => c.startsWith('states'))).toEqual(['states default-cargo']);
  });

  it('sets only feature-state when the year or the scale changes', () => {
    const { actions, calls } = setup();
    calls.length = 0;
    actions.setYear(2022);
    actions.setScale('capacity');
    expect(calls).toEqual(['states 2022-cargo', 'states 2022-capacity']);
  });

  it('passes what covers the map to the fit, to be measured when the fit runs', () => {
    const { actions, calls } = setup({ yearStates, coverRect: () => null });
    actions.selectAndFocus('btk');
    expect(calls).toContain('fit 40,39,50,42 padded');
  });

  it('stops calling the map once disposed', () => {
    const { actions, calls, dispose } = setup();
    dispose();
    calls.length = 0;
    actions.setLayerVisible('titr', false);
    actions.select('btk');
    actions.setYear(2020);
    expect(calls).toEqual([]);
  });
});
