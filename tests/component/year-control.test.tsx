// The year control: a native slider with the year shown, step buttons, play/pause, the scale switch; it
// leaves state.year null until the reader moves it, and announces the year's volumes.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YEAR_MAX, YEAR_MIN } from '../../src/state/url';
import { YearControl } from '../../src/ui/YearControl';
import { defaultYear } from '../../src/year/default-year';
import { fixtureDataset } from '../fixtures/world';
import { renderWithApp } from './support/render';

const slider = () => screen.getByRole('slider', { name: 'Year on the map' }) as HTMLInputElement;

afterEach(() => vi.useRealTimers());

describe('YearControl', () => {
  it('shows the default year on a native range slider without choosing it', () => {
    const { state } = renderWithApp(<YearControl />);
    expect(slider().type).toBe('range');
    expect([slider().min, slider().max]).toEqual([String(YEAR_MIN), String(YEAR_MAX)]);
    expect(slider().value).toBe(String(defaultYear(fixtureDataset)));
    expect(state.year.value).toBeNull();
  });

  it('shows the year in an output element tied to the slider', () => {
    renderWithApp(<YearControl />);
    const output = document.querySelector('output');
    expect(output?.htmlFor.value).toBe(slider().id);
    expect(output?.textContent).toBe(slider().value);
  });

  it('sets the year when the slider moves', () => {
    const { state } = renderWithApp(<YearControl />);
    fireEvent.input(slider(), { target: { value: '2020' } });
    expect(state.year.value).toBe(2020);
  });

  it('steps to the previous and next year with its buttons', () => {
    const { state } = renderWithApp(<YearControl />);
    fireEvent.input(slider(), { target: { value: '2020' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(state.year.value).toBe(2021);
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(state.year.value).toBe(2019);
  });

  it('disables the step past either end', () => {
    renderWithApp(<YearControl />);
    fireEvent.input(slider(), { target: { value: String(YEAR_MAX) } });
    expect((screen.getByRole('button', { name: 'Next year' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('plays one year a second until paused', () => {
    vi.useFakeTimers();
    const { state } = renderWithApp(<YearControl />);
    fireEvent.input(slider(), { target: { value: '2018' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(state.year.value).toBe(2020);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(state.year.value).toBe(2020);
  });

  it('switches the scale between cargo carried and capacity', () => {
    const { state } = renderWithApp(<YearControl />);
    fireEvent.click(screen.getByRole('radio', { name: 'capacity' }));
    expect(state.scale.value).toBe('capacity');
    expect((screen.getByRole('radio', { name: 'cargo carried' }) as HTMLInputElement).checked).toBe(false);
  });

  it('announces the year and what it shows', async () => {
    const { state } = renderWithApp(<YearControl />);
    fireEvent.input(slider(), { target: { value: '2022' } });
    await waitFor(() => expect(state.announcement.value).toMatch(/^2022: /), { timeout: 5000 });
  });

  it('labels the control in Russian when the language is Russian', () => {
    renderWithApp(<YearControl />, { lang: 'ru' });
    expect(screen.getByRole('slider', { name: 'Год на карте' })).toBeTruthy();
  });
});
