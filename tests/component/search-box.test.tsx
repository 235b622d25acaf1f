// The search box as a combobox: the engine loads on first focus, typing lists hits as options, the arrow
// keys move the active option, Enter opens its panel (and asks the map to fly there), Escape clears.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SEARCH_MESSAGES } from '../../src/search/messages';
import { SearchBox } from '../../src/search/SearchBox';
import { renderWithApp } from './support/render';

const en = SEARCH_MESSAGES.en;

async function typeInto(query: string, lang: 'en' | 'ru' | 'az' = 'en') {
  const result = renderWithApp(<SearchBox />, { lang });
  const box = screen.getByRole('combobox', { name: SEARCH_MESSAGES[lang].label });
  await act(() => box.focus());
  fireEvent.input(box, { target: { value: query } });
  await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
  return { ...result, box: box as HTMLInputElement };
}

const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('SearchBox', () => {
  it('is a collapsed combobox that controls a listbox', () => {
    renderWithApp(<SearchBox />);
    const box = screen.getByRole('combobox', { name: en.label });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(box.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe(
      'listbox',
    );
  });

  it('lists the Port of Baku for "Baki", with the first option active', async () => {
    const { box } = await typeInto('Baki');
    expect(optionNames()).toContainEqual(expect.stringContaining('Port of Baku'));
    const first = screen.getAllByRole('option')[0];
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    expect(first?.getAttribute('aria-selected')).toBe('true');
  });

  it('finds the Port of Aktau for the Cyrillic "Актау" and labels it in the reader language', async () => {
    await typeInto('Актау');
    expect(optionNames()[0]).toContain('Port of Aktau');
  });

  it('moves the active option with the arrow keys, wrapping around', async () => {
    const { box } = await typeInto('a');
    const options = screen.getAllByRole('option');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
  });

  it('opens the active option on Enter and asks the map to bring it into view', async () => {
    const { box, state } = await typeInto('Актау');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selected.value).toBe('port-aktau');
    expect(state.focusRequest.value).toEqual({ id: 'port-aktau' });
    expect(box.value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes an open whole-page view so the chosen feature shows on the map', async () => {
    const { box, state, actions } = await typeInto('Актау');
    act(() => actions.openView('sources'));
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.view.value).toBe(null);
    expect(state.selected.value).toBe('port-aktau');
  });

  it('opens an event’s first member state', async () => {
    const { box, state } = await typeInto('SPECA summit');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(state.selected.value).toBe('AZE');
  });

  it('clears the query on Escape and keeps the Escape from closing anything else', async () => {
    const { box } = await typeInto('Baki');
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    await act(() => {
      box.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(box.value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when nothing matches', async () => {
    renderWithApp(<SearchBox />);
    const box = screen.getByRole('combobox');
    await act(() => box.focus());
    fireEvent.input(box, { target: { value: 'zzzzqqq' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.none));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('speaks Russian when the app does', async () => {
    await typeInto('Baku', 'ru');
    expect(optionNames()).toContainEqual(expect.stringContaining('Бакинский международный'));
  });
});
