// The data-errors notice (every rejected record as "file, record X, field Y: message", dismissible) and the
// polite live region that announces selections and closes.
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { DataError } from '../../src/data/schema';
import { translate } from '../../src/i18n/i18n';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { DataErrorsNotice, LiveRegion } from '../../src/ui/Notices';
import { renderWithApp } from './support/render';

const ERRORS: DataError[] = [
  { file: 'data/figures.json', record: 'btk-cargo-2022', field: 'value', message: 'must be positive' },
  { file: 'geo/places.geojson', record: 'kars', field: 'geometry.coordinates', message: 'outside TUR' },
];

describe('DataErrorsNotice', () => {
  it('renders nothing when there are no data errors', () => {
    const { container } = renderWithApp(<DataErrorsNotice />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is an alert', () => {
    renderWithApp(<DataErrorsNotice />, { dataErrors: ERRORS });
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('says how many problems there are', () => {
    renderWithApp(<DataErrorsNotice />, { dataErrors: ERRORS });
    expect(
      within(screen.getByRole('alert')).getByText(translate('en', 'errors.title', { count: ERRORS.length })),
    ).toBeTruthy();
  });

  it('lists each error as "file, record X, field Y: message"', () => {
    renderWithApp(<DataErrorsNotice />, { dataErrors: ERRORS });
    const items = within(screen.getByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'data/figures.json, record btk-cargo-2022, field value: must be positive',
      'geo/places.geojson, record kars, field geometry.coordinates: outside TUR',
    ]);
  });

  it('shows error text as text, never as markup', () => {
    const hostile = {
      file: 'data/sources.json',
      record: '<b>x</b>',
      field: 'title',
      message: '<img src=x onerror=alert(1)>',
    };
    renderWithApp(<DataErrorsNotice />, { dataErrors: [hostile] });
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('img, b')).toBeNull();
    expect(alert.textContent).toContain(hostile.message);
  });

  it('hides the notice when Dismiss is pressed', () => {
    const { state } = renderWithApp(<DataErrorsNotice />, { dataErrors: ERRORS });
    fireEvent.click(screen.getByRole('button', { name: en['errors.dismiss'] }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(state.errorsDismissed.value).toBe(true);
  });

  it('appears when errors arrive after the first render', () => {
    const { state } = renderWithApp(<DataErrorsNotice />);
    act(() => {
      state.dataErrors.value = ERRORS;
    });
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('lists at most 50 errors while counting all of them', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      file: 'data/figures.json',
      record: `r-${i}`,
      field: 'value',
      message: 'must be positive',
    }));
    renderWithApp(<DataErrorsNotice />, { dataErrors: many });
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(50);
    expect(within(alert).getByText(translate('en', 'errors.title', { count: 60 }))).toBeTruthy();
  });

  it('speaks Russian when the language is Russian', () => {
    renderWithApp(<DataErrorsNotice />, { dataErrors: ERRORS, lang: 'ru' });
    expect(screen.getByRole('button', { name: ru['errors.dismiss'] })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe(
      'data/figures.json, запись btk-cargo-2022, поле value: must be positive',
    );
  });
});

describe('LiveRegion', () => {
  it('is a polite, atomic live region', () => {
    renderWithApp(<LiveRegion />);
    const region = screen.getByTestId('live-region');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
  });

  it('shows the latest announcement', () => {
    const { actions } = renderWithApp(<LiveRegion />);
    act(() => actions.announce(en['announce.closed']));
    expect(screen.getByTestId('live-region').textContent).toBe(en['announce.closed']);
  });
});
