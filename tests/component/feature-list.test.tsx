// The keyboard-reachable feature list: routes, places by kind and member states as native buttons that
// select the feature (and ask the map to bring it into view), with aria-pressed showing the selection.
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { FeatureList } from '../../src/ui/FeatureList';
import { fixtureDataset } from '../fixtures/world';
import { renderWithApp } from './support/render';

function group(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function buttonNames(region: HTMLElement): (string | null)[] {
  return within(region)
    .getAllByRole('button')
    .map((b) => b.textContent);
}

const placeName = (id: string) =>
  fixtureDataset.places.find((p) => p.properties.id === id)?.properties.name.en;

describe('FeatureList', () => {
  it('is a navigation landmark named "Explore"', () => {
    renderWithApp(<FeatureList />);
    expect(screen.getByRole('navigation', { name: en['list.title'] })).toBeTruthy();
  });

  it('lists every route', () => {
    renderWithApp(<FeatureList />);
    expect(buttonNames(group(en['list.routes']))).toEqual(fixtureDataset.routes.map((r) => r.name.en));
  });

  it('lists ports and zones with the Port of Baku first, then alphabetically', () => {
    renderWithApp(<FeatureList />);
    const others = fixtureDataset.places
      .filter((p) => ['port', 'zone'].includes(p.properties.kind) && p.properties.id !== 'port-of-baku')
      .map((p) => p.properties.name.en)
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(buttonNames(group(en['list.ports']))).toEqual([placeName('port-of-baku'), ...others]);
  });

  it('lists cities in alphabetical order', () => {
    renderWithApp(<FeatureList />);
    const cities = fixtureDataset.places
      .filter((p) => p.properties.kind === 'city')
      .map((p) => p.properties.name.en);
    expect(buttonNames(group(en['list.cities']))).toEqual(
      [...cities].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it('leaves out a place group that has no places', () => {
    renderWithApp(<FeatureList />);
    expect(
      fixtureDataset.places.some((p) => ['station', 'border-crossing'].includes(p.properties.kind)),
    ).toBe(false);
    expect(screen.queryByRole('region', { name: en['list.stations'] })).toBeNull();
  });

  it('lists the SPECA member states and not the other countries', () => {
    renderWithApp(<FeatureList />);
    const members = fixtureDataset.countries.filter((c) => c.member).map((c) => c.name.en);
    const others = fixtureDataset.countries.filter((c) => !c.member).map((c) => c.name.en);
    expect(others.length).toBeGreaterThan(0);
    const names = buttonNames(group(en['list.countries']));
    expect(names).toEqual([...members].sort((a, b) => a.localeCompare(b, 'en')));
    for (const other of others) expect(screen.queryByRole('button', { name: other })).toBeNull();
  });

  it('makes every item a native button, so Enter and Space activate it', () => {
    renderWithApp(<FeatureList />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
    }
  });

  it('selects a route when its item is clicked', () => {
    const { state } = renderWithApp(<FeatureList />);
    fireEvent.click(screen.getByRole('button', { name: fixtureDataset.routes[0]?.name.en }));
    expect(state.selected.value).toBe(fixtureDataset.routes[0]?.id);
  });

  it('asks the map to bring a clicked item into view', () => {
    const { state } = renderWithApp(<FeatureList />);
    fireEvent.click(screen.getByRole('button', { name: placeName('port-aktau') }));
    expect(state.focusRequest.value).toEqual({ id: 'port-aktau' });
  });

  it('selects a member state when its item is clicked', () => {
    const { state } = renderWithApp(<FeatureList />);
    const kazakhstan = fixtureDataset.countries.find((c) => c.id === 'KAZ');
    fireEvent.click(screen.getByRole('button', { name: kazakhstan?.name.en }));
    expect(state.selected.value).toBe('KAZ');
    expect(state.focusRequest.value).toEqual({ id: 'KAZ' });
  });

  it('marks the selected item pressed and all others not pressed', () => {
    renderWithApp(<FeatureList />, { selected: 'btk' });
    for (const button of screen.getAllByRole('button')) {
      const expected = button.textContent === fixtureDataset.routes.find((r) => r.id === 'btk')?.name.en;
      expect(button.getAttribute('aria-pressed')).toBe(String(expected));
    }
  });

  it('moves aria-pressed to the item that is clicked next', () => {
    renderWithApp(<FeatureList />, { selected: 'btk' });
    const alat = screen.getByRole('button', { name: placeName('alat-fez') });
    fireEvent.click(alat);
    expect(alat.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('button', { pressed: true })).toEqual([alat]);
  });

  it('updates aria-pressed when the selection changes elsewhere', () => {
    const { actions } = renderWithApp(<FeatureList />, { selected: 'btk' });
    act(() => actions.select(null));
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
  });

  it('reports the hovered item to the state and clears it on leave', () => {
    const { state } = renderWithApp(<FeatureList />);
    const item = screen.getByRole('button', { name: placeName('tbilisi') });
    fireEvent.mouseEnter(item);
    expect(state.hovered.value).toBe('tbilisi');
    fireEvent.mouseLeave(item);
    expect(state.hovered.value).toBeNull();
  });

  it('shows names and group titles in Russian when the language is Russian', () => {
    renderWithApp(<FeatureList />, { lang: 'ru' });
    const routes = group(ru['list.routes']);
    expect(buttonNames(routes)).toEqual(fixtureDataset.routes.map((r) => r.name.ru));
  });

  it('renders nothing before the data set has loaded', () => {
    const { container } = renderWithApp(<FeatureList />, { dataset: null });
    expect(container.innerHTML).toBe('');
  });
});
