// The legend is the layer switch: one native, labelled checkbox per layer, wired to state.visibleLayers.
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { DEFAULT_LAYERS, LAYER_KEYS } from '../../src/state/url';
import { Legend } from '../../src/ui/Legend';
import { renderWithApp } from './support/render';

/** The checkbox whose label starts with the layer's name (the TITR label also names its rail and sea keys). */
function checkboxFor(key: (typeof LAYER_KEYS)[number]): HTMLInputElement {
  return screen.getByRole('checkbox', {
    name: (name) => name.startsWith(en[`layers.${key}`]),
  }) as HTMLInputElement;
}

describe('Legend', () => {
  it('groups the layer switches under a "Layers" legend', () => {
    renderWithApp(<Legend />);
    expect(screen.getByRole('group', { name: en['layers.title'] })).toBeTruthy();
  });

  it('shows one native checkbox per layer', () => {
    renderWithApp(<Legend />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(LAYER_KEYS.length);
    for (const box of boxes) expect(box).toBeInstanceOf(HTMLInputElement);
  });

  it('labels each checkbox with the visible name of its layer', () => {
    renderWithApp(<Legend />);
    for (const key of LAYER_KEYS) {
      const box = checkboxFor(key);
      expect(box.closest('label')?.textContent).toContain(en[`layers.${key}`]);
    }
  });

  it('names the rail and sea line styles next to the Trans-Caspian layer', () => {
    renderWithApp(<Legend />);
    const label = checkboxFor('titr').closest('label');
    expect(label?.textContent).toContain(en['legend.rail']);
    expect(label?.textContent).toContain(en['legend.sea']);
  });

  it('checks every layer when all layers are visible', () => {
    renderWithApp(<Legend />, { layers: LAYER_KEYS });
    for (const key of LAYER_KEYS) expect(checkboxFor(key).checked).toBe(true);
  });

  it('leaves hidden layers unchecked', () => {
    renderWithApp(<Legend />, { layers: ['btk', 'places'] });
    expect(checkboxFor('btk').checked).toBe(true);
    expect(checkboxFor('places').checked).toBe(true);
    expect(checkboxFor('titr').checked).toBe(false);
    expect(checkboxFor('members').checked).toBe(false);
  });

  it('hides a layer in the state when its checkbox is unchecked', () => {
    const { state } = renderWithApp(<Legend />);
    fireEvent.click(checkboxFor('btk'));
    expect(state.visibleLayers.value).not.toContain('btk');
    expect(state.visibleLayers.value).toEqual(DEFAULT_LAYERS.filter((k) => k !== 'btk'));
    expect(checkboxFor('btk').checked).toBe(false);
  });

  it('shows the layer again when its checkbox is checked again', () => {
    const { state } = renderWithApp(<Legend />);
    fireEvent.click(checkboxFor('titr'));
    fireEvent.click(checkboxFor('titr'));
    expect(state.visibleLayers.value).toEqual(DEFAULT_LAYERS);
    expect(checkboxFor('titr').checked).toBe(true);
  });

  it('shows the Russian layer names when the language is Russian', () => {
    renderWithApp(<Legend />, { lang: 'ru' });
    expect(screen.getByRole('group', { name: ru['layers.title'] })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: ru['layers.btk'] })).toBeTruthy();
  });

  it('leaves the trade shading off by default', () => {
    renderWithApp(<Legend />);
    expect(checkboxFor('trade').checked).toBe(false);
  });

  it('shows the reference widths with their tonnages for the default year', async () => {
    renderWithApp(<Legend />);
    expect(
      await screen.findByText(/^Width: cargo carried in \d{4}, full year$/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    for (const mt of [1, 5, 10]) expect(screen.getByText(`${mt} Mt`)).toBeTruthy();
  });

  it('states the trade classes, and the no-data hatching', async () => {
    renderWithApp(<Legend />, { layers: [...DEFAULT_LAYERS, 'trade'] });
    const title = await screen.findByText(/^Trade turnover with Azerbaijan, \d{4}/, {}, { timeout: 5000 });
    const legend = title.closest('.trade-legend')?.textContent ?? '';
    for (const text of ['< 50', '50–200', '200–500', '≥ 500', 'no data']) expect(legend).toContain(text);
  });
});
